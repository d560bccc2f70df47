import t from 'tap';
import type { Test } from 'tap';
import { SqliteRepository } from '../../src/storage/sqlite/repository.ts';
import { ARTICLE_A, ARTICLE_B, BODY_A, BODY_B, article } from '../helper.ts';

function open(t: Test) {
  const repo = SqliteRepository.open(':memory:');
  t.teardown(() => repo.close());
  return repo;
}

t.test('an article round-trips with every annotation layer', async (t) => {
  const repo = open(t);
  const [res] = await repo.saveArticles([article(BODY_A, ARTICLE_A, { url: 'https://example.org/a', source: 'Example', authors: ['A. Writer'], captions: ['A caption'], credits: ['Photo: X'], removed: ['Subscribe now'] })]);
  t.equal(res!.status, 'created');
  const a = (await repo.getArticle(res!.id))!;
  t.equal(a.title, ARTICLE_A.title);
  t.equal(a.body, BODY_A);
  t.equal(a.published, '2024-10-23');
  t.equal(a.url, 'https://example.org/a');
  t.equal(a.source, 'Example');
  t.same(a.authors, ['A. Writer']);
  t.same(a.captions, ['A caption']);
  t.same(a.credits, ['Photo: X']);
  t.same(a.metadata.removed, ['Subscribe now'], 'draft fields without a column are kept in metadata');
  t.equal(a.blocks.length, 3);
  t.match(a.content_hash, /^[0-9a-f]{64}$/);

  t.same(a.entities.map((e) => [e.type, e.name]), [['person', 'Jane Doe'], ['person', 'Omar Haddad'], ['place', 'Lisbon'], ['organization', 'Harbour Authority']]);
  const doe = a.entities[0]!;
  t.same(doe.mentions.map((m) => m.text), ['Jane Doe', 'Doe']);
  for (const e of a.entities) for (const m of e.mentions) t.equal(a.body.slice(m.start, m.end), m.text, 'mention offsets index the body');

  t.same(a.dates.map((d) => [d.text, d.value, d.value_start, d.value_end, d.granularity]), [
    ['Tuesday', '2024-10-22', '2024-10-22', '2024-10-22', 'day'],
    ['March 2025', '2025-03', '2025-03-01', '2025-03-31', 'month'],
  ]);
  for (const d of a.dates) t.equal(a.body.slice(d.start, d.end), d.text);

  t.equal(a.quotes.length, 2);
  const [q1, q2] = a.quotes;
  t.equal(q1!.kind, 'direct');
  t.equal(q1!.cue!.text, 'said');
  t.equal(q1!.speaker!.name, 'Doe');
  t.equal(q1!.speaker!.entity_id, doe.id, 'the speaker links to the canonical entity');
  t.equal(a.body.slice(q1!.speaker!.start!, q1!.speaker!.end!), 'Doe');
  t.equal(q2!.kind, 'indirect');
  t.equal(q2!.speaker!.entity_id, a.entities[3]!.id);
});

t.test('canonical entities span articles; a lone surname links to the one person it can be', async (t) => {
  const repo = open(t);
  const [ra, rb] = await repo.saveArticles([article(BODY_A, ARTICLE_A), article(BODY_B, ARTICLE_B)]);
  const a = (await repo.getArticle(ra!.id))!;
  const b = (await repo.getArticle(rb!.id))!;
  const id = (art: typeof a, name: string) => art.entities.find((e) => e.name === name)!.id;
  t.equal(id(b, 'Doe'), id(a, 'Jane Doe'), '"Doe" alone is Jane Doe');
  t.equal(id(b, 'Haddad'), id(a, 'Omar Haddad'));
  t.equal(id(b, 'Lisbon'), id(a, 'Lisbon'));
  t.equal(b.entities.find((e) => e.name === 'Doe')!.canonical_name, 'Jane Doe');
  t.equal(b.quotes[0]!.speaker!.entity_id, id(a, 'Jane Doe'), 'a pronoun speaker resolves through its article entity');

  const doe = (await repo.getEntity(id(a, 'Jane Doe')))!;
  t.equal(doe.article_count, 2);
  t.equal(doe.mention_count, 4, 'Jane Doe, Doe, Doe, she');
  t.equal(doe.quote_count, 2);
  t.same(doe.names.map((n) => n.name).sort(), ['Doe', 'Jane Doe']);
  t.same(doe.co_occurring.slice(0, 2).map((c) => [c.name, c.shared_articles]), [['Omar Haddad', 2], ['Lisbon', 2]]);

  const list = await repo.listEntities({ limit: 10 });
  t.equal(list.items[0]!.name, 'Jane Doe', 'most mentioned first');
  t.same(list.items.map((e) => e.mention_count), [...list.items.map((e) => e.mention_count)].sort((x, y) => y - x));
});

