import t from 'tap';
import { ARTICLE_A, ARTICLE_B, BODY_A, BODY_B, article, build } from '../helper.ts';

const story = (i: number, extra: Record<string, unknown> = {}) => ({
  title: `Story ${i}`,
  url: `https://news.example/story-${i}`,
  source: i % 2 ? 'Odd Times' : 'Even Post',
  published: `2024-03-${String(10 + i).padStart(2, '0')}`,
  text: `Story ${i} begins here with a report from the port.\n\nIt ends with paragraph two of story ${i}.`,
  ...extra,
});

t.test('POST /articles with JSON creates, then reports duplicates and updates', async (t) => {
  const app = await build(t);
  const created = await app.inject({ method: 'POST', url: '/articles', payload: story(1, { authors: ['Ann Lee'] }) });
  t.equal(created.statusCode, 201);
  const body = created.json();
  t.equal(body.status, 'created');
  t.equal(created.headers.location, `/articles/${body.article.id}`);
  t.match(body.article, {
    title: 'Story 1',
    url: 'https://news.example/story-1',
    source: 'Odd Times',
    published: '2024-03-11',
    published_source: 'input',
    authors: ['Ann Lee'],
    language: 'en',
    entities: Array,
    dates: Array,
    quotes: Array,
    annotations_skipped: Array,
  });
  t.match(body.article.body, /^Story 1 begins here/);

  const dup = await app.inject({ method: 'POST', url: '/articles', payload: story(1) });
  t.equal(dup.statusCode, 200);
  t.equal(dup.json().status, 'duplicate');
  t.equal(dup.json().article.id, body.article.id);

  const dupByText = await app.inject({ method: 'POST', url: '/articles', payload: story(1, { url: 'https://elsewhere.example/x' }) });
  t.equal(dupByText.json().status, 'duplicate', 'same content at another URL');

  const upd = await app.inject({ method: 'POST', url: '/articles', payload: story(1, { text: 'A corrected version of story one.' }) });
  t.equal(upd.statusCode, 200);
  t.equal(upd.json().status, 'updated');
  t.equal(upd.json().article.id, body.article.id);
  t.equal(upd.json().article.body, 'A corrected version of story one.');

  const list = await app.inject('/articles');
  t.equal(list.json().items.length, 1, 'still one article');
});

t.test('POST /articles with text/plain and text/html bodies', async (t) => {
  const app = await build(t);
  const text = await app.inject({
    method: 'POST',
    url: '/articles?published=2024-10-22&source=Wire&url=https://wire.example/a',
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    payload: 'A headline\n\nFirst paragraph of the story.\n\nSecond paragraph.',
  });
  t.equal(text.statusCode, 201);
  t.match(text.json().article, { title: 'A headline', published: '2024-10-22', source: 'Wire', url: 'https://wire.example/a' });
  t.equal(text.json().article.body, 'First paragraph of the story.\n\nSecond paragraph.');

  const raw = await app.inject({
    method: 'POST',
    url: '/articles?format=raw&title=Raw',
    headers: { 'content-type': 'text/plain' },
    payload: '  Kept exactly as sent.\n',
  });
  t.equal(raw.statusCode, 201);
  t.equal(raw.json().article.body, '  Kept exactly as sent.\n');

  const html = await app.inject({
    method: 'POST',
    url: '/articles',
    headers: { 'content-type': 'text/html' },
    payload: '<html><head><title>Page title</title></head><body><p>Paragraph &amp; one.</p><script>x()</script><p>Two.</p></body></html>',
  });
  t.equal(html.statusCode, 201);
  t.equal(html.json().article.title, 'Page title');
  t.equal(html.json().article.body, 'Paragraph & one.\n\nTwo.');

  const jsonHtml = await app.inject({ method: 'POST', url: '/articles', payload: { html: '<p>From JSON html.</p>', title: 'J' } });
  t.equal(jsonHtml.json().article.body, 'From JSON html.');
});

