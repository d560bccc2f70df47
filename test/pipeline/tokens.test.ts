import t from 'tap';
import { createDoc } from '../../src/pipeline/run.ts';
import { splitSentences, tokenize } from '../../src/pipeline/stages/tokens.ts';

const words = (s: string) => tokenize(s).map((r) => s.slice(r.start, r.end));

t.test('tokenize follows newswire conventions', async (t) => {
  t.same(words('Netanyahu’s house, U.S. State Department.'), ['Netanyahu', '’s', 'house', ',', 'U.S.', 'State', 'Department', '.']);
  t.same(words('Karine Jean-Pierre can’t say "no".'), ['Karine', 'Jean-Pierre', 'ca', 'n’t', 'say', '"', 'no', '"', '.']);
  t.same(words('Over 60,000 Israelis on Oct. 1, 2023'), ['Over', '60,000', 'Israelis', 'on', 'Oct.', '1', ',', '2023']);
  t.same(words("We'll say they’re sure I'd seen O'Neill."), ['We', "'ll", 'say', 'they', '’re', 'sure', 'I', "'d", 'seen', "O'Neill", '.']);
  t.same(words('Mr. J. Smith paid $3.5m in the 1990s.'), ['Mr.', 'J.', 'Smith', 'paid', '$', '3.5', 'm', 'in', 'the', '1990s', '.']);
  t.same(words('Chuck Schumer, D-N.Y., said no. No. 10 agreed.'), ['Chuck', 'Schumer', ',', 'D-N.Y.', ',', 'said', 'no', '.', 'No.', '10', 'agreed', '.'], 'a party and state is one word; "No." only before a number');
  t.same(words('It passed 230-to-198. Cases of COVID-19. See top10.com'), ['It', 'passed', '230-to-198', '.', 'Cases', 'of', 'COVID-19', '.', 'See', 'top10.com'], 'a period after a digit ends the sentence; a domain name is one word');
});

t.test('sentences split at terminal punctuation, not at abbreviations', async (t) => {
  const body = '“This cannot be ignored,” Netanyahu said. He met Mr. Blinken in the U.S. capital.\nA caption line\n\nSecond paragraph? Yes.';
  const doc = createDoc({ body });
  splitSentences(doc);
  const sents = doc.sentences.map((s) => body.slice(s.start, s.end));
  t.same(sents, [
    '“This cannot be ignored,” Netanyahu said.',
    'He met Mr. Blinken in the U.S. capital.',
    'A caption line',
    'Second paragraph?',
    'Yes.',
  ]);
  for (const tok of doc.tokens) t.equal(body.slice(tok.start, tok.end), tok.text);
  t.equal(doc.sentences[3]!.block, 1);
  const titles = '“This is a waste of time,” said Del. Stacey Plaskett of the Virgin Islands. Fr. Murphy and Amb. Rice agreed.';
  const d2 = createDoc({ body: titles });
  splitSentences(d2);
  t.same(d2.sentences.map((s) => titles.slice(s.start, s.end)), ['“This is a waste of time,” said Del. Stacey Plaskett of the Virgin Islands.', 'Fr. Murphy and Amb. Rice agreed.'], 'titles such as "Del." end no sentence');
});

t.test("a state's abbreviation in a dateline ends no sentence; one in running text may", async (t) => {
  const body = 'McCOOK, Neb. (AP) — Crews reopened the highway on Friday. Traffic was light.\n\nThe truck was towed to Beatrice, Neb. Nobody was hurt.';
  const doc = createDoc({ body });
  splitSentences(doc);
  t.same(doc.sentences.map((s) => body.slice(s.start, s.end)), [
    'McCOOK, Neb. (AP) — Crews reopened the highway on Friday.',
    'Traffic was light.',
    'The truck was towed to Beatrice, Neb.',
    'Nobody was hurt.',
  ]);
});

t.test('a straight quotation mark after a sentence end opens the next sentence', async (t) => {
  const body = 'Four ships are searching. "We will go on until we find it," the agency head said. He left. "Yes." She nodded.';
  const doc = createDoc({ body });
  splitSentences(doc);
  t.same(
    doc.sentences.map((s) => body.slice(s.start, s.end)),
    ['Four ships are searching.', '"We will go on until we find it," the agency head said.', 'He left.', '"Yes."', 'She nodded.'],
  );
});