t.test('a surname shared by two stored people stays its own entity', async (t) => {
  const repo = open(t);
  await repo.saveArticles([
    article('Anna Smith spoke.', { entities: [{ type: 'person', name: 'Anna Smith', mentions: ['Anna Smith'] }] }),
    article('John Smith answered.', { entities: [{ type: 'person', name: 'John Smith', mentions: ['John Smith'] }] }),
  ]);
  const [r] = await repo.saveArticles([article('Smith left.', { entities: [{ type: 'person', name: 'Smith', mentions: ['Smith'] }] })]);
  const a = (await repo.getArticle(r!.id))!;
  t.equal(a.entities[0]!.canonical_name, 'Smith');
  t.equal((await repo.listEntities({ limit: 10, type: 'person' })).items.length, 3);
});

t.test('once the full name is known, a lone surname goes to it', async (t) => {
  const repo = open(t);
  const one = (body: string, name: string) => article(body, { entities: [{ type: 'person', name, mentions: [name] }] });
  const [r1] = await repo.saveArticles([one('Okonjo spoke first.', 'Okonjo')]);
  const [r2] = await repo.saveArticles([one('Later Ngozi Okonjo spoke.', 'Ngozi Okonjo')]);
  const [r3] = await repo.saveArticles([one('Okonjo spoke again.', 'Okonjo')]);
  const ids = await Promise.all([r1, r2, r3].map(async (r) => (await repo.getArticle(r!.id))!.entities[0]!.id));
  t.not(ids[0], ids[1], 'the earlier surname-only entity stays');
  t.equal(ids[2], ids[1], 'a later surname-only mention goes to the full name');
});

t.test('an acronym links to the one organization it abbreviates', async (t) => {
  const repo = open(t);
  const [r1] = await repo.saveArticles([article('The Prime Minister’s Office spoke.', { entities: [{ type: 'organization', name: 'Prime Minister’s Office', mentions: ['Prime Minister’s Office'] }] })]);
  const [r2] = await repo.saveArticles([article('The PMO said no.', { entities: [{ type: 'organization', name: 'PMO', mentions: ['PMO'] }] })]);
  const e1 = (await repo.getArticle(r1!.id))!.entities[0]!;
  const e2 = (await repo.getArticle(r2!.id))!.entities[0]!;
  t.equal(e2.id, e1.id);
  const [r3] = await repo.saveArticles([article('NATO met.', { entities: [{ type: 'organization', name: 'NATO', mentions: ['NATO'] }] })]);
  const [r4] = await repo.saveArticles([article('The National Anglers Trade Organisation met.', { entities: [{ type: 'organization', name: 'National Anglers Trade Organisation', mentions: ['National Anglers Trade Organisation'] }] })]);
  const [r5] = await repo.saveArticles([article('NATO met again.', { entities: [{ type: 'organization', name: 'NATO', mentions: ['NATO'] }] })]);
  const [nato, anglers, nato2] = await Promise.all([r3, r4, r5].map(async (r) => (await repo.getArticle(r!.id))!.entities[0]!.id));
  t.not(anglers, nato);
  t.equal(nato2, nato, 'an organization named exactly by the acronym comes first');
  t.same((await repo.listEntities({ limit: 10, prefix: 'pm' })).items.map((e) => e.name), ['Prime Minister’s Office'], 'prefix matches other names');
  t.same((await repo.listEntities({ limit: 10, prefix: 'MINIS' })).items.map((e) => e.name), ['Prime Minister’s Office'], 'and any word');
  t.same((await repo.listEntities({ limit: 10, prefix: 'inister' })).items, [], 'but not the middle of a word');
});

