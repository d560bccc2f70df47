import t from 'tap';
import { mulberry32 } from '../../src/pipeline/models/ner/hash.ts';
import { build } from '../helper.ts';

/**
 * Bad input never gets a 500: every route receives a few hundred malformed requests (random query values,
 * ids, bodies and content types from a seeded generator, so failures reproduce) and must answer with a
 * 2xx or a 4xx in the error shape.
 */

const NASTY = [
  '', ' ', '0', '-1', '1e309', '9'.repeat(40), 'NaN', 'null', 'true', '[]', '{}', '"', "'", '\\', '%', '*', '"unterminated', 'a OR', 'NEAR(', 'AND AND',
  '-', '^', 'title:x', '2024-13-45', '2024-02-30', '0000-00-00', '99999-01-01', '2024-1-1', 'yesterday', '../../etc/passwd', '<script>', '\u0000', '\ud800',
  'é', '👍', 'x'.repeat(3000), 'person', 'place', 'organization', 'direct', ' Netanyahu ', 'WyJhcnRpY2xlcyIsIjIwMjAtMTItMjgiLDI5M10', 'eyJ4IjoxfQ', '%%%',
];
const QUERY_KEYS = ['q', 'limit', 'cursor', 'entity', 'type', 'source', 'language', 'published_from', 'published_to', 'mentions_date_from', 'mentions_date_to', 'speaker', 'about', 'kind', 'prefix', 'from', 'to', 'format', 'title', 'url', 'published'];
const PATHS = ['/articles', '/articles/{id}', '/articles/{id}/quotes', '/quotes', '/entities', '/entities/{id}', '/entities/{id}/mentions', '/entities/{id}/quotes', '/aggregates/articles-by-month', '/aggregates/mentions-by-month', '/aggregates/top-entities', '/aggregates/top-speakers', '/health'];
/** Percent-encoding, with a lone surrogate sent as the malformed UTF-8 it would be on the wire. */
const encode = (s: string): string => {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80';
  }
};
const TYPES = ['application/json', 'text/plain', 'text/html', 'application/x-ndjson', 'application/xml', 'multipart/form-data; boundary=x', 'application/json; charset=latin-9', 'text/plain; charset=nope', ''];

t.test('no route answers 5xx to malformed requests', async (t) => {
  const app = await build(t);
  // A stored article, so ids and cursors can point at something real.
  const created = await app.inject({ method: 'POST', url: '/articles', payload: { title: 'Harbour reopens', text: 'The harbour of Porto Vela reopened on Monday, harbour master Ana Ribeiro said.', published: '2023-05-02' } });
  t.equal(created.statusCode, 201);
  const rand = mulberry32(20241022);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const bodies = (): string => {
    const r = rand();
    if (r < 0.2) return pick(NASTY);
    if (r < 0.4) return JSON.stringify({ [pick(['text', 'html', 'title', 'published', 'url', 'authors', 'format'])]: pick([pick(NASTY), 3, null, [], {}, true]) });
    if (r < 0.6) return [JSON.stringify({ text: 'A line of text.' }), pick(NASTY), '{"html": 5}'].join('\n');
    if (r < 0.8) return JSON.stringify([{ text: pick(NASTY), published: pick(NASTY) }, { html: pick(NASTY) }]);
    return Array.from({ length: 1 + Math.floor(rand() * 200) }, () => String.fromCharCode(Math.floor(rand() * 0xffff))).join('');
  };
  let requests = 0;
  const failures: string[] = [];
  for (let i = 0; i < 600; i++) {
    const path = pick(PATHS).replace('{id}', encode(pick([...NASTY, '1', String(created.json().article.id)])));
    const params = new URLSearchParams();
    for (let k = Math.floor(rand() * 4); k > 0; k--) params.append(pick(QUERY_KEYS), pick(NASTY));
    const url = `${path}?${params.toString()}`;
    const post = path === '/articles' || path === '/articles/batch' ? rand() < 0.5 : false;
    const method = post ? 'POST' : pick(['GET', 'GET', 'GET', 'DELETE', 'PUT', 'PATCH']);
    const headers: Record<string, string> = {};
    const type = pick(TYPES);
    if (post && type) headers['content-type'] = type;
    const res = await app.inject({ method: method as 'GET', url: post && rand() < 0.3 ? '/articles/batch' : url, headers, ...(post ? { payload: bodies() } : {}) });
    requests++;
    if (res.statusCode >= 500) failures.push(`${method} ${url} (${type}) → ${res.statusCode} ${res.body.slice(0, 200)}`);
    else if (res.statusCode >= 400) {
      const body = res.json();
      if (typeof body?.error?.code !== 'string' || typeof body?.error?.message !== 'string') failures.push(`${method} ${url} → ${res.statusCode} without the error shape: ${res.body.slice(0, 200)}`);
    }
  }
  t.same(failures, [], `${requests} malformed requests, none answered 5xx or without the error shape`);
  t.equal((await app.inject('/health')).statusCode, 200, 'the app still serves');
});
