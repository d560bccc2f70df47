import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import type { Test } from 'tap';
import { SEED_FILE } from '../helper.ts';

/** `byline annotate` is a fixed contract other tools rely on: these tests run the real command. */

const BIN = fileURLToPath(new URL('../../bin/byline.js', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'byline-annotate-'));
t.teardown(() => rmSync(tmp, { recursive: true, force: true }));

function byline(args: string[], input?: string) {
  const res = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 120_000 });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

interface Span {
  start: number;
  end: number;
  text: string;
}
interface AnnotationDoc {
  title: string | null;
  published: string | null;
  body: string;
  entities: { id: string; type: string; name: string; mentions: Span[] }[];
  dates: (Span & { value: string; type: string })[];
  quotes: (Span & { kind: string; cue: Span | null; speaker: { entity_id: string | null; name: string; start: number | null; end: number | null } | null })[];
}

/** Every field of the contract is there with its type, and every span indexes the body. */
function checkContract(t: Test, d: AnnotationDoc) {
  t.ok(d.title === null || typeof d.title === 'string', 'title');
  t.ok(d.published === null || /^\d{4}-\d{2}-\d{2}$/.test(d.published), 'published');
  t.type(d.body, 'string');
  const at = (s: Span) => d.body.slice(s.start, s.end) === s.text && Number.isInteger(s.start) && Number.isInteger(s.end);
  const ids = new Set(d.entities.map((e) => e.id));
  for (const e of d.entities) {
    t.ok(['person', 'organization', 'place'].includes(e.type), `entity type ${e.type}`);
    t.ok(e.mentions.length > 0 && e.mentions.every(at), `mentions of ${e.name} index the body`);
  }
  for (const x of d.dates) {
    t.ok(at(x), `date "${x.text}" indexes the body`);
    t.ok(['date', 'time', 'duration', 'set'].includes(x.type) && typeof x.value === 'string' && x.value.length > 0, `date "${x.text}" has a type and value`);
  }
  for (const q of d.quotes) {
    t.ok(at(q), 'quote indexes the body');
    t.ok(['direct', 'partial', 'indirect'].includes(q.kind), 'quote kind');
    if (q.cue) t.ok(at(q.cue), `cue "${q.cue.text}" indexes the body`);
    if (q.speaker) {
      t.type(q.speaker.name, 'string');
      t.ok(q.speaker.entity_id === null || ids.has(q.speaker.entity_id), 'speaker entity is one of the entities');
      if (q.speaker.start !== null) t.ok(q.speaker.start >= 0 && q.speaker.end! <= d.body.length && q.speaker.end! > q.speaker.start, 'speaker span');
    }
  }
}

const lines = (out: string) => out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as AnnotationDoc);

t.test('raw text from standard input: offsets are offsets into the input', async (t) => {
  const input = 'WASHINGTON, Oct 22 (Reuters) - "We will respond," Secretary of State Antony Blinken told reporters on Tuesday.\n';
  const res = byline(['annotate', '--format', 'raw', '--published', '2024-10-22', '-'], input);
  t.equal(res.code, 0, res.stderr);
  const [d, ...more] = lines(res.stdout);
  t.same(more, [], 'one document per input');
  checkContract(t, d!);
  t.equal(d!.body, input, 'raw: the body is the input as it is');
  t.equal(d!.title, null);
  t.equal(d!.published, '2024-10-22');
  const blinken = d!.entities.find((e) => e.name === 'Antony Blinken');
  t.equal(blinken?.type, 'person');
  t.match(d!.dates, [{ text: 'Oct 22', value: '2024-10-22', type: 'date' }, { text: 'Tuesday', value: '2024-10-22', type: 'date' }]);
  const quote = d!.quotes.find((q) => q.kind === 'direct');
  t.match(quote, { text: /^We will respond,?$/, cue: { text: /^told( reporters)?$/ }, speaker: { name: 'Antony Blinken', entity_id: blinken?.id } });
  t.equal(input.slice(quote!.speaker!.start!, quote!.speaker!.end!), 'Secretary of State Antony Blinken', 'the speaker span');
});

t.test('the seed article as scraped text, and several inputs in one run', async (t) => {
  const html = join(tmp, 'page.html');
  writeFileSync(
    html,
    '<html lang="en"><head><title>Harbour reopens | Coast Gazette</title><meta property="article:published_time" content="2023-05-02T08:00:00Z"></head>' +
      '<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Harbour reopens</h1>' +
      '<p>The harbour of Porto Vela reopened on Monday after two weeks of repairs, the port authority said.</p>' +
      '<p>“Ships can dock again,” harbour master Ana Ribeiro told reporters.</p></article>' +
      '<footer>Subscribe to our newsletter</footer></body></html>',
  );
  const json = join(tmp, 'record.json');
  writeFileSync(json, JSON.stringify({ title: 'Council vote', published: '2022-03-04', text: 'The city council of Lund voted on Thursday to close the old bridge, Mayor Erik Holm said.' }));
  const res = byline(['annotate', SEED_FILE, html, json]);
  t.equal(res.code, 0, res.stderr);
  const [seed, page, record] = lines(res.stdout);
  for (const d of [seed!, page!, record!]) checkContract(t, d);

  t.equal(seed!.title, 'Netanyahu to Blinken: Assassination attempt against me can’t be ignored');
  t.equal(seed!.published, '2024-10-22', 'inferred from the text');
  t.ok(seed!.entities.some((e) => e.type === 'person' && e.name === 'Benjamin Netanyahu'));
  t.ok(seed!.quotes.length >= 10);

  t.equal(page!.title, 'Harbour reopens');
  t.equal(page!.published, '2023-05-02', 'from the page metadata');
  t.notMatch(page!.body, /Home|Subscribe/, 'navigation and footer are not body');
  t.match(page!.dates, [{ text: 'Monday', value: '2023-05-01' }]);
  t.ok(page!.quotes.some((q) => q.kind === 'direct' && q.speaker?.name === 'Ana Ribeiro'));

  t.equal(record!.title, 'Council vote');
  t.equal(record!.published, '2022-03-04');
  t.match(record!.dates, [{ text: 'Thursday', value: '2022-03-03' }]);
});

t.test('bad input: a message on stderr and a non-zero exit, the other inputs still annotated', async (t) => {
  const bad = join(tmp, 'bad.json');
  writeFileSync(bad, '{not json');
  const good = join(tmp, 'good.txt');
  writeFileSync(good, 'Storm closes schools\n\nSchools in Tromsø closed on Friday as the storm reached the coast.\n');
  const res = byline(['annotate', bad, join(tmp, 'missing.txt'), good]);
  t.equal(res.code, 1);
  t.match(res.stderr, /bad\.json: invalid_json/);
  t.match(res.stderr, /missing\.txt/);
  const docs = lines(res.stdout);
  t.equal(docs.length, 1);
  t.equal(docs[0]!.title, 'Storm closes schools');

  t.equal(byline(['annotate', '--format', 'pdf', good]).code, 1, 'unknown format');
  t.match(byline(['annotate', '--published', 'yesterday', good]).stderr, /invalid_date/);
  t.equal(byline(['annotate']).code, 2, 'no input: usage');
  t.equal(byline(['frobnicate']).code, 2, 'unknown command');
});
