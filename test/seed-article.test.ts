import t from 'tap';
import { build, readSeed } from './helper.ts';

/**
 * The seed article end to end through the API. The assertions hold for whatever annotation layers the
 * pipeline fills in: every span must index the stored body, and every endpoint must find what the article has.
 */
t.test('the seed article through POST /articles (text/plain and JSON) and back', async (t) => {
  const app = await build(t);
  const seed = readSeed();

  const res = await app.inject({ method: 'POST', url: '/articles?source=The%20Jerusalem%20Post', headers: { 'content-type': 'text/plain' }, payload: seed });
  t.equal(res.statusCode, 201);
  const { article } = res.json();
  t.ok(article.title, 'a title');
  t.ok(article.body.length > 2000, 'a body');
  t.notOk(article.body.startsWith(article.title), 'the title is not repeated as the body start');
  t.equal(article.source, 'The Jerusalem Post');

  // The same article as JSON is a duplicate, whatever its metadata.
  const json = await app.inject({ method: 'POST', url: '/articles', payload: { text: seed, source: 'The Jerusalem Post' } });
  t.equal(json.statusCode, 200);
  t.same([json.json().status, json.json().article.id], ['duplicate', article.id]);
  t.equal((await app.inject('/health')).json().articles, 1);

  const got = (await app.inject(`/articles/${article.id}`)).json();
  t.same(got, article, 'GET returns what POST stored');
  const body: string = got.body;
  for (const b of got.blocks) t.ok(b.start >= 0 && b.end <= body.length && b.end > b.start, 'block inside the body');
  let mentions = 0;
  for (const e of got.entities) {
    t.ok(['person', 'organization', 'place'].includes(e.type));
    for (const m of e.mentions) {
      mentions++;
      t.equal(body.slice(m.start, m.end), m.text, `mention "${m.text}"`);
    }
  }
  for (const d of got.dates) {
    t.equal(body.slice(d.start, d.end), d.text, `date "${d.text}"`);
    if (d.value_start) t.ok(d.value_start <= d.value_end);
  }
  for (const q of got.quotes) {
    t.equal(body.slice(q.start, q.end), q.text, 'quote span');
    if (q.cue) t.equal(body.slice(q.cue.start, q.cue.end), q.cue.text, 'cue span');
    if (q.speaker?.start != null) t.ok(q.speaker.start >= 0 && q.speaker.end > q.speaker.start && q.speaker.end <= body.length, 'speaker span inside the body');
  }

  // Entities: listed, each with its mentions and the article.
  const entities = (await app.inject('/entities?limit=100')).json().items;
  t.equal(entities.length, got.entities.length, 'one canonical entity per article entity (a single article)');
  t.equal(entities.reduce((n: number, e: { mention_count: number }) => n + e.mention_count, 0), mentions, 'mention counts add up');
  for (const e of entities.slice(0, 5)) {
    const detail = (await app.inject(`/entities/${e.id}`)).json();
    t.equal(detail.article_count, 1);
    const ms = (await app.inject(`/entities/${e.id}/mentions?limit=100`)).json();
    t.equal(ms.items.length, e.mention_count);
    for (const m of ms.items) t.equal(body.slice(m.start, m.end), m.text);
    t.same((await app.inject(`/articles?entity=${e.id}`)).json().items.map((a: { id: number }) => a.id), [article.id]);
  }

  // Quotes: the article's, and all of them.
  const quotes = (await app.inject(`/articles/${article.id}/quotes?limit=100`)).json();
  t.equal(quotes.items.length, got.quotes.length);
  t.equal((await app.inject('/quotes?limit=100')).json().items.length, got.quotes.length);
  for (const q of got.quotes.filter((x: { speaker: { entity_id: number | null } | null }) => x.speaker?.entity_id)) {
    const said = (await app.inject(`/entities/${q.speaker.entity_id}/quotes?limit=100`)).json().items;
    t.ok(said.some((s: { id: number }) => s.id === q.id), 'the speaker entity said it');
  }

  // Dates: month histogram agrees with the dates the article mentions.
  const monthly = got.dates.filter((d: { granularity: string | null }) => ['day', 'week', 'month'].includes(d.granularity ?? ''));
  const hist = (await app.inject('/aggregates/mentions-by-month')).json().items;
  t.equal(hist.reduce((n: number, h: { mentions: number }) => n + h.mentions, 0), monthly.length);

  // Full-text search finds it by words of its body.
  const words = body.match(/\p{Lu}\p{L}{5,}/gu) ?? [];
  t.ok(words.length > 0);
  t.same((await app.inject(`/articles?q=${encodeURIComponent(words[0]!)}`)).json().items.map((a: { id: number }) => a.id), [article.id]);
});
