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

/** What the product promises for the seed article, checked through the HTTP API. */
t.test('the seed article: clean text, entities, dates and quotes through the API', async (t) => {
  const app = await build(t);
  const res = await app.inject({ method: 'POST', url: '/articles', headers: { 'content-type': 'text/plain; charset=utf-8' }, payload: readSeed() });
  t.equal(res.statusCode, 201);
  const a = (await app.inject(`/articles/${res.json().article.id}`)).json();

  t.equal(a.title, 'Netanyahu to Blinken: Assassination attempt against me can’t be ignored');
  t.equal(a.published, '2024-10-22', 'the publication date is inferred from the text');
  const boilerplate = [/Jesus' Coming Back/, /^0$/m, /Stay updated/, /Subscribe to/, /contributed to this report/, /^JPost$/m, /Leave A Reply/, /cookies/, /credit:/, /disembarks an aircraft/];
  for (const re of boilerplate) t.notMatch(a.body, re, `no ${re} in the body`);
  t.match(a.body, /^Iran and Hezbollah’s assassination attempt cannot be disregarded/, 'the body starts with the lead');
  t.match(a.body, /withdrawal of Hezbollah forces from southern Lebanon\.”$/, 'and ends with the last paragraph');
  const headings = a.blocks.filter((b: { kind: string }) => b.kind === 'heading').map((b: { start: number; end: number }) => a.body.slice(b.start, b.end));
  t.same(headings, ['Reaffirming the US’s commitment to Israel', 'Pushing for ceasefire']);
  t.same(a.captions, ['U.S. Secretary of State Antony Blinken disembarks an aircraft as he arrives in Tel Aviv, Israel, October 22, 2024.'], 'one caption, kept as metadata');
  t.same(a.credits, ['REUTERS/Nathan Howard/Pool']);

  const named = (type: string) => a.entities.filter((e: { type: string }) => e.type === type).map((e: { canonical_name: string }) => e.canonical_name);
  for (const p of ['Benjamin Netanyahu', 'Antony Blinken', 'Matthew Miller', 'Karine Jean-Pierre', 'Amos Hochstein', 'Yoav Gallant', 'Mohammad Ali Jafari']) {
    t.ok(named('person').includes(p), `${p} is a person`);
  }
  for (const p of ['Israel', 'Iran', 'Lebanon', 'United States', 'Jerusalem']) t.ok(named('place').includes(p), `${p} is a place`);
  for (const o of ['Prime Minister’s Office', 'Islamic Revolutionary Guards Corps', 'IDF', 'White House']) t.ok(named('organization').includes(o), `${o} is an organization`);
  const netanyahu = a.entities.find((e: { canonical_name: string }) => e.canonical_name === 'Benjamin Netanyahu');
  t.ok(netanyahu.mentions.filter((m: { text: string }) => m.text === 'Netanyahu').length >= 4, '"Netanyahu" mentions belong to Benjamin Netanyahu');

  const dates = a.dates.map((d: { text: string; value: string }) => `${d.text}=${d.value}`);
  for (const d of ['Tuesday=2024-10-22', 'October 7, 2023=2023-10-07', 'October 1=2024-10-01', 'August=2024-08', '2006=2006', 'last year=2023', 'this week=2024-W43']) {
    t.ok(dates.includes(d), d);
  }

  const quoteBy = (fragment: string) => a.quotes.find((q: { text: string }) => q.text.includes(fragment));
  const speakerName = (fragment: string) => a.entities.find((e: { id: number }) => e.id === quoteBy(fragment)?.speaker?.entity_id)?.canonical_name ?? null;
  t.equal(speakerName('issue of dramatic significance'), 'Benjamin Netanyahu');
  t.equal(speakerName('ironclad commitment'), 'Matthew Miller');
  t.equal(speakerName('doing in the region is important'), 'Karine Jean-Pierre', '"she said"');
  t.equal(speakerName('too small to be able to attack Iran'), 'Mohammad Ali Jafari');
  t.equal(quoteBy('issue of dramatic significance').kind, 'direct');
  t.equal(quoteBy('ironclad commitment').kind, 'partial');

  // Who said what: by entity id and by name.
  const byId = (await app.inject(`/quotes?speaker=${netanyahu.id}&limit=100`)).json().items;
  const byName = (await app.inject('/quotes?speaker=benjamin%20netanyahu&limit=100')).json().items;
  t.ok(byId.some((q: { text: string }) => q.text.includes('dramatic significance')), 'quotes by speaker id');
  t.same(byName.map((q: { id: number }) => q.id), byId.map((q: { id: number }) => q.id), 'the same quotes by speaker name');
  const said = (await app.inject(`/entities/${netanyahu.id}/quotes`)).json().items;
  t.same(said.map((q: { id: number }) => q.id).sort(), byId.map((q: { id: number }) => q.id).sort(), 'GET /entities/{id}/quotes');
  // What was said about whom: quotations that mention an entity.
  const iran = a.entities.find((e: { canonical_name: string }) => e.canonical_name === 'Iran');
  const aboutIran = (await app.inject(`/quotes?about=${iran.id}&limit=100`)).json().items;
  const expected = a.quotes.filter((q: { start: number; end: number }) => iran.mentions.some((m: { start: number; end: number }) => m.start >= q.start && m.end <= q.end));
  t.ok(expected.length >= 3, 'several quotations mention Iran');
  t.same(aboutIran.map((q: { id: number }) => q.id).sort(), expected.map((q: { id: number }) => q.id).sort(), 'GET /quotes?about=');
  t.ok(aboutIran.some((q: { text: string }) => q.text.includes('too small to be able to attack Iran')));
  const jafariOnIran = (await app.inject(`/quotes?about=${iran.id}&speaker=mohammad%20ali%20jafari&limit=100`)).json().items;
  t.ok(jafariOnIran.length >= 1 && jafariOnIran.every((q: { speaker: { name: string } }) => q.speaker), 'about and speaker combine');
  t.equal((await app.inject('/quotes?about=abc')).statusCode, 400);
  const people = (await app.inject('/entities?type=person&prefix=Net')).json().items;
  t.same(people.map((e: { name: string }) => e.name), ['Benjamin Netanyahu'], 'name prefix search finds the person by surname');
  const inOctober = (await app.inject('/articles?mentions_date_from=2024-10-01&mentions_date_to=2024-10-31')).json().items;
  t.same(inOctober.map((x: { id: number }) => x.id), [a.id], 'found by the dates it mentions');
});
