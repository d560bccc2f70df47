import t from 'tap';
import type { InputError } from '../../src/ingest/errors.ts';
import { dropInvalidSpans, ingestBatch, ingestOne, itemFromLooseRecord, itemFromRecord, parseNdjson, prepareItem } from '../../src/ingest/ingest.ts';
import { SqliteRepository } from '../../src/storage/sqlite/repository.ts';
import { ARTICLE_A, ARTICLE_B, BODY_A, BODY_B, docWith, readSeed } from '../helper.ts';

const repoFor = (t: { teardown(fn: () => unknown): void }) => {
  const repo = SqliteRepository.open(':memory:');
  t.teardown(() => repo.close());
  return repo;
};

const record = (i: number, extra: Record<string, unknown> = {}) => ({
  title: `Story ${i}`,
  url: `https://news.example/${i}`,
  published: '2024-10-22',
  text: `Paragraph one of story ${i}.\n\nParagraph two of story ${i}.`,
  ...extra,
});

t.test('NDJSON lines are numbered; a bad line is named', async (t) => {
  t.same(parseNdjson('{"a":1}\n\n  \n{"b":2}\r\n').map((r) => r.line), [1, 4]);
  t.throws(() => parseNdjson('{"a":1}\n{oops}\n'), { code: 'invalid_json', message: /^line 2:/ });
});

t.test('records are checked against the ArticleCreate schema', async (t) => {
  const item = itemFromRecord(record(1, { authors: 'Ann Lee and Bo Chan' }), 'line 1');
  t.equal(item.format, 'text');
  t.same(item.hints.authors, ['Ann Lee', 'Bo Chan']);
  t.equal(itemFromRecord({ html: '<p>x</p>' }, 'l').format, 'html');
  t.equal(itemFromRecord({ text: 'x', format: 'raw' }, 'l').format, 'raw');
  const err = t.throws(() => itemFromRecord({ title: 5 }, 'line 7')) as InputError;
  t.equal(err.code, 'invalid_record');
  t.match(err.message, /^line 7: /);
  t.match(err.details, { item: 'line 7', issues: [{ path: 'title' }] });
  t.throws(() => itemFromRecord({ text: 'a', html: 'b' }, 'x'), { code: 'invalid_record' });
  t.throws(() => itemFromRecord([1], 'x'), { code: 'invalid_record' });
  t.equal(itemFromLooseRecord({ headline: 'H', body: 'B', link: 'https://x.example' }, 'f').hints.url, 'https://x.example', 'files may use feed field names');
});

t.test('an input with no article text is an input error naming the item', async (t) => {
  t.throws(() => prepareItem({ format: 'html', content: '<html><script>x</script></html>', hints: {}, label: 'item 3' }), { code: 'empty_article', message: /^item 3:/ });
  t.throws(() => prepareItem({ format: 'text', content: 'x', hints: { published: 'not a date' }, label: 'line 2' }), { code: 'invalid_date', message: /^line 2:/ });
});

t.test('a batch with one invalid item writes nothing', async (t) => {
  const repo = repoFor(t);
  const items = [record(1), record(2), record(3, { published: '2024-99-99' })].map((r, i) => itemFromRecord(r, `line ${i + 1}`));
  await t.rejects(ingestBatch(repo, items), { code: 'invalid_date', message: /^line 3:/ });
  t.equal((await repo.stats()).articles, 0);
  const ok = await ingestBatch(repo, items.slice(0, 2));
  t.match(ok, { articles: 2, created: 2, duplicates: 0, updated: 0 });
});

t.test('re-ingesting is idempotent (by text and by URL); a changed text at a URL updates', async (t) => {
  const repo = repoFor(t);
  const first = await ingestBatch(repo, [record(1), record(2)].map((r) => itemFromRecord(r, 'x')));
  const again = await ingestBatch(repo, [record(1), record(2)].map((r) => itemFromRecord(r, 'x')));
  t.same(again.items, first.items.map((r) => ({ ...r, status: 'duplicate' })));
  t.equal((await repo.stats()).articles, 2);
  const copy = await ingestOne(repo, itemFromRecord(record(1, { url: 'https://mirror.example/1' }), 'x'));
  t.same(copy, { id: first.items[0]!.id, status: 'duplicate' }, 'same text at another URL');
  const changed = await ingestOne(repo, itemFromRecord(record(2, { text: 'A corrected story two.' }), 'x'));
  t.same(changed, { id: first.items[1]!.id, status: 'updated' });
  t.equal((await repo.getArticle(first.items[1]!.id))!.body, 'A corrected story two.');
  const inBatch = await ingestBatch(repo, [record(5), record(5)].map((r) => itemFromRecord(r, 'x')));
  t.same(inBatch.items.map((r) => r.status), ['created', 'duplicate'], 'duplicates within one batch');
  t.equal((await repo.stats()).articles, 3);
});