t.test('same text or same URL is the same article; a changed text at a URL updates it', async (t) => {
  const repo = open(t);
  const [first] = await repo.saveArticles([article(BODY_A, ARTICLE_A, { url: 'https://Example.org/a/?utm_source=x#top' })]);
  const [again] = await repo.saveArticles([article(BODY_A, ARTICLE_A, { url: 'https://other.example/copy' })]);
  t.same(again, { id: first!.id, status: 'duplicate' }, 'same text elsewhere');
  const [spaced] = await repo.saveArticles([article(BODY_A.replace(/\n\n/g, '\n \n\n') + '  ', ARTICLE_A)]);
  t.same(spaced, { id: first!.id, status: 'duplicate' }, 'whitespace does not make a new text');
  t.equal((await repo.stats()).articles, 1);
  t.equal((await repo.stats()).mentions, 5, 'no rows duplicated');

  const [updated] = await repo.saveArticles([article(BODY_B, ARTICLE_B, { url: 'http://www.example.org/a' })]);
  t.same(updated, { id: first!.id, status: 'updated' }, 'same URL (normalized), new text');
  const a = (await repo.getArticle(first!.id))!;
  t.equal(a.body, BODY_B);
  t.equal(a.title, ARTICLE_B.title);
  t.same(a.entities.map((e) => e.name), ['Doe', 'Porto', 'Haddad', 'Lisbon']);
  const stats = await repo.stats();
  t.equal(stats.articles, 1);
  t.equal(stats.quotes, 1);
  t.equal(stats.dates, 3);
  // The old article's entities that no article mentions any more are gone; counts follow.
  const names = (await repo.listEntities({ limit: 50 })).items.map((e) => e.name).sort();
  t.same(names, ['Doe', 'Haddad', 'Lisbon', 'Porto']);
  for (const e of (await repo.listEntities({ limit: 50 })).items) t.equal(e.article_count, 1);
});

t.test('a batch is atomic', async (t) => {
  const repo = open(t);
  const good = article(BODY_A, ARTICLE_A);
  const bad = article(BODY_B, ARTICLE_B);
  bad.doc.dates[0]!.end = bad.doc.dates[0]!.start; // violates the CHECK on spans
  await t.rejects(repo.saveArticles([good, bad]));
  t.same(await repo.stats(), { articles: 0, entities: 0, mentions: 0, dates: 0, quotes: 0 });
});

t.test('full-text index follows inserts, updates and deletes', async (t) => {
  const repo = open(t);
  const [a] = await repo.saveArticles([article(BODY_A, ARTICLE_A, { url: 'https://example.org/a' })]);
  t.same((await repo.listArticles({ limit: 10, q: 'harbour' })).items.map((i) => i.id), [a!.id]);
  t.match((await repo.listArticles({ limit: 10, q: 'harbour' })).items[0]!.snippet, /«harbour»/i);
  t.same((await repo.listArticles({ limit: 10, q: 'Haddad' })).items.length, 1, 'title and body are searched');
  await repo.saveArticles([article('A new text about Porto only.', { title: 'Porto' }, { url: 'https://example.org/a' })]);
  t.same((await repo.listArticles({ limit: 10, q: 'harbour' })).items, [], 'old text no longer found');
  t.same((await repo.listArticles({ limit: 10, q: 'porto' })).items.map((i) => i.id), [a!.id]);
  t.ok(await repo.deleteArticle(a!.id));
  t.notOk(await repo.deleteArticle(a!.id));
  t.same((await repo.listArticles({ limit: 10, q: 'porto' })).items, []);
  t.same(await repo.stats(), { articles: 0, entities: 0, mentions: 0, dates: 0, quotes: 0 });
  const row = repo.db.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'porto OR harbour'").get() as { n: number };
  t.equal(row.n, 0, 'the index holds nothing of the deleted article');
  const integrity = repo.db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
  t.doesNotThrow(() => integrity.run(), 'FTS index consistent with its content table');
});

