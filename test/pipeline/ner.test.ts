import { readFileSync } from 'node:fs';
import t from 'tap';
import { readWikinews } from '../../scripts/lib/wikinews.ts';
import { prepare } from '../../src/ingest/prepare.ts';
import { annotate, defaultStages, run } from '../../src/pipeline/index.ts';
import { NerModel } from '../../src/pipeline/models/ner/model.ts';
import { entitiesStage } from '../../src/pipeline/stages/entities.ts';
import { createNerStage, nerStage } from '../../src/pipeline/stages/ner.ts';
import { tokensStage } from '../../src/pipeline/stages/tokens.ts';
import { parseConll } from '../../src/pipeline/models/ner/conll.ts';
import { SpanCounter } from '../../src/pipeline/models/ner/conlleval.ts';
import { bilouToSpans, iobToSpans, spansToBilou, spansToIob1 } from '../../src/pipeline/models/ner/tags.ts';
import type { Doc, EntityType } from '../../src/pipeline/types.ts';

const SEED = new URL('../../../shared/seed/jpost-netanyahu-blinken.txt', import.meta.url);

// Name mentions only: the coreference stage adds pronouns and descriptions ("it", "the company") as mentions too.
const names = (doc: Doc, type: EntityType) => doc.mentions.filter((m) => m.type === type && m.kind === 'name').map((m) => m.text);
const annotated = (body: string, title?: string) => annotate({ body, title: title ?? null });

t.test('conlleval counting: IOB1 chunks, exact-match spans', async (t) => {
  // Hand-written example. Gold: [Maria Lopez]PER flew from [Lisbon]LOC [Porto]LOC ... [Acme Freight]ORG [Oslo]LOC
  const text = `-DOCSTART- -X- O O

Maria x x I-PER
Lopez x x I-PER
flew x x O
from x x O
Lisbon x x I-LOC
Porto x x B-LOC
with x x O
Acme x x I-ORG
Freight x x I-ORG
to x x O
Oslo x x I-LOC
. x x O
`;
  const [doc] = parseConll(text);
  const sentence = doc![0]!;
  t.same(sentence.spans, [
    { start: 0, end: 2, label: 'PER' },
    { start: 4, end: 5, label: 'LOC' },
    { start: 5, end: 6, label: 'LOC' }, // B- starts a new chunk of the same type
    { start: 7, end: 9, label: 'ORG' },
    { start: 10, end: 11, label: 'LOC' },
  ]);
  const predicted = iobToSpans(['I-PER', 'I-PER', 'O', 'O', 'I-LOC', 'I-LOC', 'O', 'I-ORG', 'I-LOC', 'O', 'I-LOC', 'O']);
  t.same(predicted, [
    { start: 0, end: 2, label: 'PER' },
    { start: 4, end: 6, label: 'LOC' }, // "Lisbon Porto" merged
    { start: 7, end: 8, label: 'ORG' }, // I-LOC after I-ORG starts a new chunk
    { start: 8, end: 9, label: 'LOC' },
    { start: 10, end: 11, label: 'LOC' },
  ]);
  const counter = new SpanCounter();
  counter.add(sentence.spans, predicted);
  t.same(counter.counts(['PER', 'ORG', 'LOC']), { gold: 5, predicted: 5, correct: 2 });
  t.same(counter.score(['PER', 'ORG', 'LOC']), { precision: 40, recall: 40, f1: 40 });
  t.same(counter.score(['PER']), { precision: 100, recall: 100, f1: 100 });
  t.same(counter.score(['ORG']), { precision: 0, recall: 0, f1: 0 });
  t.same(counter.score(['MISC']), { precision: 0, recall: 0, f1: 0 });
});