t.test('the seed article through the pipeline and storage', async (t) => {
  const repo = repoFor(t);
  const res = await ingestOne(repo, { format: 'text', content: readSeed(), hints: { published: '2024-10-22' } });
  const a = (await repo.getArticle(res.id))!;
  t.ok(a.body.length > 1000);
  t.equal(a.published, '2024-10-22');
  for (const b of a.blocks) t.ok(b.end > b.start && b.end <= a.body.length);
  for (const e of a.entities) for (const m of e.mentions) t.equal(a.body.slice(m.start, m.end), m.text);
  for (const d of a.dates) t.equal(a.body.slice(d.start, d.end), d.text);
  for (const q of a.quotes) t.equal(a.body.slice(q.start, q.end), q.text);
  t.same(await ingestOne(repo, { format: 'text', content: readSeed(), hints: { published: '2024-10-22' } }), { id: res.id, status: 'duplicate' });
});

t.test('annotations whose spans do not match the body are dropped and reported', async (t) => {
  const doc = docWith(BODY_A, ARTICLE_A);
  doc.entities[0]!.mentions[1]!.start += 1; // "oe " ≠ "Doe"
  doc.entities[2]!.mentions[0]!.end = 10_000; // Lisbon: past the end; the entity loses its only mention
  doc.dates[0]!.text = 'Monday';
  doc.quotes[0]!.cue!.end += 1;
  doc.quotes[0]!.speaker!.start = doc.quotes[0]!.speaker!.end! + 1; // after its end
  doc.quotes[1]!.speaker!.start = 0; // a span other than the name's words is allowed
  dropInvalidSpans(doc);
  t.same(doc.entities.map((e) => [e.name, e.mentions.length]), [['Jane Doe', 1], ['Omar Haddad', 1], ['Harbour Authority', 1]]);
  t.same(doc.dates.map((d) => d.text), ['March 2025']);
  t.equal(doc.quotes.length, 2);
  t.equal(doc.quotes[0]!.cue, null);
  t.match(doc.quotes[0]!.speaker, { name: 'Doe', start: null, end: null });
  t.same(doc.annotations_skipped, [
    'mentions: 2 with a span that does not match the body dropped',
    'dates: 1 with a span that does not match the body dropped',
    'quote cues: 1 with a span that does not match the body dropped',
    'speaker spans: 1 with a span that does not match the body dropped',
  ]);
  const clean = docWith(BODY_B, ARTICLE_B);
  dropInvalidSpans(clean);
  t.same(clean.annotations_skipped, [], 'valid documents are left alone');
  t.equal(clean.quotes[0]!.speaker!.start, BODY_B.indexOf('she'));
});

t.test('stored texts are not annotated again; a vanished one is annotated after all', async (t) => {
  const repo = repoFor(t);
  let runs = 0;
  const stages = [{ name: 'count', run: () => void runs++ }];
  const items = (...ids: number[]) => ids.map((i) => itemFromRecord(record(i), `line ${i}`));
  const first = await ingestBatch(repo, items(1, 2), stages);
  t.equal(runs, 2);
  const again = await ingestBatch(repo, items(1, 2, 3), stages);
  t.equal(runs, 3, 'only the new text was annotated');
  t.same(again.items.map((r) => r.status), ['duplicate', 'duplicate', 'created']);
  t.same(again.items.slice(0, 2), first.items.map((r) => ({ ...r, status: 'duplicate' })));

  // A repository that wrongly believes a text is stored: the write finds otherwise and the batch is redone in full.
  const lying = Object.assign(Object.create(repo) as typeof repo, {
    findByContentHash: async (hashes: readonly string[]) => new Map(hashes.map((h) => [h, 1])),
  });
  const res = await ingestBatch(lying, items(4, 1), stages);
  t.same(res.items.map((r) => r.status), ['created', 'duplicate']);
  t.equal(runs, 5, 'annotated in full on the second try');
  const stored = (await repo.getArticle(res.items[0]!.id))!;
  t.equal(stored.title, 'Story 4');
});

t.test('a JSON record\'s author written as a byline gives the names only', async (t) => {
  const { prepare } = await import('../../src/ingest/prepare.ts');
  const rec = (author: string) => prepare('json', JSON.stringify({ title: 'Council votes', body: 'The council voted on Monday to approve the plan.', published: '2026-03-12', author })).draft.authors;
  t.same(rec('By Sarah Nguyen, Court Reporter'), ['Sarah Nguyen']);
  t.same(rec('By Shauna Kerr, Lethbridge Herald-Tribune'), ['Shauna Kerr']);
  t.same(rec('Jane Doe and John Roe'), ['Jane Doe', 'John Roe']);
});
