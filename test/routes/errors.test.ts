import t from 'tap';
import type { Test } from 'tap';
import type { Repository } from '../../src/storage/repository.ts';
import { SqliteRepository } from '../../src/storage/sqlite/repository.ts';
import { ARTICLE_A, BODY_A, article, build } from '../helper.ts';

interface Res {
  statusCode: number;
  json(): { error: { code: string; message: string; details?: unknown } };
}

function expectError(t: Test, res: Res, status: number, code: string, label: string) {
  t.equal(res.statusCode, status, `${label}: status`);
  const body = res.json();
  t.match(body, { error: { code: String, message: String } }, `${label}: error shape`);
  t.equal(body.error.code, code, `${label}: code`);
}

t.test('POST /articles rejects bad input with 4xx', async (t) => {
  const app = await build(t, { bodyLimit: 4096 });
  const post = (payload: string, type = 'application/json', url = '/articles') => app.inject({ method: 'POST', url, headers: { 'content-type': type }, payload });
  expectError(t, await post('{"text": "x"'), 400, 'invalid_json', 'malformed JSON');
  expectError(t, await post(''), 400, 'empty_body', 'empty JSON body');
  expectError(t, await post('{"text": 5}'), 400, 'validation_error', 'wrong type');
  const wrong = (await post('{"text": "x", "authors": [1]}')).json();
  t.match(wrong.error.details, { in: 'body', issues: [{ path: 'authors' }] }, 'details name the field');
  expectError(t, await post('{"title": "only a title"}'), 400, 'validation_error', 'no text');
  expectError(t, await post('{"text": "a", "html": "<p>b</p>"}'), 400, 'validation_error', 'text and html');
  expectError(t, await post('[1, 2]'), 400, 'validation_error', 'array');
  expectError(t, await post('"just a string"'), 400, 'validation_error', 'JSON string');
  expectError(t, await post('{"text": "Some text.", "published": "the other day"}'), 400, 'invalid_date', 'unreadable date');
  expectError(t, await post('{"text": "Some text.", "published": "2024-02-30"}'), 400, 'invalid_date', 'impossible date');
  expectError(t, await post('{"text": "   "}'), 400, 'empty_article', 'blank text');
  expectError(t, await post('', 'text/plain'), 400, 'empty_article', 'empty text/plain');
  expectError(t, await post('<html><body><nav>menu</nav></body></html>', 'text/html'), 400, 'empty_article', 'page without content');
  expectError(t, await post('<a/>', 'application/xml'), 415, 'unsupported_media_type', 'XML');
  expectError(t, await post('{"text":"x"}', 'application/x-ndjson'), 415, 'unsupported_media_type', 'NDJSON to the single endpoint');
  expectError(t, await app.inject({ method: 'POST', url: '/articles', payload: 'x', headers: { 'content-type': '' } }), 415, 'unsupported_media_type', 'no content type');
  expectError(t, await post(JSON.stringify({ text: 'x'.repeat(5000) })), 413, 'body_too_large', 'huge JSON');
  expectError(t, await post('y'.repeat(5000), 'text/plain'), 413, 'body_too_large', 'huge text');
  expectError(t, await post('Text.', 'text/plain', '/articles?format=pdf'), 400, 'validation_error', 'unknown format');
  expectError(t, await post('Text.', 'text/plain', '/articles?published=yesterday'), 400, 'invalid_date', 'bad date in the query');
});

t.test('POST /articles/batch rejects bad input with 4xx', async (t) => {
  const app = await build(t, { bodyLimit: 4096 });
  const post = (payload: string, type: string) => app.inject({ method: 'POST', url: '/articles/batch', headers: { 'content-type': type }, payload });
  expectError(t, await post('{"text": "x"}', 'application/json'), 400, 'invalid_batch', 'an object, not an array');
  expectError(t, await post('[]', 'application/json'), 400, 'empty_batch', 'empty array');
  expectError(t, await post('\n\n', 'application/x-ndjson'), 400, 'empty_batch', 'empty NDJSON');
  expectError(t, await post('[{"text": "x"}', 'application/json'), 400, 'invalid_json', 'malformed array');
  expectError(t, await post('{"text": "x"}\n[', 'application/x-ndjson'), 400, 'invalid_json', 'malformed line');
  expectError(t, await post('{"text": "x"}\n7\n', 'application/x-ndjson'), 400, 'invalid_record', 'a line that is not an object');
  expectError(t, await post('x', 'text/plain'), 415, 'unsupported_media_type', 'text/plain batch');
  expectError(t, await post(`${JSON.stringify({ text: 'z'.repeat(3000) })}\n`.repeat(2), 'application/x-ndjson'), 413, 'body_too_large', 'huge batch');
  t.equal((await app.repo.stats()).articles, 0);
});