t.test('tag conversions round-trip', async (t) => {
  const spans = [
    { start: 0, end: 2, label: 'PER' as const },
    { start: 2, end: 3, label: 'PER' as const },
    { start: 4, end: 7, label: 'ORG' as const },
  ];
  t.same(bilouToSpans(spansToBilou(8, spans)), spans);
  t.same(spansToIob1(8, spans), ['I-PER', 'I-PER', 'B-PER', 'O', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
  t.same(iobToSpans(spansToIob1(8, spans)), spans);
});

t.test('the seed article: people, organizations and places, grouped', async (t) => {
  const { doc } = prepare('text', readFileSync(SEED, 'utf8'));
  t.same(doc.mentions.filter((m) => doc.body.slice(m.start, m.end) !== m.text), [], 'offsets into the body');
  const entity = (type: EntityType, name: string) => doc.entities.find((e) => e.type === type && e.name === name);
  const netanyahu = entity('person', 'Benjamin Netanyahu');
  t.ok(netanyahu, 'Benjamin Netanyahu is a person');
  t.ok(netanyahu!.mentions.filter((m) => m.text === 'Netanyahu').length >= 4, 'with his short-name mentions');
  t.ok(entity('person', 'Antony Blinken'), 'Antony Blinken');
  t.ok(entity('person', 'Karine Jean-Pierre'), 'Karine Jean-Pierre, hyphenated');
  t.ok(entity('person', 'Yoav Gallant'), 'Yoav Gallant');
  t.ok(entity('person', 'Amos Hochstein'), 'Amos Hochstein');
  const us = entity('place', 'United States');
  t.ok(us, 'the United States');
  t.ok(us!.mentions.some((m) => m.text === 'US') && us!.mentions.some((m) => m.text === 'United States'), 'US and United States are one place');
  for (const place of ['Israel', 'Iran', 'Lebanon', 'Jerusalem', 'Caesarea', 'Tehran']) t.ok(entity('place', place), `${place} is a place`);
  for (const org of ['IDF', 'Islamic Revolutionary Guards Corps']) t.ok(entity('organization', org), `${org} is an organization`);
  // Typed by what the article says around it ("Hezbollah leader", "Hezbollah forces", "strikes against Hezbollah").
  const hezbollah = entity('organization', 'Hezbollah');
  t.ok(hezbollah && hezbollah.mentions.length >= 8, 'Hezbollah is an organization in (nearly) all its mentions');
  t.notOk(entity('place', 'Hezbollah'), 'Hezbollah is not a place');
  const pmo = doc.entities.find((e) => e.type === 'organization' && /^Prime Minister['’]s Office$/.test(e.name));
  t.ok(pmo && pmo.mentions.some((m) => m.text === 'PMO'), "the Prime Minister's Office and the PMO are one organization");
  const council = entity('organization', 'United Nations Security Council');
  t.ok(council && council.mentions.some((m) => m.text === 'UN Security Council'), 'the UN Security Council is the United Nations Security Council');
  // One name, one type: every entity name appears under one type only.
  const types = new Map<string, Set<string>>();
  for (const e of doc.entities) types.set(e.name, (types.get(e.name) ?? new Set()).add(e.type));
  t.same([...types].filter(([, s]) => s.size > 1), [], 'no name split across types');
  t.notOk(doc.mentions.some((m) => /['’]s$/.test(m.text)), 'no mention keeps a possessive ending');
  t.notOk(doc.mentions.some((m) => m.type === 'person' && /^(?:Israel|Iran|Hezbollah)$/.test(m.text)), 'no place or group taken for a person');
});

t.test('Wikinews articles: valid mentions, names of every type', async (t) => {
  const articles = readWikinews().slice(0, 40);
  t.equal(articles.length, 40);
  const counts = { person: 0, organization: 0, place: 0 };
  for (const a of articles) {
    const doc = annotated(a.text, a.title);
    t.same(doc.mentions.filter((m) => doc.body.slice(m.start, m.end) !== m.text), [], `offsets in ${a.title}`);
    for (const m of doc.mentions) counts[m.type]++;
    t.notOk(doc.mentions.some((m) => m.kind === 'name' && /^(?:The|He|She|It|They|On|In)$/.test(m.text)), `no function words as names in ${a.title}`);
  }
  for (const type of ['person', 'organization', 'place'] as const) t.ok(counts[type] > 40, `${type}: ${counts[type]} mentions`);
  const withDateline = readWikinews().find((a) => a.text.includes('Magnitogorsk'));
  t.ok(withDateline, 'the Magnitogorsk article is in the corpus');
  const doc = annotated(withDateline!.text, withDateline!.title);
  t.ok(names(doc, 'place').includes('Magnitogorsk'), 'Magnitogorsk is a place');
  t.ok(names(doc, 'place').includes('Russia'), 'Russia is a place');
});

t.test('possessives, curly quotes and hyphenated names', async (t) => {
  for (const apostrophe of ["'", '’']) {
    const doc = annotated(`Angela Merkel${apostrophe}s government met in Berlin. Merkel${apostrophe}s spokesman said the talks with Microsoft went well.`);
    t.same(names(doc, 'person'), ['Angela Merkel', 'Merkel'], `persons with ${apostrophe}`);
    t.same(names(doc, 'place'), ['Berlin']);
    t.same(names(doc, 'organization'), ['Microsoft']);
  }
  const quoted = annotated('“We will not give up,” said Jean-Luc Dupont, the mayor of Saint-Étienne, on Monday.');
  t.same(names(quoted, 'person'), ['Jean-Luc Dupont']);
  t.same(names(quoted, 'place'), ['Saint-Étienne']);
});

t.test('multi-word organizations', async (t) => {
  const doc = annotated('A spokesman for the U.S. State Department said the European Commission had not replied. The Bank of England kept rates on hold.');
  t.same(names(doc, 'organization'), ['U.S. State Department', 'European Commission', 'Bank of England']);
  for (const apostrophe of ["'", '’']) {
    const office = annotated(`“We have not decided,” the Prime Minister${apostrophe}s Office said, while Canada${apostrophe}s Defence Ministry declined to comment.`);
    t.same(names(office, 'organization'), [`Prime Minister${apostrophe}s Office`, 'Defence Ministry'], `offices with ${apostrophe}`);
    t.same(names(office, 'place'), ['Canada']);
  }
});

t.test('a name used attributively keeps the type it has elsewhere in the article', async (t) => {
  const doc = annotated('Hamas fighters crossed the border at dawn. Israel said it would strike Hamas in Gaza.');
  t.same(names(doc, 'organization'), ['Hamas', 'Hamas']);
});

t.test('headlines in capitals and in sentence case', async (t) => {
  const caps = annotated('Angela Merkel said on Monday that Germany faced a downturn. Merkel spoke in Berlin.', 'MERKEL WARNS OF RECESSION IN GERMANY');
  t.same(names(caps, 'person'), ['Angela Merkel', 'Merkel']);
  t.same(names(caps, 'place'), ['Germany', 'Berlin']);
  const capsBody = annotated('SOCCER - BARCELONA BEAT REAL MADRID IN SPAIN\n\nBarcelona beat Real Madrid 2-1 on Sunday.');
  t.ok(names(capsBody, 'organization').includes('BARCELONA'), 'club in a capitals headline');
  t.ok(names(capsBody, 'place').includes('SPAIN'), 'country in a capitals headline');
  const story = 'Angela Merkel said on Monday that Germany faced a downturn. Merkel spoke in Berlin after talks with the European Commission.';
  for (const headline of ['merkel warns of recession in germany', 'Merkel Warns Of Recession In Germany', 'MERKEL WARNS OF RECESSION IN GERMANY']) {
    const doc = annotated(`${headline}\n\n${story}`);
    const first = doc.mentions.filter((m) => m.end <= headline.length).map((m) => `${m.text}/${m.type}`);
    t.same(first, [`${headline.slice(0, 6)}/person`, `${headline.slice(-7)}/place`], `headline: ${headline}`);
  }
  const sentenceCase = annotated('Storm leaves thousands without power in Florida\n\nA storm hit Florida on Tuesday.');
  t.same(names(sentenceCase, 'place'), ['Florida', 'Florida']);
});

t.test('the stage: swappable, English only, empty bodies', async (t) => {
  const model = NerModel.load();
  const stage = createNerStage(model);
  t.equal(stage.name, 'ner');
  t.same(stage.languages, ['en']);
  t.ok(defaultStages.includes(nerStage), 'in the default pipeline');
  t.ok(defaultStages.indexOf(nerStage) > defaultStages.indexOf(tokensStage) && defaultStages.indexOf(nerStage) < defaultStages.indexOf(entitiesStage));
  const doc = run([tokensStage, stage], { body: 'Angela Merkel visited Paris.' });
  t.same(doc.mentions.map((m) => [m.text, m.type, m.kind, m.entity_id]), [
    ['Angela Merkel', 'person', 'name', null],
    ['Paris', 'place', 'name', null],
  ]);
  t.same(run([tokensStage, stage], { body: '' }).mentions, []);
  const german = run([tokensStage, stage], { body: 'Angela Merkel besuchte Paris.', language: 'de' });
  t.same(german.mentions, []);
  t.same(german.annotations_skipped, ['ner: language de']);
});

t.test('an unknown group is typed by the words around all its mentions', async (t) => {
  // "Zarvenko" is in no gazetteer; what the article says around it marks it as an organization.
  const doc = annotated(
    'Zarvenko fighters fired rockets across the border on Monday. Zarvenko leader Omar Haddad said the group would not stop. ' +
      'The army said it had struck Zarvenko positions near the river. Talks between the government and Zarvenko broke down in May.',
  );
  t.same(names(doc, 'organization'), ['Zarvenko', 'Zarvenko', 'Zarvenko', 'Zarvenko']);
  t.same(names(doc, 'person'), ['Omar Haddad']);
});

t.test('organizations of today: companies and news outlets', async (t) => {
  const companies = annotated('Netflix added subscribers, the company said, while Spotify and Uber reported losses.');
  t.same(names(companies, 'organization'), ['Netflix', 'Spotify', 'Uber']);
  const media = annotated('The BBC and CNN carried the speech live, and Al Jazeera reported it too.');
  t.same(names(media, 'organization'), ['BBC', 'CNN', 'Al Jazeera']);
  t.same(names(media, 'person'), [], 'no outlet taken for a person');
  const maker = annotated('Airbus cut its forecast on Tuesday. Shares of Airbus fell 3 percent after the announcement.');
  t.same(names(maker, 'organization'), ['Airbus', 'Airbus'], 'a company whose name 1996 newswire used for its aircraft');
});

t.test('lexicon: organization lists beside the place and person lists', async (t) => {
  const lexicon = NerModel.load().lexicon;
  for (const name of ['organization', 'organization-known', 'organization-brand', 'organization-company-word', 'person-first', 'place-city']) {
    t.ok(lexicon.gazetteerNames.includes(name), name);
  }
  const matched = (words: string[]) => lexicon.match(words.map((w) => w.toLowerCase())).map((m) => `${words.slice(m.start, m.end).join(' ')}:${lexicon.gazetteerNames[m.gazetteer]}`);
  t.ok(matched(['Al', 'Jazeera', 'reported']).includes('Al Jazeera:organization-known'));
  t.notOk(matched(['a', 'box', 'of', 'books']).some((m) => m.includes('organization')), 'no one-word brand that is an English word');
});

t.test('titles and sentence-initial common words are not names', async (t) => {
  const titles = annotated('Senator Maren Oduya met Queen Elizabeth II in London. The Secretary of State was not there.');
  t.same(names(titles, 'person'), ['Maren Oduya', 'Elizabeth II']);
  t.same(names(titles, 'organization'), [], 'an office is no organization');
  const story = annotated('Story 8 begins here with a report from the port.\n\nIt ends with the last line of story 8.');
  t.same(story.mentions, [], 'a capitalised common word written in lower case elsewhere');
});

t.test('a name inside a hyphenated modifier is a mention of the name only', async (t) => {
  const doc = annotated(
    'DENVER — A Denver-based developer said on Tuesday it would build 300 homes, with money from a New York-based lender. ' +
      'Cloud-based tools are no place.\n\nThe PUK-run radio said the Patriotic Union of Kurdistan (PUK) had won the vote in Sulaimaniya.',
  );
  const compound = doc.mentions.filter((m) => /^-\p{L}/u.test(doc.body.slice(m.end, m.end + 2)));
  t.same(compound.map((m) => `${m.text}:${m.type}`), ['Denver:place', 'New York:place', 'PUK:organization']);
  for (const m of compound) t.equal(doc.body.slice(m.start, m.end), m.text);
  const denver = doc.entities.find((e) => e.name === 'Denver')!;
  t.same(denver.mentions.map((m) => m.text), ['DENVER', 'Denver'], 'one place with the dateline; "it" (the developer) is neither');
  const radio = doc.quotes.find((q) => q.text.startsWith('the Patriotic Union'))!;
  t.equal(radio.speaker?.name, 'The PUK-run radio', 'the modifier does not speak');
  const builder = annotated('"We are excited," said Maria Lopez, the chief executive of Harlan Homes.');
  t.same(names(builder, 'organization'), ['Harlan Homes'], 'a builder named "Homes" is a company');
});

t.test('landforms, waters and protected lands are places; storms are no entity', async (t) => {
  const doc = annotated(
    'Searchers combed the Presidential Range near Mount Madison and Mount Adams on Sunday, while the Mount Washington Observatory reported winds of 80 mph. ' +
      'The Deschutes National Forest was closed. Residents of Keaton Beach fled, and oil fouled the Niger Delta.',
  );
  t.same(names(doc, 'place'), ['Presidential Range', 'Mount Madison', 'Mount Adams', 'Deschutes National Forest', 'Keaton Beach', 'Niger Delta']);
  t.same(names(doc, 'organization'), ['Mount Washington Observatory']);
  const storm = annotated('Typhoon Phanfone made landfall on Tuesday, killing at least 20.\n\nPhanfone hit Boracay and Coron. It also blocked roads.');
  t.notOk(storm.mentions.some((m) => /Phanfone/.test(m.text)), 'no storm');
  t.notOk(storm.mentions.some((m) => m.kind === 'pronoun'), '"It" is the storm, not the island after it');
});

t.test('a name set beside a business or a group is an organization', async (t) => {
  const doc = annotated('Panadería Delgado, the bakery she opened in 1985, closed on Sunday.');
  t.same(names(doc, 'organization'), ['Panadería Delgado']);
  const person = annotated('Engineer Eric Bodenstab, the party\'s 2018 nominee, was picked. In Randolph, New Hampshire, United States, a truck and a group of motorcycles collided.');
  t.notOk(person.mentions.some((m) => m.type === 'organization' && /Bodenstab|United States/.test(m.text)), 'not a nominee of a party, nor the last of a list of places');
});

t.test('"Secretary of Agriculture Jolene Marsh": the person is the name after the office\'s complement', async (t) => {
  const doc = annotated('Kansas Secretary of Agriculture Jolene Marsh told the Associated Press that the state would apply for aid. First Minister of Scotland Nicola Sturgeon agreed.');
  t.same(names(doc, 'person'), ['Jolene Marsh', 'Nicola Sturgeon']);
});

t.test('news agencies by their short names; a plural common noun after a dateline is no name', async (t) => {
  const doc = annotated('LISBON (AFP) — Buses stopped on Thursday.\n\n"We have no choice," union leader Rui Costa told AFP. Rogers said the shares would be convertible.');
  t.same(names(doc, 'organization'), ['AFP', 'AFP']);
  t.notOk(doc.mentions.some((m) => m.text === 'Buses'));
  t.ok(doc.mentions.some((m) => m.text === 'Rogers'), 'a known surname stays');
});

t.test('an article is no part of a name ("A Treasury spokesperson")', async (t) => {
  const doc = annotated('A Treasury spokesperson said the government would respond on Monday.');
  t.same(names(doc, 'organization'), ['Treasury']);
});

t.test('a one-word name the lexicon knows only as an organization is one', async (t) => {
  const doc = annotated('The order required Google to identify every phone near the scene, and Walmart said it would comply.');
  t.ok(names(doc, 'organization').includes('Google'));
  t.notOk(doc.mentions.some((m) => m.text === 'Google' && m.type !== 'organization'));
  const account = annotated('An official government Twitter account made the following announcement: "Schools will close on Monday."');
  t.equal(account.quotes[0]?.speaker?.entity_id ?? null, null, 'the platform of an account does not speak');
});

t.test('a title alone is a description, not a name: "The Governor" refers to the governor named before', async (t) => {
  const doc = annotate({ body: 'President Joe Biden met Governor Gavin Newsom on Monday. The President said the state would get aid. The Governor thanked the crowd.' });
  t.notOk(doc.entities.some((e) => e.name === 'Governor' || e.name === 'President'));
  const newsom = doc.entities.find((e) => e.name === 'Gavin Newsom');
  t.ok(doc.mentions.some((m) => m.text === 'The Governor' && m.entity_id === newsom?.id));
});

t.test('county and municipal offices and abbreviated ranks are titles, not names or organizations', async (t) => {
  const doc = annotate({
    body: 'HAMILTON — Coun. Tessa Morrow said the force must change. Const. Derek Lawson was placed on leave.\n\nCounty Clerk Janelle Brooks said every ballot counts. Voters have until Nov. 11 to fix them, she said. Renee Castellano won the seat. In 2014 Hawkins ran for Sheriff of Milwaukee County as an independent.',
    published: '2026-11-05',
  });
  const names = doc.entities.map((e) => `${e.type}:${e.name}`);
  t.ok(names.includes('person:Tessa Morrow') && names.includes('person:Derek Lawson') && names.includes('person:Janelle Brooks'), names.join(', '));
  t.ok(names.includes('place:Milwaukee County'), names.join(', '));
  t.notOk(names.some((n) => /Coun|Const|County$|Sheriff/.test(n) && n !== 'place:Milwaukee County'), names.join(', '));
  const q = doc.quotes.find((x) => x.text.startsWith('Voters have until'));
  t.equal(q?.speaker?.name, 'Janelle Brooks');
});

t.test('a county and a stadium are places, a club in a table of scores stays a club', async (t) => {
  const doc = annotate({ body: 'Turnout in Larimer County rose sharply. The final will be played at Aviva Stadium in Dublin.' });
  const names = doc.entities.map((e) => `${e.type}:${e.name}`);
  t.ok(names.includes('place:Larimer County') && names.includes('place:Aviva Stadium'), names.join(', '));
});

t.test('a one-word name right after the noun for a business or a group is that body, throughout the article', async (t) => {
  const doc = annotate({ body: 'Dublin-based payments start-up Paylinq has raised 40 million euros. Paylinq plans to hire. Kieran Doyle of the shopworkers\' union Usdaw spoke. Usdaw said members were angry. Open source game developer Perttu Ahola talked about his game.' });
  const names = doc.entities.map((e) => `${e.type}:${e.name}`);
  t.ok(names.includes('organization:Paylinq') && names.includes('organization:Usdaw') && names.includes('person:Perttu Ahola'), names.join(', '));
});

t.test('special districts are bodies with their place; a portfolio before an office is part of the title', async (t) => {
  const doc = annotate({ body: 'The Boise School District said phones would be banned. Poudre School District officials agreed. The Thompson-Nicola Regional District issued an evacuation order. Students in the Lake District went hiking. Federal Transport Minister Ben Rowley urged both sides to talk. Labour MP Tom Watson spoke.' });
  const names = doc.entities.map((e) => `${e.type}:${e.name}`);
  for (const n of ['organization:Boise School District', 'organization:Poudre School District', 'organization:Thompson-Nicola Regional District', 'place:Lake District', 'person:Ben Rowley', 'organization:Labour']) t.ok(names.includes(n), `${n} in ${names.join(', ')}`);
  t.notOk(names.some((n) => n.includes('Federal Transport')), names.join(', '));
});

t.test('post-nominal ranks and honours are no part of a name and no name of their own', async (t) => {
  const doc = annotate({ body: 'Defence barrister Rebecca Stone KC said her client was kept in the dark. Stone said outside court that they would appeal. Sir John Major OBE attended.' });
  const names = doc.entities.map((e) => `${e.type}:${e.name}`);
  t.ok(names.includes('person:Rebecca Stone') && names.includes('person:John Major'), names.join(', '));
  t.notOk(names.some((n) => /KC|OBE/.test(n)), names.join(', '));
  t.equal(doc.entities.filter((e) => e.name.includes('Stone')).length, 1, 'the surname alone is the same person');
});

t.test('a one-word name followed by ", which" is a body, in all its mentions', async (t) => {
  const doc = annotate({ body: 'More than 400 Jetstar pilots will stop work. Jetstar, which is owned by the Qantas Group, said customers would be offered refunds. "The bar is high," said Helen Tran, a professor of law. "A one-day strike has not usually met it," she said.' });
  const names = doc.entities.map((e) => `${e.type}:${e.name}`);
  t.ok(names.includes('organization:Jetstar'), names.join(', '));
  t.equal(doc.entities.find((e) => e.id === doc.quotes.find((q) => q.text.startsWith('A one-day'))?.speaker?.entity_id)?.name, 'Helen Tran');
});

t.test('abbreviations of things, a holiday\'s possessive and a role word opening the sentence are no names; a portfolio word before "Minister" is part of the title; a body\'s name goes on over "for"', async (t) => {
  const doc = annotate({
    body: 'The ruling came late on Monday. Several states have passed their own AI safety laws, and the MMR vaccine is free. The launch window opens at 04:17 UTC. Schools close for the All Saints’ holiday. Owner Northgate Solar Partners said the farm was safe. Defence Minister Ilse Brandt said the talks had failed. The Court of Arbitration for Sport ruled against the sprinter.',
    published: '2026-03-12',
  });
  const names = doc.entities.map((e) => `${e.type}:${e.name}`);
  for (const n of ['AI', 'MMR', 'UTC', 'All Saints', 'Defence']) t.notOk(names.some((x) => x.endsWith(`:${n}`)), `${n}: ${names.join(', ')}`);
  t.ok(names.includes('organization:Northgate Solar Partners'), names.join(', '));
  t.ok(names.includes('person:Ilse Brandt'), names.join(', '));
  t.ok(names.includes('organization:Court of Arbitration for Sport'), names.join(', '));
});

t.test('a body named after its members goes on over "of" and its place ("Communications Workers of America")', async (t) => {
  const doc = annotate({ body: 'The strike began on Monday. The Brotherhood of Railway Workers of Canada said the offer was an insult. The Independent Toy Manufacturers of America called the tariff a disaster.' });
  const names = doc.entities.map((e) => `${e.type}:${e.name}`);
  t.ok(names.includes('organization:Independent Toy Manufacturers of America'), names.join(', '));
  t.notOk(names.some((n) => n === 'place:America'), names.join(', '));
});

t.test('an acronym of a body the article names is that body; "Minister for Health" and "Ald." are titles', async (t) => {
  const doc = annotate({
    body: 'Delegates at the Pacific Tuna Fisheries Council met on Friday. A PTFC spokesperson said talks would resume in March. The report came out on Monday. Minister for Housing Siobhán Roche told the Dáil the scheme would open. Ald. Pete Warsaw said the vote was wrong.',
    published: '2026-03-12',
  });
  const speaker = (p: string) => doc.entities.find((e) => e.id === doc.quotes.find((q) => q.text.includes(p))?.speaker?.entity_id)?.name;
  t.equal(speaker('talks would resume'), 'Pacific Tuna Fisheries Council');
  t.equal(speaker('scheme would open'), 'Siobhán Roche');
  const names = doc.entities.map((e) => `${e.type}:${e.name}`);
  t.notOk(names.some((n) => /:Ald$|Housing Siobhán/.test(n)), names.join(', '));
  const unit = annotate({ body: 'The board met on Monday. A spokeswoman for HSE Midlands and North West said the ward would reopen.' });
  t.notOk(unit.entities.some((e) => e.type === 'person'), unit.entities.map((e) => `${e.type}:${e.name}`).join(', '));
  const who = annotate({ body: 'Talks at the World Health Organization on vaccine sharing ended without a deal. A WHO spokesperson said the talks would resume in May.' });
  t.equal(who.entities.find((e) => e.id === who.quotes.find((q) => q.text.includes('resume in May'))?.speaker?.entity_id)?.name, 'World Health Organization');
});

t.test('a union local goes by its number', async (t) => {
  const doc = annotate({ body: 'The strike began on Monday. Teamsters Local 727 said its drivers would walk out. The Canadian Union of Public Employees Local 88 said it backed them.' });
  const names = doc.entities.map((e) => e.name);
  t.ok(names.includes('Teamsters Local 727') && names.includes('Canadian Union of Public Employees Local 88'), names.join(', '));
});

t.test("a place named after a saint is one name over the saint's possessive; a saint's day is no name", async (t) => {
  const doc = annotate({
    body: "Ambulances were diverted on Monday. Patients were moved to St Brigid's General Hospital in Carlow, and pupils of Saint Oran's College were sent home. Crowds left St Fintan's Cathedral before the St Fintan's Day procession. Shops opened late after St. Brennock's Day and Valentine's Day, but Ms Kerr's Day One plan stood.",
    published: '2026-03-12',
  });
  const names = doc.entities.map((e) => `${e.type}:${e.name}`);
  for (const n of ["place:St Brigid's General Hospital", "organization:Saint Oran's College", "place:St Fintan's Cathedral", 'place:Carlow']) t.ok(names.includes(n), `${n}: ${names.join(', ')}`);
  for (const n of ['St Brigid', 'General Hospital', 'St Fintan', 'Brennock', 'Valentine']) t.notOk(names.some((x) => x.endsWith(`:${n}`)), `${n}: ${names.join(', ')}`);
  t.ok(names.some((x) => x.endsWith(':Kerr')), `"Day One" is no holiday: ${names.join(', ')}`);
});

t.test('two bodies joined by "and" are two names where the article names each alone', async (t) => {
  const doc = annotate({ body: 'A court ruled on Monday. The ruling applies to both Apple and Google, which run the two largest app stores. Google said it would appeal. Apple declined to comment.', published: '2026-03-12' });
  const names = doc.entities.map((e) => `${e.type}:${e.name}`);
  t.notOk(names.some((n) => n.includes(' and ')), names.join(', '));
  t.ok(names.includes('organization:Apple') && names.includes('organization:Google'), names.join(', '));
});

t.test('initials with the small words in lower case name the body the article names in full ("DfT", "MoD")', async (t) => {
  const doc = annotate({ body: 'The Department for Transport confirmed on Wednesday that the grant will fall. A DfT spokesperson said details would follow in the spring. The Ministry of Defence said it had no comment. The MoD said later it would review the case.', published: '2026-03-12' });
  const groups = doc.entities.map((e) => `${e.name}: ${doc.mentions.filter((m) => m.entity_id === e.id && m.kind === 'name').map((m) => m.text).join('|')}`);
  t.ok(groups.includes('Department for Transport: Department for Transport|DfT'), groups.join('\n'));
  t.ok(groups.includes('Ministry of Defence: Ministry of Defence|MoD'), groups.join('\n'));
  t.equal(doc.entities.find((e) => e.id === doc.quotes.find((q) => q.text.includes('details'))?.speaker?.entity_id)?.name, 'Department for Transport');
});
