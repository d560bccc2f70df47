import { readFileSync } from 'node:fs';
import t from 'tap';
import { formatAnnotatedNews, parseAnnotatedNews, toConllDocument, unmark } from '../../scripts/lib/annotated-news.ts';

const sample = `# a comment
@@ https://example.org/one
@@ 2020-01-02
[[Ravenna|LOC]] council backs plan

Mayor [[Lucia Ferri|PER]] told the [[Ravenna City Council|ORG]] on Monday. It said [[[Ferri|PER]]] was right.

A second paragraph about [[Porto Corsini|LOC]].
@@ https://example.org/two
@@ 2020-01-03
No names here

Nothing at all.
`;

t.test('inline marks: text and character spans', async (t) => {
  const { text, spans } = unmark('A [[Bo Lind|PER]] in [[[Oslo|LOC]]].');
  t.equal(text, 'A Bo Lind in [Oslo].');
  t.same(spans, [
    { start: 2, end: 9, label: 'PER' },
    { start: 14, end: 18, label: 'LOC' },
  ]);
  t.throws(() => unmark('broken [[Oslo|CITY]] mark'), /malformed/);
});

t.test('articles: title, body, sentences and token spans', async (t) => {
  const articles = parseAnnotatedNews(sample);
  t.equal(articles.length, 2);
  const [a] = articles;
  t.equal(a!.url, 'https://example.org/one');
  t.equal(a!.date, '2020-01-02');
  t.equal(a!.title, 'Ravenna council backs plan');
  t.same(a!.titleSpans, [{ start: 0, end: 7, label: 'LOC' }]);
  const doc = toConllDocument(a!);
  const found = doc.flatMap((s) => s.spans.map((sp) => `${s.words.slice(sp.start, sp.end).join(' ')}/${sp.label}`));
  t.same(found, ['Ravenna/LOC', 'Lucia Ferri/PER', 'Ravenna City Council/ORG', 'Ferri/PER', 'Porto Corsini/LOC']);
  t.equal(doc[0]!.words.join(' '), 'Ravenna council backs plan', 'the title is the first sentence');
  t.same(parseAnnotatedNews(formatAnnotatedNews(articles)), articles, 'formatting round-trips');
  const split = parseAnnotatedNews('@@ u\n@@ d\nTitle\n\nThe [[Oslo-based|LOC]] firm.\n')[0]!;
  split.bodySpans = [{ start: 4, end: 8, label: 'LOC' }];
  t.throws(() => toConllDocument(split), /token edges/, 'a mark inside a token is an error');
});

t.test('the Wikinews check set: both parts parse and align with the tokenizer', async (t) => {
  for (const part of ['dev', 'test']) {
    const articles = parseAnnotatedNews(readFileSync(new URL(`../../data/eval/wikinews-ner/${part}.txt`, import.meta.url), 'utf8'));
    t.equal(articles.length, 19, `${part}: 19 articles`);
    let names = 0;
    for (const a of articles) names += toConllDocument(a).reduce((n, s) => n + s.spans.length, 0);
    t.ok(names > 450, `${part}: ${names} names`);
  }
});
