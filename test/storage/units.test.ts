import t from 'tap';
import { decodeCursor, encodeCursor } from '../../src/storage/cursor.ts';
import { lookupShortKey, shortKey } from '../../src/storage/entities.ts';
import { QueryError } from '../../src/storage/errors.ts';
import { toFtsQuery } from '../../src/storage/fts.ts';
import { contentHash, urlKey } from '../../src/storage/identity.ts';
import { valueRange } from '../../src/storage/timex.ts';
import { SqliteRepository } from '../../src/storage/sqlite/repository.ts';

t.test('TimeML values → calendar ranges', async (t) => {
  const r = (v: string) => {
    const x = valueRange(v);
    return x && [x.start, x.end, x.granularity];
  };
  t.same(r('2024-10-22'), ['2024-10-22', '2024-10-22', 'day']);
  t.same(r('2024-10-22T10:30'), ['2024-10-22', '2024-10-22', 'day']);
  t.same(r('2024-10-22TEV'), ['2024-10-22', '2024-10-22', 'day']);
  t.same(r('2024-02'), ['2024-02-01', '2024-02-29', 'month'], 'leap year');
  t.same(r('2023-02'), ['2023-02-01', '2023-02-28', 'month']);
  t.same(r('2024-W43'), ['2024-10-21', '2024-10-27', 'week'], 'ISO week, Monday to Sunday');
  t.same(r('2021-W01'), ['2021-01-04', '2021-01-10', 'week']);
  t.same(r('2024-W43-WE'), ['2024-10-26', '2024-10-27', 'week']);
  t.same(r('2024-Q3'), ['2024-07-01', '2024-09-30', 'quarter']);
  t.same(r('2024-H1'), ['2024-01-01', '2024-06-30', 'half']);
  t.same(r('2024-SU'), ['2024-06-01', '2024-08-31', 'season']);
  t.same(r('2024-WI'), ['2024-12-01', '2025-02-28', 'season'], 'winter runs into the next year');
  t.same(r('2019'), ['2019-01-01', '2019-12-31', 'year']);
  t.same(r('199'), ['1990-01-01', '1999-12-31', 'decade']);
  t.same(r('199X'), ['1990-01-01', '1999-12-31', 'decade']);
  t.same(r('19'), ['1900-01-01', '1999-12-31', 'century']);
  for (const v of ['P10Y', 'PT2H', 'PRESENT_REF', 'PAST_REF', 'XXXX-10-22', '2024-13', '2024-02-30', '2024-W60', '', 'tomorrow']) t.equal(r(v), null, v);
});

t.test('user search text → safe FTS5 query', async (t) => {
  t.equal(toFtsQuery('harbour plan'), '"harbour" AND "plan"');
  t.equal(toFtsQuery('"exact phrase" word'), '"exact phrase" AND "word"');
  t.equal(toFtsQuery('lisbon OR porto harbour'), '("lisbon" OR "porto") AND "harbour"');
  t.equal(toFtsQuery('harbour -porto'), '("harbour") NOT ("porto")');
  t.equal(toFtsQuery('harb*'), '"harb"*');
  t.equal(toFtsQuery('U.S. policy'), '"U S" AND "policy"');
  t.equal(toFtsQuery('"unbalanced quote'), '"unbalanced quote"');
  t.equal(toFtsQuery('NEAR(a b) AND title:x ^y'), '"NEAR a" AND "b" AND "AND" AND "title x" AND "y"', 'operators are plain words');
  t.equal(toFtsQuery('say "he said ""no"""'), '"say" AND "he said" AND "no"');
  for (const bad of ['', '   ', '***', '-only', '"" ()', 'OR']) {
    t.throws(() => toFtsQuery(bad), QueryError, JSON.stringify(bad));
  }
  // Every query the sanitizer produces is accepted by SQLite's FTS5.
  const repo = SqliteRepository.open(':memory:');
  t.teardown(() => repo.close());
  const queries = ['a', 'a OR', 'OR a', 'a OR OR b', '-a b', '(a', 'a)', '"a', 'a"b"c', 'x*y', '*x', 'é-ü', 'NOT a', 'a AND', '{a}', "l'été", 'a:b:c', '1.5', '😀 a'];
  for (const q of queries) {
    const fts = toFtsQuery(q);
    t.doesNotThrow(() => repo.db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?').all(fts), `${q} → ${fts}`);
  }
});

t.test('identity: content hash and URL key', async (t) => {
  t.equal(contentHash('a  b\n\nc '), contentHash('a b c'));
  t.not(contentHash('a b c'), contentHash('a b d'));
  t.equal(urlKey('HTTPS://WWW.Example.org/a/b/?utm_source=x&b=2&a=1#frag'), '//example.org/a/b?a=1&b=2');
  t.equal(urlKey('http://example.org/a/b'), urlKey('https://example.org/a/b/'));
  t.not(urlKey('https://example.org/a?id=1'), urlKey('https://example.org/a?id=2'));
  t.equal(urlKey('urn:isbn:123'), 'urn:isbn:123');
  t.equal(urlKey('  '), null);
  t.equal(urlKey(null), null);
});

t.test('cursors are opaque and checked', async (t) => {
  const c = encodeCursor('articles', ['2024-01-01', 5]);
  t.same(decodeCursor('articles', c, ['string', 'number']), ['2024-01-01', 5]);
  t.throws(() => decodeCursor('quotes', c, ['string', 'number']), QueryError, 'a cursor of another listing');
  t.throws(() => decodeCursor('articles', c, ['number', 'number']), QueryError, 'wrong types');
  for (const bad of ['x', '!!', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('not json').toString('base64url')]) {
    t.throws(() => decodeCursor('articles', bad, ['string', 'number']), QueryError, bad);
  }
});

t.test('short keys for linking lone surnames and acronyms', async (t) => {
  t.equal(shortKey('person', 'benjamin netanyahu', 'Benjamin Netanyahu'), 'netanyahu');
  t.equal(shortKey('person', 'martin luther king jr.', 'Martin Luther King Jr.'), 'king');
  t.equal(shortKey('person', 'madonna', 'Madonna'), null);
  t.equal(shortKey('organization', "prime minister's office", 'Prime Minister’s Office'), 'pmo');
  t.equal(shortKey('organization', 'united nations security council', 'United Nations Security Council'), 'unsc');
  t.equal(shortKey('place', 'tel aviv', 'Tel Aviv'), null);
  t.equal(lookupShortKey('person', 'netanyahu', 'Netanyahu'), 'netanyahu');
  t.equal(lookupShortKey('person', 'benjamin netanyahu', 'Benjamin Netanyahu'), null);
  t.equal(lookupShortKey('organization', 'u.n.s.c.', 'U.N.S.C.'), 'unsc');
  t.equal(lookupShortKey('organization', 'reuters', 'Reuters'), null);
});