t.test('POST /articles decodes bodies by their charset', async (t) => {
  const app = await build(t);
  const latin1 = (s: string) => Buffer.from(s, 'latin1');
  const declared = await app.inject({
    method: 'POST',
    url: '/articles',
    headers: { 'content-type': 'text/html' },
    payload: latin1('<html><head><meta charset="iso-8859-1"><title>Caf\u00e9</title></head><body><p>Jos\u00e9 Mar\u00eda paid in S\u00e3o Paulo.</p></body></html>'),
  });
  t.equal(declared.statusCode, 201);
  t.equal(declared.json().article.body, 'Jos\u00e9 Mar\u00eda paid in S\u00e3o Paulo.', 'the charset the page declares');
  const header = await app.inject({
    method: 'POST',
    url: '/articles?title=Na%C3%AFve',
    headers: { 'content-type': 'text/plain; charset=ISO-8859-1' },
    payload: latin1('A na\u00efve caf\u00e9 story from Z\u00fcrich.'),
  });
  t.equal(header.statusCode, 201);
  t.equal(header.json().article.body, 'A na\u00efve caf\u00e9 story from Z\u00fcrich.', 'the charset of the Content-Type header');
});

t.test('GET /articles/:id returns every annotation layer; DELETE removes it', async (t) => {
  const app = await build(t);
  const [res] = await app.repo.saveArticles([article(BODY_A, ARTICLE_A, { url: 'https://example.org/a' })]);
  const got = await app.inject(`/articles/${res!.id}`);
  t.equal(got.statusCode, 200);
  const a = got.json();
  t.equal(a.body, BODY_A);
  t.same(a.entities.map((e: { name: string }) => e.name), ['Jane Doe', 'Omar Haddad', 'Lisbon', 'Harbour Authority']);
  t.same(a.entities[0].mentions.map((m: { text: string; kind: string }) => [m.text, m.kind]), [['Jane Doe', 'name'], ['Doe', 'name']]);
  t.same(a.dates[1], { start: BODY_A.indexOf('March 2025'), end: BODY_A.indexOf('March 2025') + 10, text: 'March 2025', type: 'date', value: '2025-03', value_start: '2025-03-01', value_end: '2025-03-31', granularity: 'month' });
  t.match(a.quotes[0], { kind: 'direct', cue: { text: 'said' }, speaker: { name: 'Doe', entity_id: a.entities[0].id } });
  t.same(a.blocks.map((b: { kind: string }) => b.kind), ['paragraph', 'paragraph', 'paragraph']);

  const quotes = await app.inject(`/articles/${res!.id}/quotes`);
  t.same(quotes.json().items.map((q: { kind: string }) => q.kind), ['direct', 'indirect']);
  t.equal(quotes.json().items[0].article.id, res!.id);
  t.same((await app.inject(`/articles/${res!.id}/quotes?kind=indirect`)).json().items.length, 1);

  const del = await app.inject({ method: 'DELETE', url: `/articles/${res!.id}` });
  t.equal(del.statusCode, 204);
  t.equal(del.body, '');
  t.equal((await app.inject(`/articles/${res!.id}`)).statusCode, 404);
  t.equal((await app.inject({ method: 'DELETE', url: `/articles/${res!.id}` })).statusCode, 404);
  t.equal((await app.inject(`/articles/${res!.id}/quotes`)).statusCode, 404);
  t.same((await app.inject('/entities')).json().items, [], 'its entities went with it');
});