t.test('GET routes reject bad parameters with 400 and unknown ids with 404', async (t) => {
  const app = await build(t);
  const [res] = await app.repo.saveArticles([article(BODY_A, ARTICLE_A)]);
  const entityCursor = (await app.inject('/entities?limit=1')).json().next_cursor;
  t.ok(entityCursor);
  const get = (url: string) => app.inject(url);
  const cases: [string, number, string][] = [
    ['/articles?cursor=not-a-cursor', 400, 'invalid_cursor'],
    ['/articles?cursor=%E2%9C%93', 400, 'invalid_cursor'],
    [`/articles?cursor=${entityCursor}`, 400, 'invalid_cursor'],
    [`/articles?cursor=${Buffer.from('["articles",1,"x"]').toString('base64url')}`, 400, 'invalid_cursor'],
    ['/articles?limit=0', 400, 'validation_error'],
    ['/articles?limit=101', 400, 'validation_error'],
    ['/articles?limit=ten', 400, 'validation_error'],
    ['/articles?published_from=2024-13-01', 400, 'validation_error'],
    ['/articles?published_from=yesterday', 400, 'validation_error'],
    ['/articles?published_from=2024-05-01&published_to=2024-04-01', 400, 'validation_error'],
    ['/articles?mentions_date_from=2024-02-30', 400, 'validation_error'],
    ['/articles?mentions_date_from=2025-01-01&mentions_date_to=2024-01-01', 400, 'validation_error'],
    ['/articles?entity=abc', 400, 'validation_error'],
    ['/articles?entity=-3', 400, 'validation_error'],
    ['/articles?type=animal', 400, 'validation_error'],
    ['/articles?q=', 400, 'validation_error'],
    ['/articles?q=-harbour', 400, 'invalid_query'],
    ['/articles?q=%22%22', 400, 'invalid_query'],
    ['/articles?q=***', 400, 'invalid_query'],
    ['/articles/abc', 400, 'validation_error'],
    ['/articles/0', 400, 'validation_error'],
    ['/articles/1.5', 400, 'validation_error'],
    ['/articles/99999999999999999999', 400, 'validation_error'],
    ['/articles/999', 404, 'not_found'],
    ['/articles/999/quotes', 404, 'not_found'],
    [`/articles/${res!.id}/quotes?kind=rumour`, 400, 'validation_error'],
    [`/articles/${res!.id}/quotes?cursor=zz`, 400, 'invalid_cursor'],
    ['/quotes?kind=rumour', 400, 'validation_error'],
    ['/quotes?cursor=zz', 400, 'invalid_cursor'],
    [`/quotes?cursor=${entityCursor}`, 400, 'invalid_cursor'],
    ['/quotes?q=-x', 400, 'invalid_query'],
    ['/quotes?published_to=31-12-2024', 400, 'validation_error'],
    ['/entities?type=thing', 400, 'validation_error'],
    ['/entities?cursor=abc', 400, 'invalid_cursor'],
    ['/entities?limit=-1', 400, 'validation_error'],
    ['/entities/x', 400, 'validation_error'],
    ['/entities/424242', 404, 'not_found'],
    ['/entities/1/mentions?cursor=abc', 400, 'invalid_cursor'],
    ['/entities/1/quotes?cursor=abc', 400, 'invalid_cursor'],
    ['/aggregates/articles-by-month?published_from=2024-1-1', 400, 'validation_error'],
    ['/aggregates/mentions-by-month?mentions_date_to=tomorrow', 400, 'validation_error'],
    ['/aggregates/top-entities?limit=0', 400, 'validation_error'],
    ['/aggregates/top-entities?type=thing', 400, 'validation_error'],
    ['/aggregates/top-entities?published_from=2024-02-01&published_to=2024-01-01', 400, 'validation_error'],
    ['/articles/%ZZ', 400, 'bad_url'],
    ['/nope', 404, 'not_found'],
    ['/articles/1/nope', 404, 'not_found'],
  ];
  for (const [url, status, code] of cases) expectError(t, await get(url), status, code, url);
  expectError(t, await app.inject({ method: 'PUT', url: '/articles' }), 404, 'not_found', 'unknown method');
  expectError(t, await app.inject({ method: 'DELETE', url: '/articles/abc' }), 400, 'validation_error', 'DELETE with a bad id');
  expectError(t, await app.inject({ method: 'DELETE', url: '/articles/31337' }), 404, 'not_found', 'DELETE an unknown id');
  const v = (await get('/articles?limit=0')).json();
  t.match(v.error.details, { in: 'querystring', issues: [{ path: 'limit' }] });
  // Searches that look like FTS5 syntax are taken as words, never a server error.
  for (const q of ['NEAR(', '"unbalanced', 'a OR', 'AND', '(x', 'title:harbour', 'harbour*', '^x', '{a b}', "l'été"]) {
    const r = await get(`/articles?q=${encodeURIComponent(q)}`);
    t.equal(r.statusCode, 200, `q=${q}`);
  }
  t.equal((await get(`/articles?q=${encodeURIComponent('(Lisbon) Tuesday.')}`)).json().items.length, 1, 'punctuation separates words');
});

t.test('server faults answer 500 without details', async (t) => {
  const real = SqliteRepository.open(':memory:');
  t.teardown(() => real.close());
  const broken: Repository = Object.assign(Object.create(real) as Repository, {
    listArticles: async () => {
      throw new Error('disk I/O error at /secret/path');
    },
  });
  const app = await build(t, { repository: broken });
  const res = await app.inject('/articles');
  t.equal(res.statusCode, 500);
  t.same(res.json(), { error: { code: 'internal_error', message: 'Internal server error.' } });
  t.notMatch(res.body, /secret/);
});
