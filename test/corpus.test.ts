import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { SAMPLE_CORPUS } from '../src/config.ts';
import { build } from './helper.ts';

const tmp = mkdtempSync(join(tmpdir(), 'byline-corpus-'));
t.teardown(() => rmSync(tmp, { recursive: true, force: true }));

t.test('the bundled corpus: 294 Wikinews articles with attribution', async (t) => {
  const lines = readFileSync(SAMPLE_CORPUS, 'utf8').trim().split('\n');
  // 295 rows in the source CSVs; one ("TEST PAGE") has no text besides its dateline and is left out.
  t.equal(lines.length, 294);
  for (const line of lines) {
    const r = JSON.parse(line) as Record<string, string>;
    t.match(r, { url: /^https:\/\/en\.wikinews\.org\/wiki\//, title: String, published: /^20(19|20|21)-\d\d-\d\d$/, source: 'Wikinews', text: String });
    t.notMatch(r.text, /^\w+day, \w+ \d+, \d{4}/, 'the dateline is not part of the text');
  }
  const attribution = readFileSync(join(SAMPLE_CORPUS, '..', 'ATTRIBUTION.md'), 'utf8');
  t.match(attribution, /Wikinews/);
  t.match(attribution, /creativecommons\.org\/licenses\/by\/2\.5/);
  t.match(attribution, /What was changed/);
});

t.test('an empty database file is seeded once, through the ingest path', async (t) => {
  const db = join(tmp, 'byline.db');
  const app = await build(t, { db, seed: true, batchSize: 50 });
  await app.seeding;
  const health = (await app.inject('/health')).json();
  t.match(health, { articles: 294, seed: { state: 'done', articles: 294, error: null } });
  const months = (await app.inject('/aggregates/articles-by-month')).json().items;
  t.equal(months.reduce((n: number, m: { articles: number }) => n + m.articles, 0), 294);
  t.equal(months[0].month, '2019-01');
  const first = (await app.inject('/articles?limit=1')).json().items[0];
  t.match(first, { source: 'Wikinews', published: '2021-03-05' });
  const found = (await app.inject('/articles?q=Magnitogorsk')).json().items;
  t.ok(found.length >= 1, 'full-text search over the corpus');
  await app.inject({ method: 'DELETE', url: `/articles/${first.id}` });
  await app.close();

  // Later starts reuse the file: nothing is loaded again, not even into a database that lost articles.
  const again = await build(t, { db, seed: true });
  await again.seeding;
  t.equal((await again.inject('/health')).json().articles, 293);
  await again.close();
});

t.test('a database that already holds articles is not seeded', async (t) => {
  const db = join(tmp, 'own.db');
  const app = await build(t, { db });
  const res = await app.inject({ method: 'POST', url: '/articles', payload: { title: 'Mine', text: 'My own article.' } });
  t.equal(res.statusCode, 201);
  await app.close();
  const again = await build(t, { db, seed: true });
  await again.seeding;
  t.match((await again.inject('/health')).json(), { articles: 1, seed: { state: 'done' } });
});
