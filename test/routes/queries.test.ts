import t from 'tap';
import type { Test } from 'tap';
import { ARTICLE_A, ARTICLE_B, BODY_A, BODY_B, article, build } from '../helper.ts';

async function setup(t: Test) {
  const app = await build(t);
  const [ra, rb] = await app.repo.saveArticles([
    article(BODY_A, ARTICLE_A, { url: 'https://example.org/a', source: 'Example' }),
    article(BODY_B, ARTICLE_B, { url: 'https://example.org/b', source: 'Other' }),
  ]);
  const entities = (await app.inject('/entities?limit=100')).json().items as { id: number; name: string; type: string; mention_count: number; article_count: number }[];
  const id = (name: string) => entities.find((e) => e.name === name)!.id;
  return { app, a: ra!.id, b: rb!.id, id };
}

t.test('GET /entities: most mentioned first, by type and name prefix, paginated', async (t) => {
  const { app } = await setup(t);
  const all = (await app.inject('/entities')).json();
  t.same(all.items[0], { id: all.items[0].id, type: 'person', name: 'Jane Doe', article_count: 2, mention_count: 4 });
  t.same(all.items.map((e: { mention_count: number }) => e.mention_count), [4, 2, 2, 1, 1]);
  t.same((await app.inject('/entities?type=place')).json().items.map((e: { name: string }) => e.name), ['Lisbon', 'Porto']);
  t.same((await app.inject('/entities?prefix=HAD')).json().items.map((e: { name: string }) => e.name), ['Omar Haddad'], 'any word of the name');
  t.same((await app.inject('/entities?prefix=harbour%20auth')).json().items.map((e: { name: string }) => e.name), ['Harbour Authority']);
  t.same((await app.inject('/entities?prefix=%25')).json().items, [], 'LIKE wildcards are literal');
  const names: string[] = [];
  let url = '/entities?limit=2';
  for (;;) {
    const page = (await app.inject(url)).json();
    names.push(...page.items.map((e: { name: string }) => e.name));
    if (!page.next_cursor) break;
    url = `/entities?limit=2&cursor=${page.next_cursor}`;
  }
  t.same(names, all.items.map((e: { name: string }) => e.name));
});

t.test('GET /entities/:id, /mentions and /quotes', async (t) => {
  const { app, a, b, id } = await setup(t);
  const doe = (await app.inject(`/entities/${id('Jane Doe')}`)).json();
  t.match(doe, { name: 'Jane Doe', type: 'person', article_count: 2, mention_count: 4, quote_count: 2 });
  t.same(doe.names.map((n: { name: string }) => n.name).sort(), ['Doe', 'Jane Doe']);
  t.same(doe.co_occurring.map((c: { name: string }) => c.name).slice(0, 2), ['Omar Haddad', 'Lisbon']);

  const mentions = (await app.inject(`/entities/${id('Jane Doe')}/mentions?limit=3`)).json();
  t.equal(mentions.items.length, 3);
  t.same(mentions.items[0], { start: 0, end: 3, text: 'Doe', kind: 'name', article: { id: b, title: 'Doe visits Porto', published: '2024-10-26', url: 'https://example.org/b' } });
  const rest = (await app.inject(`/entities/${id('Jane Doe')}/mentions?limit=3&cursor=${mentions.next_cursor}`)).json();
  t.same(rest.items.map((m: { text: string; article: { id: number } }) => [m.text, m.article.id]), [['Doe', a]]);
  t.equal(rest.next_cursor, null);

  const said = (await app.inject(`/entities/${id('Jane Doe')}/quotes`)).json();
  t.same(said.items.map((q: { article: { id: number }; speaker: { name: string } }) => [q.article.id, q.speaker.name]), [[b, 'she'], [a, 'Doe']]);
  t.same((await app.inject(`/entities/${id('Lisbon')}/quotes`)).json().items, []);
  t.equal((await app.inject('/entities/99999')).statusCode, 404);
  t.equal((await app.inject('/entities/99999/mentions')).statusCode, 404);
  t.equal((await app.inject('/entities/99999/quotes')).statusCode, 404);
});

t.test('GET /quotes: speaker by id or name, text, kind, dates, pages', async (t) => {
  const { app, id } = await setup(t);
  const texts = async (qs: string) => (await app.inject(`/quotes?${qs}`)).json().items.map((q: { text: string }) => q.text);
  t.equal((await texts('')).length, 3);
  t.same(await texts(`speaker=${id('Jane Doe')}`), ['“The harbour will be ready by 2026,”', '“We agreed on a plan for the harbour,”']);
  t.same(await texts('speaker=JANE%20DOE'), ['“The harbour will be ready by 2026,”', '“We agreed on a plan for the harbour,”']);
  t.same(await texts('speaker=harbour%20authority'), ['work would start in March 2025']);
  t.same(await texts('speaker=nobody'), []);
  t.same(await texts('q=ready'), ['“The harbour will be ready by 2026,”']);
  t.same(await texts('q=harb*%20-ready'), ['“We agreed on a plan for the harbour,”']);
  t.same(await texts('kind=indirect'), ['work would start in March 2025']);
  t.same(await texts('published_to=2024-10-23'), ['“We agreed on a plan for the harbour,”', 'work would start in March 2025']);
  const p1 = (await app.inject('/quotes?limit=2')).json();
  const p2 = (await app.inject(`/quotes?limit=2&cursor=${p1.next_cursor}`)).json();
  t.equal(p1.items.length + p2.items.length, 3);
  t.equal(p2.next_cursor, null);
  t.match(p1.items[0], { kind: 'direct', cue: { text: 'told reporters' }, speaker: { name: 'she', entity_id: id('Jane Doe') }, article: { title: 'Doe visits Porto' } });
});