t.test('listing: filters and cursor pagination', async (t) => {
  const repo = open(t);
  const items = [];
  for (let i = 0; i < 7; i++) {
    items.push(article(`Article number ${i} about topic ${i % 2 ? 'odd' : 'even'}.`, { title: `T${i}`, published: i === 6 ? null : `2024-01-0${i + 1}` }, { source: i < 3 ? 'Alpha' : 'Beta' }));
  }
  await repo.saveArticles(items);
  const seen: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await repo.listArticles({ limit: 3, ...(cursor ? { cursor } : {}) });
    seen.push(...page.items.map((i) => i.title!));
    cursor = page.next_cursor ?? undefined;
    pages++;
  } while (cursor);
  t.same(seen, ['T5', 'T4', 'T3', 'T2', 'T1', 'T0', 'T6'], 'newest first, undated last, no repeats');
  t.equal(pages, 3);
  t.same((await repo.listArticles({ limit: 10, source: 'alpha' })).items.map((i) => i.title), ['T2', 'T1', 'T0']);
  t.same((await repo.listArticles({ limit: 10, published_from: '2024-01-03', published_to: '2024-01-04' })).items.map((i) => i.title), ['T3', 'T2']);
  t.same((await repo.listArticles({ limit: 10, q: 'odd', source: 'Beta' })).items.map((i) => i.title), ['T5', 'T3']);
});

t.test('entity, type and mentioned-date filters', async (t) => {
  const repo = open(t);
  const [ra, rb] = await repo.saveArticles([article(BODY_A, ARTICLE_A), article(BODY_B, ARTICLE_B)]);
  await repo.saveArticles([article('Nothing annotated here.', { published: '2024-10-27' })]);
  const a = (await repo.getArticle(ra!.id))!;
  const authority = a.entities.find((e) => e.type === 'organization')!.id;
  t.same((await repo.listArticles({ limit: 10, entity: authority })).items.map((i) => i.id), [ra!.id]);
  t.same((await repo.listArticles({ limit: 10, type: 'organization' })).items.map((i) => i.id), [ra!.id]);
  t.same((await repo.listArticles({ limit: 10, type: 'place' })).items.map((i) => i.id), [rb!.id, ra!.id]);
  // A: 2024-10-22, 2025-03; B: 2024-10-25, 2026 (the year), 2024-11.
  const ids = async (from?: string, to?: string) =>
    (await repo.listArticles({ limit: 10, mentions_date_from: from, mentions_date_to: to })).items.map((i) => i.id);
  t.same(await ids('2025-03-01', '2025-03-31'), [ra!.id], 'a month value lies within its month');
  t.same(await ids('2025-03-10', '2025-03-31'), [], 'but not within part of it');
  t.same(await ids('2026-01-01', '2026-12-31'), [rb!.id]);
  t.same(await ids('2024-10-01', '2024-10-31'), [rb!.id, ra!.id]);
  t.same(await ids('2024-10-24', undefined), [rb!.id, ra!.id]);
  t.same(await ids(undefined, '2024-10-22'), [ra!.id]);
});