t.test('POST /articles/batch: NDJSON and JSON arrays, atomic, failing item named', async (t) => {
  const app = await build(t);
  const ndjson = [story(1), story(2), story(3)].map((s) => JSON.stringify(s)).join('\n') + '\n';
  const res = await app.inject({ method: 'POST', url: '/articles/batch', headers: { 'content-type': 'application/x-ndjson' }, payload: ndjson });
  t.equal(res.statusCode, 200);
  t.match(res.json(), { articles: 3, created: 3, duplicates: 0, updated: 0 });
  t.equal(res.json().items.length, 3);

  const again = await app.inject({ method: 'POST', url: '/articles/batch', payload: [story(3), story(4)] });
  t.match(again.json(), { articles: 2, created: 1, duplicates: 1 });
  t.equal(again.json().items[0].id, res.json().items[2].id);

  const bad = [story(5), story(6), { ...story(7), published: 'someday' }, story(8)].map((s) => JSON.stringify(s)).join('\n');
  const failed = await app.inject({ method: 'POST', url: '/articles/batch', headers: { 'content-type': 'application/x-ndjson' }, payload: bad });
  t.equal(failed.statusCode, 400);
  t.equal(failed.json().error.code, 'invalid_date');
  t.match(failed.json().error.message, /^line 3:/);
  t.equal(failed.json().error.details.item, 'line 3');

  const badJson = `${JSON.stringify(story(9))}\n{"title": "broken"\n`;
  const failed2 = await app.inject({ method: 'POST', url: '/articles/batch', headers: { 'content-type': 'application/x-ndjson' }, payload: badJson });
  t.equal(failed2.statusCode, 400);
  t.equal(failed2.json().error.code, 'invalid_json');
  t.match(failed2.json().error.message, /^line 2:/);

  const failed3 = await app.inject({ method: 'POST', url: '/articles/batch', payload: [story(10), { title: 'no text' }] });
  t.equal(failed3.statusCode, 400);
  t.equal(failed3.json().error.code, 'invalid_record');
  t.equal(failed3.json().error.details.item, 'item 2');

  const all = await app.inject('/articles?limit=100');
  t.same(all.json().items.map((a: { title: string }) => a.title).sort(), ['Story 1', 'Story 2', 'Story 3', 'Story 4'], 'failed batches left nothing');
});

t.test('GET /articles: order, filters, search and cursors', async (t) => {
  const app = await build(t);
  await app.inject({ method: 'POST', url: '/articles/batch', payload: Array.from({ length: 9 }, (_, i) => story(i + 1)) });
  await app.repo.saveArticles([article(BODY_A, ARTICLE_A), article(BODY_B, ARTICLE_B)]);

  const titles = (res: { json(): { items: { title: string }[] } }) => res.json().items.map((a) => a.title);
  const first = await app.inject('/articles?limit=4');
  t.same(titles(first), ['Doe visits Porto', 'Doe and Haddad agree on harbour plan', 'Story 9', 'Story 8']);
  const second = await app.inject(`/articles?limit=4&cursor=${first.json().next_cursor}`);
  t.same(titles(second), ['Story 7', 'Story 6', 'Story 5', 'Story 4']);
  const third = await app.inject(`/articles?limit=4&cursor=${second.json().next_cursor}`);
  t.same(titles(third), ['Story 3', 'Story 2', 'Story 1']);
  t.equal(third.json().next_cursor, null);

  t.same(titles(await app.inject('/articles?source=odd%20times&published_from=2024-03-13&published_to=2024-03-17')), ['Story 7', 'Story 5', 'Story 3']);
  t.same(titles(await app.inject('/articles?language=en&limit=1')), ['Doe visits Porto']);
  t.same(titles(await app.inject('/articles?q=harbour')), ['Doe visits Porto', 'Doe and Haddad agree on harbour plan']);
  t.same(titles(await app.inject('/articles?q=%22paragraph%20two%20of%20story%204%22')), ['Story 4'], 'phrase');
  t.same(titles(await app.inject('/articles?q=story%20-port')), [], 'exclusion');
  t.match((await app.inject('/articles?q=harbour')).json().items[1].snippet, /«harbour»/i);
  t.equal((await app.inject('/articles?limit=1')).json().items[0].snippet, null);
  t.same(titles(await app.inject('/articles?type=organization')), ['Doe and Haddad agree on harbour plan']);
  t.same(titles(await app.inject('/articles?mentions_date_from=2025-01-01&mentions_date_to=2025-12-31')), ['Doe and Haddad agree on harbour plan']);
  const lisbon = (await app.inject('/entities?prefix=lis')).json().items[0].id;
  t.same(titles(await app.inject(`/articles?entity=${lisbon}`)), ['Doe visits Porto', 'Doe and Haddad agree on harbour plan']);
  t.same(titles(await app.inject(`/articles?entity=${lisbon}&q=friday`)), ['Doe visits Porto'], 'filters combine');
});