t.test('aggregates', async (t) => {
  const { app, id } = await setup(t);
  t.same((await app.inject('/aggregates/articles-by-month')).json(), { items: [{ month: '2024-10', articles: 2 }] });
  t.same((await app.inject('/aggregates/articles-by-month?source=other')).json(), { items: [{ month: '2024-10', articles: 1 }] });
  t.same((await app.inject('/aggregates/mentions-by-month')).json(), {
    items: [
      { month: '2024-10', articles: 2, mentions: 2 },
      { month: '2024-11', articles: 1, mentions: 1 },
      { month: '2025-03', articles: 1, mentions: 1 },
    ],
  });
  t.same((await app.inject(`/aggregates/mentions-by-month?entity=${id('Porto')}`)).json().items.map((m: { month: string }) => m.month), ['2024-10', '2024-11']);
  t.same((await app.inject('/aggregates/mentions-by-month?mentions_date_to=2024-10-31')).json().items.length, 1);
  t.same((await app.inject('/aggregates/articles-by-month?q=porto')).json(), { items: [{ month: '2024-10', articles: 1 }] }, 'full-text filter');
  t.same((await app.inject('/aggregates/mentions-by-month?q=agreed')).json().items.map((m: { month: string }) => m.month), ['2024-10', '2025-03']);
  t.same((await app.inject('/aggregates/top-entities?type=place&q=porto')).json().types[0].entities.map((e: { name: string }) => e.name), ['Lisbon', 'Porto']);
  t.equal((await app.inject('/aggregates/top-entities?q=-porto')).statusCode, 400);
  const top = (await app.inject('/aggregates/top-entities?limit=1')).json();
  t.same(top.types.map((g: { type: string; entities: { name: string }[] }) => [g.type, g.entities.map((e) => e.name)]), [
    ['person', ['Jane Doe']],
    ['organization', ['Harbour Authority']],
    ['place', ['Lisbon']],
  ]);
  const speakers = (await app.inject('/aggregates/top-speakers')).json();
  t.same(speakers, {
    items: [
      { id: id('Jane Doe'), type: 'person', name: 'Jane Doe', quotes: 2, articles: 2 },
      { id: id('Harbour Authority'), type: 'organization', name: 'Harbour Authority', quotes: 1, articles: 1 },
    ],
  });
  const early = (await app.inject('/aggregates/top-speakers?published_to=2024-10-23')).json().items;
  t.same(early.map((s: { name: string; quotes: number }) => [s.name, s.quotes]), [['Jane Doe', 1], ['Harbour Authority', 1]], 'within the publication range');
  t.same((await app.inject('/aggregates/top-speakers?limit=1')).json().items.length, 1);
  t.same((await app.inject(`/aggregates/top-speakers?about=${id('Lisbon')}`)).json().items, [], 'no quotation mentions Lisbon');
  t.equal((await app.inject('/aggregates/top-speakers?limit=0')).statusCode, 400);
  const places = (await app.inject('/aggregates/top-entities?type=place&published_from=2024-10-24')).json();
  t.same(places, { types: [{ type: 'place', entities: [{ id: id('Lisbon'), type: 'place', name: 'Lisbon', articles: 1, mentions: 1 }, { id: id('Porto'), type: 'place', name: 'Porto', articles: 1, mentions: 1 }] }] });
});

t.test('GET /health, /docs and the OpenAPI document', async (t) => {
  const { app } = await setup(t);
  const health = await app.inject('/health');
  t.equal(health.statusCode, 200);
  t.match(health.json(), { status: 'ok', articles: 2, entities: 5, quotes: 3, seed: { state: 'off' } });
  const docs = await app.inject('/docs');
  t.equal(docs.statusCode, 200);
  t.match(docs.headers['content-type'], /html/);
  t.match(docs.body, /swagger/i, 'Swagger UI');
  const spec = (await app.inject('/docs/json')).json();
  t.equal(spec.openapi, '3.1.0');
  for (const path of ['/articles', '/articles/batch', '/articles/{id}', '/articles/{id}/quotes', '/quotes', '/entities', '/entities/{id}', '/entities/{id}/mentions', '/entities/{id}/quotes', '/aggregates/mentions-by-month', '/aggregates/articles-by-month', '/aggregates/top-entities', '/aggregates/top-speakers', '/health']) {
    t.ok(spec.paths[path], path);
  }
  for (const name of ['Error', 'Article', 'ArticleList', 'ArticleIngestResult', 'BatchResult', 'QuoteList', 'EntityList', 'EntityDetail', 'EntityMentionList', 'MentionsByMonth', 'ArticlesByMonth', 'TopEntities', 'TopSpeakers', 'Health']) {
    t.ok(spec.components.schemas[name], `component ${name}`);
  }
  // Every response of every operation is a named component.
  for (const [path, ops] of Object.entries(spec.paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }>>)) {
    for (const [method, op] of Object.entries(ops)) {
      for (const [status, r] of Object.entries(op.responses)) {
        if (status === '204') continue;
        t.match(r.content?.['application/json']?.schema.$ref, /^#\/components\/schemas\//, `${method} ${path} ${status}`);
      }
    }
  }
  t.same(Object.keys(spec.paths['/articles'].post.requestBody.content).sort(), ['application/json', 'text/html', 'text/plain']);
});