t.test('quotes: by speaker id or name, by text, kind and publication date', async (t) => {
  const repo = open(t);
  const [ra, rb] = await repo.saveArticles([article(BODY_A, ARTICLE_A), article(BODY_B, ARTICLE_B)]);
  const a = (await repo.getArticle(ra!.id))!;
  const doe = a.entities[0]!.id;
  const texts = async (q: Parameters<typeof repo.listQuotes>[0]) => (await repo.listQuotes(q)).items.map((i) => i.text);
  t.same(await texts({ limit: 10, speaker_id: doe }), ['“The harbour will be ready by 2026,”', '“We agreed on a plan for the harbour,”']);
  t.same(await texts({ limit: 10, speaker_name: 'jane doe' }), ['“The harbour will be ready by 2026,”', '“We agreed on a plan for the harbour,”'], 'any name of the entity, case-insensitive');
  t.same(await texts({ limit: 10, speaker_name: 'SHE' }), ['“The harbour will be ready by 2026,”'], 'the name in the quote');
  t.same(await texts({ limit: 10, q: 'plan harbour' }), ['“We agreed on a plan for the harbour,”']);
  t.same(await texts({ limit: 10, kind: 'indirect' }), ['work would start in March 2025']);
  t.same(await texts({ limit: 10, published_from: '2024-10-24' }), ['“The harbour will be ready by 2026,”']);
  t.same(await texts({ limit: 10, article_id: ra!.id }), ['“We agreed on a plan for the harbour,”', 'work would start in March 2025'], 'in text order');
  const p1 = await repo.listQuotes({ limit: 2 });
  const p2 = await repo.listQuotes({ limit: 2, cursor: p1.next_cursor! });
  t.same([...p1.items, ...p2.items].map((q) => q.article.id), [rb!.id, ra!.id, ra!.id]);
  t.equal(p2.next_cursor, null);
});

t.test('mentions of an entity, paginated', async (t) => {
  const repo = open(t);
  const [ra] = await repo.saveArticles([article(BODY_A, ARTICLE_A), article(BODY_B, ARTICLE_B)]);
  const doe = (await repo.getArticle(ra!.id))!.entities[0]!.id;
  const all = [];
  let cursor: string | undefined;
  do {
    const page = await repo.listMentions(doe, { limit: 1, ...(cursor ? { cursor } : {}) });
    all.push(...page.items);
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  t.same(all.map((m) => [m.article.title, m.text, m.kind]), [
    ['Doe visits Porto', 'Doe', 'name'],
    ['Doe visits Porto', 'she', 'pronoun'],
    ['Doe and Haddad agree on harbour plan', 'Jane Doe', 'name'],
    ['Doe and Haddad agree on harbour plan', 'Doe', 'name'],
  ]);
});

t.test('aggregates', async (t) => {
  const repo = open(t);
  await repo.saveArticles([article(BODY_A, ARTICLE_A), article(BODY_B, ARTICLE_B), article('Undated text.', {})]);
  await repo.saveArticles([article('Old news about Lisbon.', { published: '2023-05-02', entities: [{ type: 'place', name: 'Lisbon', mentions: ['Lisbon'] }], dates: [] })]);
  t.same(await repo.articlesByMonth({}), [{ month: '2023-05', articles: 1 }, { month: '2024-10', articles: 2 }]);
  t.same(await repo.articlesByMonth({ published_from: '2024-01-01' }), [{ month: '2024-10', articles: 2 }]);
  t.same(await repo.mentionsByMonth({}), [
    { month: '2024-10', articles: 2, mentions: 2 },
    { month: '2024-11', articles: 1, mentions: 1 },
    { month: '2025-03', articles: 1, mentions: 1 },
  ], 'days and months count; the year 2026 does not');
  t.same(await repo.mentionsByMonth({ mentions_date_from: '2024-11-01' }), [
    { month: '2024-11', articles: 1, mentions: 1 },
    { month: '2025-03', articles: 1, mentions: 1 },
  ]);
  const top = await repo.topEntities({ types: ['place', 'person'], limit: 2 });
  t.same(top.map((g) => g.type), ['place', 'person']);
  t.same(top[0]!.entities.map((e) => [e.name, e.articles]), [['Lisbon', 3], ['Porto', 1]]);
  t.same(top[1]!.entities.map((e) => [e.name, e.articles, e.mentions]), [['Jane Doe', 2, 4], ['Omar Haddad', 2, 2]]);
  const recent = await repo.topEntities({ types: ['place'], limit: 5, published_from: '2024-10-24' });
  t.same(recent[0]!.entities.map((e) => [e.name, e.articles]), [['Lisbon', 1], ['Porto', 1]], 'ties: older entity first');
});

t.test('settings persist', async (t) => {
  const repo = open(t);
  t.equal(await repo.getSetting('x'), null);
  await repo.setSetting('x', '1');
  await repo.setSetting('x', '2');
  t.equal(await repo.getSetting('x'), '2');
});
