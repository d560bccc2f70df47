import t from 'tap';
import type { Test } from 'tap';
import { entityCodes, quoteKind, speakerOf } from '../../src/pipeline/models/quotes/attribution.ts';
import { annotate } from '../../src/pipeline/index.ts';
import { findQuotations } from '../../src/pipeline/models/quotes/quotations.ts';
import { createDoc } from '../../src/pipeline/run.ts';
import { corefStage } from '../../src/pipeline/stages/coref.ts';
import { quotesStage } from '../../src/pipeline/stages/quotes.ts';
import { splitSentences } from '../../src/pipeline/stages/tokens.ts';
import type { Doc, Quote } from '../../src/pipeline/types.ts';
import { bundledArticle, docWithNames } from './quote-helpers.ts';

function quotesOf(doc: Doc): Quote[] {
  corefStage.run(doc);
  quotesStage.run(doc);
  for (const q of doc.quotes) {
    if (doc.body.slice(q.start, q.end) !== q.text) throw new Error(`bad offsets for ${q.text}`);
    if (q.cue && doc.body.slice(q.cue.start, q.cue.end) !== q.cue.text) throw new Error(`bad cue offsets for ${q.cue.text}`);
  }
  return doc.quotes;
}

const entityName = (doc: Doc, q: Quote | undefined): string | null =>
  q?.speaker?.entity_id ? doc.entities.find((e) => e.id === q.speaker!.entity_id)!.name : null;

/** The speaker entity's name of the quote whose text holds `text`. */
const speakerEntity = (doc: Doc, text: string): string | null => entityName(doc, doc.quotes.find((q) => q.text.includes(text)));

t.test('direct quote with the speaker after it', async (t) => {
  const doc = docWithNames('“The harbour will reopen next spring once the repairs are finished,” Maria Lindqvist said on Monday.', { 'Maria Lindqvist': 'person' });
  const [q, ...rest] = quotesOf(doc);
  t.equal(rest.length, 0);
  t.equal(q?.kind, 'direct');
  t.equal(q?.text, 'The harbour will reopen next spring once the repairs are finished');
  t.equal(q?.cue?.text, 'said');
  t.equal(q?.speaker?.name, 'Maria Lindqvist');
  t.equal(doc.body.slice(q!.speaker!.start!, q!.speaker!.end!), 'Maria Lindqvist');
});

t.test('direct quote with the verb before the speaker, straight quotation marks', async (t) => {
  const doc = docWithNames('"We have asked the council for more time and we expect an answer soon," said Tomas Berger, the union leader.', { 'Tomas Berger': 'person' });
  const q = quotesOf(doc).find((x) => x.kind === 'direct');
  t.ok(q, 'a direct quote');
  t.equal(q?.text, 'We have asked the council for more time and we expect an answer soon');
  t.equal(entityName(doc, q), 'Tomas Berger');
});

t.test('partial quote: a quoted fragment inside reported speech', async (t) => {
  const doc = docWithNames('The minister “strongly rejected the proposal to close the northern clinics,” Anna Kowalski told reporters.', { 'Anna Kowalski': 'person' });
  const q = quotesOf(doc)[0];
  t.equal(q?.kind, 'partial');
  t.match(q?.text ?? '', /^The minister “strongly rejected/);
  t.equal(entityName(doc, q), 'Anna Kowalski');
});

t.test('indirect speech with "told … that"', async (t) => {
  const doc = docWithNames('Mayor Paolo Ricci told local radio that the bridge would stay closed until the inspection was complete.', { 'Paolo Ricci': 'person' });
  const q = quotesOf(doc)[0];
  t.equal(q?.kind, 'indirect');
  t.match(q?.text ?? '', /the bridge would stay closed until the inspection was complete$/);
  t.match(q?.cue?.text ?? '', /^told/);
  t.equal(entityName(doc, q), 'Paolo Ricci');
});

t.test('"according to" attribution', async (t) => {
  const doc = docWithNames('According to the Northfield Water Board, the reservoir is at its lowest level in thirty years.', { 'Northfield Water Board': 'organization' });
  const q = quotesOf(doc)[0];
  t.equal(q?.kind, 'indirect');
  t.match(q?.cue?.text ?? '', /^According to/);
  t.match(q?.text ?? '', /the reservoir is at its lowest level in thirty years/);
  t.equal(entityName(doc, q), 'Northfield Water Board');
});

t.test('pronoun speakers resolve to the person the pronoun refers to', async (t) => {
  const body = [
    'Health Minister Sofia Marquez met the hospital directors in Lisbon on Tuesday.',
    '“Nobody will lose their job because of this reform,” she said.',
    'Opposition leader Daniel Okafor criticised the plan.',
    '“This reform was written in a hurry and the patients will pay for it,” he said.',
  ].join('\n\n');
  const doc = docWithNames(body, { 'Sofia Marquez': 'person', 'Daniel Okafor': 'person' });
  const quotes = quotesOf(doc).filter((q) => q.kind === 'direct');
  t.equal(quotes.length, 2);
  t.equal(entityName(doc, quotes[0]), 'Sofia Marquez');
  t.equal(doc.body.slice(quotes[0]!.speaker!.start!, quotes[0]!.speaker!.end!), 'she');
  t.equal(entityName(doc, quotes[1]), 'Daniel Okafor');
  // The coreference stage added the pronouns to the entities' mentions.
  const sofia = doc.entities.find((e) => e.name === 'Sofia Marquez')!;
  t.ok(sofia.mentions.some((m) => m.kind === 'pronoun' && m.text === 'she'));
});

t.test('a quotation running over two paragraphs is one direct quote', async (t) => {
  const body = [
    'Coach Lena Hoffmann was pleased with the result.',
    '“We defended well for ninety minutes and the young players showed real courage.',
    '“Next week will be much harder, but this team is ready for it,” Hoffmann said.',
  ].join('\n\n');
  const doc = docWithNames(body, { 'Lena Hoffmann': 'person', Hoffmann: 'person' });
  const quotes = quotesOf(doc).filter((q) => q.kind === 'direct');
  t.equal(quotes.length, 1);
  t.match(quotes[0]!.text, /^We defended well[\s\S]*this team is ready for it$/);
  t.ok(quotes[0]!.text.includes('\n\n'), 'spans the paragraph break');
  t.equal(entityName(doc, quotes[0]), 'Lena Hoffmann');
});

t.test('a quotation that opens after a quote of the same speaker and runs on into the next paragraph is theirs, whole', async (t) => {
  for (const [open, close] of [['"', '"'], ['“', '”']]) {
    const body = [
      'The city council approved the budget on Monday after a long debate.',
      `${open}We have worked for months on this plan and it shows,${close} Mayor Anna Lopez said after the vote. ${open}Every district gets more money for schools.`,
      `${open}Nobody thought we could do it without raising taxes. We did.${close}`,
    ].join('\n\n');
    const doc = docWithNames(body, { 'Anna Lopez': 'person' });
    const q = quotesOf(doc).find((x) => x.text.includes('Every district'));
    t.equal(q?.kind, 'direct', `${open}…${close}`);
    t.match(q?.text, /^Every district[\s\S]*We did\.$/, 'both paragraphs');
    t.equal(entityName(doc, q), 'Anna Lopez');
  }
});

/** A British story quoting with single marks `open` and `close`, and `apostrophe` in its words: the same checks for curly and straight marks. */
function britishSingleMarks(t: Test, open: string, close: string, apostrophe: string): void {
  const [o, c, a] = [open, close, apostrophe];
  const body = [
    `Mary Jones, 82, fell at her home in Leeds on Friday. Her son, David Jones, said: ${o}We kept calling and calling. Nobody came.`,
    `${o}By the time they arrived she was freezing. I don${a}t know how she survived.${c}`,
    `${o}It was awful,${c} said neighbour Helen Marsh, who heard the workers${a} van leave. ${o}It${a}s fine to say no.${c}`,
    `The ambulance service said it was ${o}extremely sorry${c} and that rock ${a}n${a} roll fans from the ${a}90s had called too.`,
  ].join('\n\n');
  const doc = docWithNames(body, { 'Mary Jones': 'person', 'David Jones': 'person', Leeds: 'place', 'Helen Marsh': 'person' });
  const qs = quotesOf(doc);
  const q = (s: string): Quote | undefined => qs.find((x) => x.text.includes(s));
  t.equal(q('Nobody came')?.kind, 'direct');
  t.match(q('Nobody came')?.text, /^We kept calling[\s\S]*how she survived\.$/, 'one quotation over two paragraphs, the apostrophe inside kept');
  t.equal(entityName(doc, q('Nobody came')), 'David Jones');
  t.equal(q('It was awful')?.text, 'It was awful');
  t.equal(q('It was awful')?.kind, 'direct');
  t.equal(entityName(doc, q('It was awful')), 'Helen Marsh');
  t.equal(q('fine to say no')?.text, `It${a}s fine to say no.`);
  t.equal(q('extremely sorry')?.kind, 'partial');
  t.ok(q('extremely sorry')?.text.includes(`${o}extremely sorry${c}`), "the text is the body's, with its own marks");
  t.notOk(qs.some((x) => /^(?:van leave|n. roll|90s)/.test(x.text)), 'apostrophes open nothing');
}

t.test('British single quotation marks: paired apart from apostrophes, read as quotations', async (t) => {
  britishSingleMarks(t, '‘', '’', '’');
  // Single marks inside double quotation marks are quotations inside quotations, left as they are.
  const nested = docWithNames('“He told me ‘never again’ and walked out,” said Helen Marsh.', { 'Helen Marsh': 'person' });
  const [only, ...rest] = quotesOf(nested);
  t.equal(rest.length, 0);
  t.equal(only?.text, 'He told me ‘never again’ and walked out');
});

t.test('British single quotation marks typed straight: paired apart from apostrophes, read as quotations', async (t) => {
  britishSingleMarks(t, "'", "'", "'");
  // Double marks typed as two single ones (''…'') are double marks: the single ones inside stay as they are.
  const typed = docWithNames("Helen Marsh said the museum would tell of 'suffering and delight.' She added: ''It is our story.''", { 'Helen Marsh': 'person' });
  t.not(quotesOf(typed).find((x) => x.text.includes('suffering'))?.kind, 'partial');
});

t.test('speech reporting speech, and "the spokeswoman" going on for the organization she speaks for', async (t) => {
  const doc = annotate({
    body: [
      'An IBM spokeswoman said the company told customers Monday about the bugs and temporarily stopped shipping the product.',
      'IBM has no plans to recall its add-on cards, the spokeswoman said, and could probably circumvent the bugs without long product delays. "We don\'t look at this as a major problem for us," she said.',
    ].join('\n\n'),
  });
  const q = (s: string): Quote | undefined => doc.quotes.find((x) => x.text.includes(s));
  t.equal(q('told customers')?.text, 'the company told customers Monday about the bugs and temporarily stopped shipping the product', 'the outer report keeps the inner one');
  t.equal(entityName(doc, q('told customers')), 'IBM');
  t.equal(entityName(doc, q('no plans to recall')), 'IBM', '"the spokeswoman" after "An IBM spokeswoman"');
  t.equal(entityName(doc, q('major problem')), 'IBM', 'and "she"');
  // A phrase such as "on Twitter" is no verb a source between the two could be the subject of.
  const tw = docWithNames('Former CIA deputy director Michael Morell praised Mendez on Twitter: “Tony was one of the best officers to ever serve at CIA.”', { 'Michael Morell': 'person', Mendez: 'person' });
  t.equal(entityName(tw, quotesOf(tw).find((x) => x.kind === 'direct')), 'Michael Morell');
});

t.test('a participle right after a quotation goes on with its speaker', async (t) => {
  const doc = docWithNames(
    'State Senator Patricia Ann Spearman remarked, "It\'s been a long, hard fight. I\'m starting to see some of the fruits of the labor of so many other people," further remarking, "Women in Nevada have said it is time to do away with the old ways."',
    { 'Patricia Ann Spearman': 'person', Nevada: 'place' },
  );
  const q = quotesOf(doc).find((x) => x.text.includes('Women in Nevada'));
  t.equal(entityName(doc, q), 'Patricia Ann Spearman');
});

t.test('the object of a participle clause between a subject and its cue is not the source', async (t) => {
  const doc = annotate({ body: "Donald Trump, speaking to a veterans group in Virginia, said he would order a thorough review of the nation's cyber defenses." });
  const [q] = doc.quotes;
  t.equal(entityName(doc, q), 'Donald Trump');
});

t.test('a cue that ends inside a phrase the sentence goes on with ends before its preposition', async (t) => {
  const doc = annotate({
    body: '“What right does that man have?” Juan Miguel Gonzalez said during a news conference in his hometown of Cardenas. “I am the father of Elian and immigration has said that I am the only one who can speak for him.”',
  });
  t.equal(doc.quotes.find((q) => q.text.includes('What right'))?.cue?.text, 'said', 'not "said during a news"');
  const statement = annotate({ body: '“I will go to Washington,” Rosa Diaz said in a statement.' });
  t.equal(statement.quotes[0]?.cue?.text, 'said in a statement', 'a phrase that ends with the sentence stays');
  const spoke = docWithNames('Blinken also spoke of the importance of a “diplomatic resolution” to the conflict.', { Blinken: 'person' });
  t.equal(quotesOf(spoke)[0]?.cue?.text, 'also spoke of', 'a preposition whose object is the content stays');
});

t.test('sports writing: "the German", "the defender", "United manager Erik ten Hag"; a function word is no cue', async (t) => {
  const doc = annotate({
    body: [
      'Manchester United beat Liverpool 2-1 on Sunday thanks to a stoppage-time header from Harry Maguire.',
      '"It was a massive result for us," United manager Erik ten Hag told Sky Sports.',
      'Liverpool boss Jurgen Klopp was furious with the referee\'s decision to allow the goal. "I don\'t understand it," the German said.',
      'Maguire, who has struggled for form this season, said the goal was the best moment of his career. Asked about his future, the defender replied: "I just want to play football."',
      'The Iraqi leader, in an "initiative" designed to rally public opinion, spoke on Sunday.',
    ].join('\n\n'),
  });
  const q = (s: string): Quote | undefined => doc.quotes.find((x) => x.text.includes(s));
  t.equal(entityName(doc, q('massive result')), 'Erik ten Hag', 'the name runs on over "ten"');
  t.equal(doc.entities.find((e) => e.name === 'Sky Sports')?.type, 'organization');
  t.equal(entityName(doc, q('understand it')), 'Jurgen Klopp', 'a nationality for the one person named before');
  t.equal(entityName(doc, q('play football')), 'Harry Maguire', 'a player\'s position');
  t.notOk(q('initiative'), 'scare quotes after "in" are no quote');
});

t.test('a capitalised word inside a name is no cue ("Sultan Said bin Taimur")', async (t) => {
  const doc = docWithNames('Qaboos became Sultan in 1970 after overthrowing his father, Sultan Said bin Taimur, who had ruled since 1932.', { Qaboos: 'person', 'Said bin Taimur': 'person' });
  t.notOk(quotesOf(doc).some((q) => q.cue?.text === 'Said'));
});

t.test('"according to X" is an attribution, not what someone said', async (t) => {
  const doc = annotate({ body: 'Police Chief Mark Owens wrote on Facebook that he was "disappointed" by the comments. According to Owens, officers responded to 12,000 calls last month.' });
  t.notOk(doc.quotes.some((q) => /^According to/.test(q.text)));
  t.equal(entityName(doc, doc.quotes.find((q) => q.text.startsWith('officers responded'))), 'Mark Owens');
});

t.test('a noun phrase of names and people is no reported speech', async (t) => {
  const doc = annotate({ body: 'Stone\'s attorney, Rebecca Cole, had asked for probation, arguing that her client had cooperated with investigators.' });
  t.notOk(doc.quotes.some((q) => q.text.startsWith('Stone')), '"Stone\'s attorney" is not what was said');
  t.ok(doc.quotes.some((q) => q.text.startsWith('that her client')));
});

t.test('a short quotation framed by a verb of saying is a quote; a title, a nickname or the first part of a split quote is not', async (t) => {
  const doc = annotate({
    body: [
      'Rossi shrugs off the praise. Asked when she will retire, she laughs. "Never," she says.',
      '"Hallelujah," Albright exclaimed as the three countries joined.',
      'Secretary of State James Baker, speaking on ABC News\' "This Week," said the request gives the U.S. a legal basis for stopping ships.',
      'The party nominated podcast host Jeremy "Spike" Cohen for vice president on the third ballot.',
      '"However," he told Science News, "this study does lay groundwork that could be built upon and tested more rigorously."',
    ].join('\n\n'),
  });
  const texts = doc.quotes.map((q) => q.text);
  t.ok(texts.includes('Never'), 'Never');
  t.ok(texts.includes('Hallelujah'), 'Hallelujah');
  for (const no of ['This Week', 'Spike', 'However']) t.notOk(texts.includes(no), no);
});

t.test('an anonymity clause is neither cue nor content, and the quotation before it stays whole', async (t) => {
  const doc = annotate({ body: '"It was chaos," a witness, who asked not to be identified, told the Daily Star. "People were screaming and running everywhere."' });
  const q = (s: string): Quote | undefined => doc.quotes.find((x) => x.text.includes(s));
  t.equal(q('chaos')?.text, 'It was chaos');
  t.equal(q('chaos')?.kind, 'direct');
  t.equal(q('chaos')?.cue?.text, 'told the Daily Star', 'the cue names the one told');
  t.equal(q('chaos')?.speaker?.name, 'a witness');
  t.equal(q('screaming')?.speaker?.name, 'a witness', 'the next quotation goes on with the witness');
});

t.test('quotation marks: roles and multi-paragraph continuation', async (t) => {
  const doc = createDoc({ body: '"Yes," she said.\n\n“First part.\n\n“Second part,” he added.' });
  splitSentences(doc);
  const qs = findQuotations(doc);
  t.equal(qs.length, 2);
  t.equal(qs[1]!.firstBlock, 1);
  t.equal(qs[1]!.lastBlock, 2);
  t.equal(doc.tokens[qs[1]!.close]!.text, '”');
});

t.test('quote kinds from the content text', async (t) => {
  t.equal(quoteKind('“This is final,”'), 'direct');
  t.equal(quoteKind('the plan was “a disaster” for farmers'), 'partial');
  t.equal(quoteKind('that the plan would fail'), 'indirect');
});

t.test('beliefs and intentions are not quotes', async (t) => {
  const doc = docWithNames('Carlos Mendes wants to build a new stadium near the river.', { 'Carlos Mendes': 'person' });
  t.same(quotesOf(doc), []);
});

t.test('the speaker is the head of the source, not a possessor in an apposition', async (t) => {
  const doc = docWithNames('The budget will be balanced by 2027, Laura Fenwick, Governor Ortiz’s chief of staff, said on Friday.', { 'Laura Fenwick': 'person', Ortiz: 'person' });
  const q = quotesOf(doc)[0];
  t.equal(entityName(doc, q), 'Laura Fenwick');
});

t.test('an attribution interposed after the subject: the content is what follows it', async (t) => {
  const doc = docWithNames('Mayor Ilse Brandt, according to her spokesman, spoke of the need for new housing near the harbour and the old rail yards.', { 'Ilse Brandt': 'person' });
  const q = quotesOf(doc).find((x) => x.cue?.text.startsWith('according'));
  t.ok(q, 'a quote cued by "according to"');
  t.match(q?.text ?? '', /^spoke of the need for new housing/);
  t.equal(doc.body.slice(q!.speaker!.start!, q!.speaker!.end!), 'her spokesman');
});

t.test('a participle after a sentence that reports an action is not a quote', async (t) => {
  const doc = docWithNames('Special envoy Omar Haddad has been in Cairo this week to push for a truce, stressing the importance of the earlier agreement.', { 'Omar Haddad': 'person', Cairo: 'place' });
  t.same(quotesOf(doc).filter((q) => q.kind === 'indirect'), []);
});

t.test('a participle after a statement shares its speaker', async (t) => {
  const doc = docWithNames('Nadia Petrov said the plant would close in May, adding that the workers would be offered jobs elsewhere.', { 'Nadia Petrov': 'person' });
  const q = quotesOf(doc).find((x) => x.cue?.text === 'adding');
  t.equal(entityName(doc, q), 'Nadia Petrov');
});

t.test('reported speech before ", X said" is the whole clause from the sentence start', async (t) => {
  const doc = docWithNames('Israel is unlikely to make a “significant move” against Tehran, but could instead mount a symbolic limited attack, commander Reza Tabrizi said on Tuesday.', { 'Reza Tabrizi': 'person' });
  const q = quotesOf(doc)[0];
  t.match(q?.text ?? '', /^Israel is unlikely to make/);
  t.equal(entityName(doc, q), 'Reza Tabrizi');
});

t.test('reported speech that reports nothing is not kept', async (t) => {
  const short = docWithNames('The ministry of transport announced yesterday. Maria Lindqvist said the harbour would reopen in the spring.', { 'Maria Lindqvist': 'person' });
  const texts = quotesOf(short).map((q) => q.text);
  t.notOk(texts.includes('yesterday'), 'a content of one word is no report');
  t.ok(texts.some((x) => x.includes('the harbour would reopen in the spring')), 'a clause is');
  const question = docWithNames('Can you tell us something about yourself and the work of the harbour board?', {});
  t.same(quotesOf(question).filter((q) => q.kind === 'indirect').map((q) => q.speaker?.name), [], 'an interview question to "you" is no quote');
});

t.test('"his office" speaks for the office the article names, else for the man', async (t) => {
  const body =
    'Prime Minister Dana Kowalski met the envoy on Monday. The Prime Minister’s Office said the talks were useful. ' +
    'Kowalski, according to his office, spoke of the importance of new elections in the spring and of the need for calm. ' +
    'Defence Minister Piotr Nowak also met the envoy. “We will stand together,” his office said.';
  const doc = docWithNames(body, { 'Dana Kowalski': 'person', Kowalski: 'person', 'Prime Minister’s Office': 'organization', 'Piotr Nowak': 'person' });
  const quotes = quotesOf(doc);
  const stressed = quotes.find((q) => q.text.includes('new elections'));
  t.equal(entityName(doc, stressed), 'Prime Minister’s Office');
  t.equal(entityName(doc, quotes.find((q) => q.text.includes('stand together'))), 'Piotr Nowak', 'no office named for him: the man');
});

t.test('pull quotes and testimonials: “…” — Name', async (t) => {
  const doc = docWithNames(
    'Residents were asked what the new bridge changed for them.\n\n“The new bridge has cut my commute in half and I no longer dread Mondays.” — Priya Raman “It is noisy at night, but the shops are busier than ever.” — Tom Okafor',
    { 'Priya Raman': 'person', 'Tom Okafor': 'person' },
  );
  const qs = quotesOf(doc);
  t.same(
    qs.map((q) => [q.kind, q.text, q.cue?.text, entityName(doc, q)]),
    [
      ['direct', 'The new bridge has cut my commute in half and I no longer dread Mondays.', '—', 'Priya Raman'],
      ['direct', 'It is noisy at night, but the shops are busier than ever.', '—', 'Tom Okafor'],
    ],
  );
  // A dash after a quotation that is not followed by a name attributes nothing.
  const plain = docWithNames('The sign read “Closed for repairs” — and it stayed that way until the spring of the following year.', {});
  t.notOk(quotesOf(plain).some((q) => q.cue?.text === '—'));
});

t.test('entity codes of tokens for the tagger: type, plus 4 on the first token of a name', async (t) => {
  const doc = docWithNames('Maria Lindqvist of the Port Authority said Oslo would wait.', { 'Maria Lindqvist': 'person', 'Port Authority': 'organization', Oslo: 'place' });
  const codes = [...entityCodes(doc)];
  t.same(
    doc.tokens.map((tok, i) => `${tok.text}:${codes[i]}`),
    ['Maria:5', 'Lindqvist:1', 'of:0', 'the:0', 'Port:6', 'Authority:2', 'said:0', 'Oslo:7', 'would:0', 'wait:0', '.:0'],
  );
});

t.test('a pronoun speaker after a quotation is not someone named inside it', async (t) => {
  const doc = docWithNames('Robert Mugabe refused to give up power. "Only God who appointed me will remove me, not the opposition and not the British," he declared.', { 'Robert Mugabe': 'person', God: 'person' });
  const q = quotesOf(doc).find((x) => x.kind === 'direct');
  t.equal(q?.speaker?.name, 'Robert Mugabe');
});

t.test('a few quoted words named by a cue of anything but speech are no quote', async (t) => {
  const doc = docWithNames('In a speech in Scranton, Joe Biden introduced an economic plan called "Build Back Better" designed to revive the economy. "Build Back Better" calls for higher corporate taxes.', { 'Joe Biden': 'person', Scranton: 'place' });
  t.notOk(quotesOf(doc).some((q) => q.text === 'Build Back Better'));
});

t.test('quotations framed by a verb of saying and a name, and the quotation that follows in the paragraph', async (t) => {
  // Wikinews, "Bystanders foil knife-weilding man on London Bridge with fire extinguisher, whale tusk" (2019-12-02), CC BY 2.5.
  const doc = docWithNames(
    '"I am in awe of the people who ran towards danger to keep us all safe" tweeted Mayor of London Sadiq Khan (no relation). "The bravery of the emergency services and ordinary Londoners is incredible."',
    { 'Sadiq Khan': 'person', London: 'place' },
  );
  const qs = quotesOf(doc);
  t.same(
    qs.map((q) => [q.kind, q.text, entityName(doc, q), q.cue?.text]),
    [
      ['direct', 'I am in awe of the people who ran towards danger to keep us all safe', 'Sadiq Khan', 'tweeted'],
      ['direct', 'The bravery of the emergency services and ordinary Londoners is incredible.', 'Sadiq Khan', 'tweeted'],
    ],
  );
});

t.test('the speaker is the person a source names, not the place or organization describing them', async (t) => {
  const doc = docWithNames(
    'The mayor of London, Sadiq Khan, said the city "will not be cowed by this attack on our way of life." The director of the National Institute of Allergy and Infectious Diseases, Anthony Fauci, said of the outbreak, "bottom line, it is going to get worse before it gets better."',
    { 'Sadiq Khan': 'person', London: 'place', 'National Institute of Allergy and Infectious Diseases': 'organization', 'Anthony Fauci': 'person' },
  );
  const qs = quotesOf(doc);
  t.same(qs.map((q) => entityName(doc, q)), ['Sadiq Khan', 'Anthony Fauci']);
});

t.test('scare quotes and terms with no speaker and no verb of saying are no quotes', async (t) => {
  const doc = docWithNames('Members of the opposition were holding signs which read "silenced" during the final session. Storms of this strength are considered to be "major" hurricanes.', {});
  t.same(quotesOf(doc).map((q) => q.text), []);
});

t.test('"X spoke to the press after the speech: “…”" is X\'s quotation', async (t) => {
  const doc = docWithNames('Legislator Tanya Chan spoke to the press after the speech: "I really urge her to step down if she cannot govern the city. Please go."', { 'Tanya Chan': 'person' });
  const q = quotesOf(doc).find((x) => x.kind === 'direct');
  t.equal(entityName(doc, q), 'Tanya Chan');
  t.equal(q?.cue?.text, 'spoke');
});

t.test('a verb of saying joined by "and" shares its subject; a quotation framed by "wrote NAME" gets that speaker', async (t) => {
  const doc = docWithNames(
    'President Andrzej Duda characterised the deaths as "crushing" and wrote "May God protect their parents and loved ones." "At first I thought it was a prank: who is so stupid as to steal a toilet?" wrote Maurizio Cattelan, the artist, in an e-mail.',
    { 'Andrzej Duda': 'person', 'Maurizio Cattelan': 'person' },
  );
  const byText = (s: string): Quote | undefined => quotesOf(doc).find((q) => q.text.startsWith(s));
  t.equal(entityName(doc, byText('May God protect')), 'Andrzej Duda');
  t.equal(entityName(doc, byText('At first I thought')), 'Maurizio Cattelan');
});

t.test('an unresolved pronoun speaker continues only a previous speaker it can stand for', async (t) => {
  const doc = docWithNames(
    'Red Hat said the old release would end in 2021. "I view Stream as a product of its own," I said. Anna Berg said the plan was sound. "It will take time," she said.',
    { 'Red Hat': 'organization', 'Anna Berg': 'person' },
  );
  const qs = quotesOf(doc);
  const of = (s: string): string | null => entityName(doc, qs.find((q) => q.text.startsWith(s)));
  t.equal(of('the old release'), 'Red Hat');
  t.equal(of('I view Stream'), null, '"I" is no organization');
  t.equal(of('It will take time'), 'Anna Berg');
});

t.test('a source that runs over a clause up to "that", "who" or "which" is the relative pronoun, and things do not speak for people', async (t) => {
  const doc = annotate({
    body: [
      'Usman Hasib runs the salon. Many of them also needed a cultural safe haven. Hasib already hung signs in some locations that say men aren’t allowed beyond the waiting area.',
      'Two men carried a banner that said, "President Clinton, please keep the boy in the United States."',
      'The company hired Mark Jones, a lawyer who said the case against it was weak.',
    ].join('\n\n'),
  });
  const q = (s: string): Quote | undefined => doc.quotes.find((x) => x.text.includes(s));
  const span = (x: Quote | undefined): string | null => (x?.speaker?.start != null && x.speaker.end != null ? doc.body.slice(x.speaker.start, x.speaker.end) : null);
  t.equal(span(q('allowed beyond')), 'that', 'the signs say it');
  t.equal(entityName(doc, q('allowed beyond')), null, 'not Hasib');
  t.equal(q('please keep')?.speaker?.name, 'a banner', 'the noun phrase opens at its determiner');
  t.equal(entityName(doc, q('case against it')), 'Mark Jones', 'the person a description is in apposition to');
});

t.test('a relative speaks for no one named, a representative for the one represented', async (t) => {
  const doc = docWithNames(
    'Elian’s father said the boy should be returned to Cuba. Mayor Alex Penelas’s lawyer said the city would appeal the ruling.',
    { Elian: 'person', Cuba: 'place', 'Alex Penelas': 'person' },
  );
  const qs = quotesOf(doc);
  const q = (s: string): Quote | undefined => qs.find((x) => x.text.includes(s));
  t.equal(entityName(doc, q('returned to Cuba')), null, 'not Elian');
  t.equal(q('returned to Cuba')?.speaker?.name, 'Elian’s father');
  t.equal(entityName(doc, q('would appeal')), 'Alex Penelas');
});

t.test('a source the tagger found inside a relative clause gives way to the clause\'s subject', async (t) => {
  const doc = docWithNames(
    "On Friday, Beto O'Rourke, who was a candidate in the Democratic primary for the 2020 United States presidential election, announced the end of his campaign.",
    { "Beto O'Rourke": 'person', 'United States': 'place' },
  );
  const q = quotesOf(doc)[0];
  t.equal(entityName(doc, q), "Beto O'Rourke");
  const rel = docWithNames('The ministers met Rick Santorum, who said the conviction should be reviewed by the court.', { 'Rick Santorum': 'person' });
  t.equal(entityName(rel, quotesOf(rel)[0]), 'Rick Santorum', 'a relative pronoun source is the name before it');
});

t.test('a relative pronoun source speaks for the name before an apposition, or for the noun phrase before it', async (t) => {
  const doc = docWithNames(
    'The research was led by Mark Hay, a marine ecologist and professor at Georgia Tech, who said "There is a lot of argument now about whether local management can help." ' +
      'The shooting began at 10:39 a.m., according to police, who said officers arrived six minutes later. ' +
      'The WHO noted the need to drive governments to action. ' +
      'But we have also had curious students as well, who are like, "I am questioning the faith, but I like the identity."',
    { 'Mark Hay': 'person', 'Georgia Tech': 'organization', WHO: 'organization' },
  );
  const qs = quotesOf(doc);
  const q = (s: string): Quote | undefined => qs.find((x) => x.text.includes(s));
  t.equal(entityName(doc, q('a lot of argument')), 'Mark Hay', 'not the organization ending the apposition');
  t.equal(q('officers arrived')?.speaker?.name, 'police');
  const police = q('officers arrived')?.speaker;
  t.equal(police?.start != null && police.end != null ? doc.body.slice(police.start, police.end) : null, 'who', 'the speaker span stays on the pronoun');
  t.equal(q('I am questioning')?.speaker?.name ?? 'who', 'who', 'an adverb is no antecedent');
  t.equal(entityName(doc, q('drive governments')), 'WHO', 'an upper-case WHO is no relative pronoun');
});

t.test('quoted titles are no quotes; a newspaper that reported something is a speaker, a passive report is not', async (t) => {
  const doc = docWithNames(
    '“Parasite” director Bong Joon Ho said backstage that no one could predict the Oscars. Brad Pitt won for his supporting role in “Once Upon A Time in Hollywood.” The Baltimore Sun reported that the congressman had been sick for months. Several incidents were reported by local media to the police.',
    { 'Bong Joon Ho': 'person', 'Brad Pitt': 'person', 'Baltimore Sun': 'organization' },
  );
  const qs = quotesOf(doc);
  t.notOk(qs.some((q) => q.text === 'Parasite'), 'a film title before a name is no direct quote');
  t.notOk(qs.some((q) => /Once Upon A Time/.test(q.text)), 'a quoted title after a cue of anything but speech is no partial quote');
  t.equal(entityName(doc, qs.find((q) => /had been sick/.test(q.text))), 'Baltimore Sun');
  t.notOk(qs.some((q) => /police/.test(q.text)), 'a passive report has no speaker');
  const irregular = docWithNames('Coal is sliding into history. The same can’t be said of gas-powered cars and gas-fired furnaces. Maria Lopez was told that her son should also be tested.', { 'Maria Lopez': 'person' });
  t.same(quotesOf(irregular).map((q) => q.text), [], 'nor with an irregular participle ("can’t be said of", "was told that")');
});

t.test('a place speaks for itself, not when it only locates or owns the speaker', async (t) => {
  const doc = docWithNames(
    'Iran acknowledged that its military had shot down the airliner. Hospital officials in Omsk said no traces of poison were found. A veterans group in Virginia said the cuts would hurt families.',
    { Iran: 'place', Omsk: 'place', Virginia: 'place' },
  );
  const qs = quotesOf(doc);
  const of = (s: string): string | null => entityName(doc, qs.find((q) => q.text.includes(s)));
  t.equal(of('shot down the airliner'), 'Iran');
  t.equal(of('no traces of poison'), null);
  t.equal(of('the cuts would hurt'), null);
});

t.test('a lead phrase or a relative clause in a source does not name the speaker', async (t) => {
  const doc = docWithNames(
    'A video emerged of a lecture at Georgetown University in which the billionaire suggested the crisis had been caused by government pressure on banks.',
    { 'Georgetown University': 'organization' },
  );
  const q = quotesOf(doc).find((x) => x.cue?.text === 'suggested');
  t.equal(q?.speaker?.entity_id, null);
  t.equal(q?.speaker?.name, 'the billionaire');
  const lead = docWithNames('In the speech, first disclosed by the Aspen Times, the former mayor argued that crime fell.', { 'Aspen Times': 'organization' });
  const span = 'first disclosed by the Aspen Times, the former mayor';
  const at = lead.body.indexOf(span);
  t.equal(speakerOf(lead, at, at + span.length).entity_id, null, 'the organization is in the lead phrase, not the head');
});

t.test('the head of a source ends at a dash as at a comma', async (t) => {
  const doc = docWithNames(
    'Aaron Kall said so. Kall -- co-editor of Debating The Donald, a book on the debates -- said the candidate made announcements there.',
    { 'Aaron Kall': 'person', Kall: 'person', Donald: 'person' },
  );
  const span = 'Kall -- co-editor of Debating The Donald, a book on the debates --';
  const at = doc.body.indexOf(span);
  t.equal(speakerOf(doc, at, at + span.length).name, 'Aaron Kall', 'not the name in the description');
});

t.test('a possessor speaks through what it owns, not through the people it has or the organization it names', async (t) => {
  const doc = docWithNames(
    'A tweet sent from Joe Biden\'s Twitter account repeated the pledge, saying the running mate would be a woman. Harry Dunn\'s mother Charlotte Charles said the family would keep fighting. Donald Trump\'s State Department asked that outside parties stay out of the conflict.',
    { 'Joe Biden': 'person', Twitter: 'organization', 'Harry Dunn': 'person', 'Charlotte Charles': 'person', 'Donald Trump': 'person', 'State Department': 'organization' },
  );
  const qs = quotesOf(doc);
  const of = (s: string): string | null => entityName(doc, qs.find((q) => q.text.includes(s)));
  t.equal(of('running mate'), 'Joe Biden');
  t.equal(of('keep fighting'), 'Charlotte Charles');
  t.equal(of('outside parties'), 'State Department');
});

t.test('frames with a description before the name, a lead phrase before the speaker, and "also observing"', async (t) => {
  const doc = docWithNames(
    '"Whenever there are signs of sending a palm branch, they come with a tighter grip," wrote student protester Joshua Wong on Twitter. ' +
      'Offering his condolence, speaker of the parliament Ali Larijani wrote on Instagram: "The years of his life have always served the system." ' +
      'Steve Peers of the University of Essex said, "If there is a court order, Facebook has to search for variations of it", also observing, "there is no harmonised defamation law internationally".',
    { 'Joshua Wong': 'person', 'Ali Larijani': 'person', 'Steve Peers': 'person', 'University of Essex': 'organization', Facebook: 'organization' },
  );
  const qs = quotesOf(doc);
  const of = (s: string): string | null => entityName(doc, qs.find((q) => q.text.includes(s)));
  t.equal(of('palm branch'), 'Joshua Wong');
  t.equal(of('The years of his life'), 'Ali Larijani');
  t.equal(of('no harmonised defamation law'), 'Steve Peers');
});

t.test('a second verb of saying after an inverted source and its apposition shares the source', async (t) => {
  const doc = docWithNames(
    '“Chardin is the French Vermeer,” said Jean-Paul Claverie, advisor to Arnault, told Observer. “We are delighted to support its acquisition by the Louvre.”',
    { 'Jean-Paul Claverie': 'person', Arnault: 'person', Observer: 'organization', Louvre: 'organization' },
  );
  const qs = quotesOf(doc);
  t.equal(entityName(doc, qs.find((q) => q.text.includes('delighted'))), 'Jean-Paul Claverie');
  t.equal(entityName(doc, qs.find((q) => q.text.includes('Vermeer'))), 'Jean-Paul Claverie');
});

t.test('a cue after a relative clause speaks for its antecedent; anonymity is no quote', async (t) => {
  const doc = docWithNames(
    'Vice-chancellors reacted with fury this week. One, who asked not to be named, said: “The government looked to universities to sort out the mess.” ' +
      'Carl Hensman of the Bill and Melinda Gates Foundation, which offered a contest some years ago, noted the ingredients are found in toothpaste. ' +
      'Michael Mulgrew, president of the United Federation of Teachers, which organised the rally, said he hopes the day sends a message.',
    { 'Carl Hensman': 'person', 'Melinda Gates Foundation': 'organization', 'Michael Mulgrew': 'person', 'United Federation of Teachers': 'organization' },
  );
  const qs = quotesOf(doc);
  t.notOk(qs.some((q) => /not to be named/.test(q.text)), '"asked not to be named" is no quote');
  t.equal(qs.find((q) => q.text.includes('sort out the mess'))?.speaker?.name, 'One');
  t.equal(entityName(doc, qs.find((q) => q.text.includes('toothpaste'))), 'Carl Hensman', 'the person the organization qualifies');
  t.equal(entityName(doc, qs.find((q) => q.text.includes('sends a message'))), 'Michael Mulgrew', 'the person before the role and the organization');
});

t.test('a place describing one person is not the speaker; one that person speaks for is', async (t) => {
  const doc = docWithNames(
    'A top US public health expert is now warning that the UK could see similar rates of transmission. One West Virginia official said the plan would create jobs.',
    { US: 'place', UK: 'place', 'West Virginia': 'place' },
  );
  const qs = quotesOf(doc);
  t.equal(entityName(doc, qs.find((q) => q.text.includes('similar rates'))), null);
  t.equal(entityName(doc, qs.find((q) => q.text.includes('create jobs'))), 'West Virginia');
});

t.test('no quote from a source that refers to no one, nor a quoted title no one says', async (t) => {
  const doc = docWithNames(
    'It is hard to say what happens then. The smarter the members, which is to say the smarter the group. Please explain such a baffling assertion. ' +
      'His book “The Future of Work” came out in May. The Aviation Herald published its report on Monday; it claimed a sixteenth death had been reported.',
    { 'Aviation Herald': 'organization' },
  );
  const qs = quotesOf(doc);
  t.same(qs.map((q) => q.text), ['a sixteenth death had been reported'], 'only the report of the organization "it" stands for');
});

t.test('"he" after an organization\'s spokesperson continues the organization', async (t) => {
  const doc = docWithNames(
    'But a spokesperson for the Universities and Colleges Employers’ Association said its members had been reducing such contracts.\n\n“We have worked with the unions to better understand employment across the sector,” he said.',
    { 'Universities and Colleges Employers’ Association': 'organization' },
  );
  const qs = quotesOf(doc);
  t.equal(entityName(doc, qs.find((q) => q.text.includes('worked with the unions'))), 'Universities and Colleges Employers’ Association');
  const plain = docWithNames('The Acme Corporation said its profits rose.\n\n“We are pleased,” he said.', { 'Acme Corporation': 'organization' });
  t.equal(entityName(plain, quotesOf(plain).find((q) => q.text.includes('pleased'))), null, 'without a spokesperson "he" is not the organization');
});

t.test('"X declined …, but said", "a detective, speaking on condition of anonymity, said", "Bush yesterday, asked …, replied"', async (t) => {
  const doc = docWithNames(
    'Ms. Sandra Kolber said the committee had received other bids. She declined to identify other bidders but said the offer "is all cash, and it is for all of the company." ' +
      '“It looks as though they panicked,” a detective, speaking on condition of anonymity, said of the robbers. ' +
      'And President George Bush yesterday, asked whether he was glad Iraq is discussing negotiations, replied: "I do not see anything to be pleased about in there at all."',
    { 'Sandra Kolber': 'person', 'George Bush': 'person', Iraq: 'place' },
  );
  const qs = quotesOf(doc);
  const q = (s: string): Quote | undefined => qs.find((x) => x.text.includes(s));
  t.equal(entityName(doc, q('all cash')), 'Sandra Kolber');
  t.equal(q('they panicked')?.speaker?.name, 'a detective');
  t.equal(entityName(doc, q('anything to be pleased')), 'George Bush');
  const participle = docWithNames(
    'John Hutchinson, a biomechanicist at the Royal Veterinary College, questioned the findings, saying the animal might have held its forelimbs tight.',
    { 'John Hutchinson': 'person', 'Royal Veterinary College': 'organization' },
  );
  t.equal(entityName(participle, quotesOf(participle).find((x) => x.text.includes('forelimbs'))), 'John Hutchinson', 'a participle cue keeps the subject of the verb before it');
});

t.test('a country\'s government, military or state media speaks for the country the article names', async (t) => {
  const doc = docWithNames(
    'Elian Gonzalez left Cuba last year. The Cuban government urged its people to keep up their demonstrations. Syrian state media said government forces began deploying. Iraqi residents said the rockets struck at night.',
    { 'Elian Gonzalez': 'person', Cuba: 'place' },
  );
  const qs = quotesOf(doc);
  t.equal(entityName(doc, qs.find((q) => q.text.includes('demonstrations'))), 'Cuba');
  t.equal(entityName(doc, qs.find((q) => q.text.includes('forces began'))), null, 'not a country the article does not name');
  t.equal(entityName(doc, qs.find((q) => q.text.includes('rockets struck'))), null, 'residents do not speak for it');
});

t.test('"noted Maryland-based product liability lawyer Jim Dunham"; "Let\'s say …" and "it is worth noting" report nothing', async (t) => {
  const doc = docWithNames(
    '“Amazon has successfully avoided being liable for other sellers for years,” noted Maryland-based product liability lawyer Jim Dunham in an interview. ' +
      'Let’s say you have two files in a folder. It is worth noting that more research needs to be done on the vitamins. ' +
      'The way I think about chess has changed compared to when I was, let’s say eighteen, just because I am more mature.',
    { 'Jim Dunham': 'person', Amazon: 'organization' },
  );
  const qs = quotesOf(doc);
  t.equal(entityName(doc, qs.find((q) => q.text.includes('successfully avoided'))), 'Jim Dunham');
  t.notOk(qs.some((q) => /two files|more research|eighteen/.test(q.text)));
});

t.test('a direct quotation without a source takes the speaker of its frame (bundled Wikinews articles)', async (t) => {
  const article = bundledArticle;
  const speaker = (doc: Doc, fragment: string): string | null => entityName(doc, doc.quotes.find((q) => q.text.includes(fragment)));
  // "Former CIA deputy director Michael Morell praised Mendez on Twitter: “Tony was one of the best …”"
  t.equal(speaker(article(14), 'Tony was one of the best'), 'Michael Morell', 'the person the title leads to, not the organization in it');
  // "State Senator Patricia Ann Spearman remarked, “It's been a long, hard fight. …”"
  t.equal(speaker(article(26), "It's been a long, hard fight"), 'Patricia Ann Spearman');
  // "Writing “The future of CentOS Linux is CentOS Stream”, Wright further wrote …": a participle opening the sentence.
  t.equal(speaker(article(286), 'The future of CentOS Linux is CentOS Stream'), 'Chris Wright');
  t.equal(speaker(article(56), 'just another apology'), 'Anna Franowska');
  // "When she was cast, “I swear to you, I was speechless,” she told an audience": the frame's verb is the cue.
  t.equal(article(61).quotes.find((q) => q.text.includes('I swear to you'))?.cue?.text, 'told an audience');
});

t.test('"like I said" reports nothing; "I" in a transcript paragraph is the person it is labelled with; "they" continues no single person', async (t) => {
  const doc = bundledArticle(241);
  // "((Naomi Martisius))   Well, like I said, we started back in 2017."
  t.notOk(doc.quotes.some((q) => q.text.startsWith('we started back in 2017')), '"like I said" is no quote');
  // "((Naomi Martisius)) … I would say they used those fairly frequently"
  t.equal(entityName(doc, doc.quotes.find((q) => q.text.startsWith('they used those fairly frequently'))), 'Naomi Martisius');
  const group = docWithNames('Doris Day died on Monday at her home. In accordance with her wishes, they said she desired no memorials.', { 'Doris Day': 'person' });
  t.equal(entityName(group, quotesOf(group).find((q) => q.text.includes('no memorials'))), null);
});

t.test('"The initial promise was …" is no report', async (t) => {
  const doc = docWithNames('The trust heard in June that the transitway would not offer true rapid transit. The initial promise was a 60-minute ride each way. The study notes the system carries 80% of the riders.', {});
  const qs = quotesOf(doc);
  t.notOk(qs.some((q) => q.text.includes('60-minute ride')));
});

t.test('the speaker of a direct quotation is never someone named inside it', async (t) => {
  const doc = docWithNames('Thousands marched on Sunday. "Betty Currie was never asked to do anything improper," McCurry said at the briefing.', { 'Betty Currie': 'person', McCurry: 'person' });
  const q = quotesOf(doc).find((x) => x.text.includes('never asked'));
  t.not(entityName(doc, q), 'Betty Currie');
});

t.test('a quotation is not given to a verb further on in the next sentence; a quotation opening its sentence continues the one reported before', async (t) => {
  const doc = docWithNames(
    '“This is a disgusting day,” said Rep. G.K. Butterfield, head of the Congressional Black Caucus. “Donald Trump is a disgusting fraud. He had no proof of it. He would not have done that to a John McCain.” Members of the caucus held a press conference Friday afternoon, shortly after Trump said he finally believes Obama was born in the United States.',
    { 'G.K. Butterfield': 'person', 'Congressional Black Caucus': 'organization', 'Donald Trump': 'person', Trump: 'person', 'John McCain': 'person', Obama: 'person', 'United States': 'place' },
  );
  const qs = quotesOf(doc);
  t.equal(entityName(doc, qs.find((q) => q.text.includes('disgusting fraud'))), 'G.K. Butterfield');
  const wn = bundledArticle(44);
  // "John Rhys-Davies broke news when he revealed that a Sliders reboot is being considered. “Jerry [O'Connell] and I are talking to NBC …”"
  t.equal(entityName(wn, wn.quotes.find((q) => q.text.includes('talking to NBC'))), 'John Rhys-Davies');
});

t.test('an unresolved "they" names the group that spoke just before it', async (t) => {
  const doc = docWithNames('Prosecutors said the firm had hidden the payments for years. They said the money can be taken from the lawyers even after they are paid.', {});
  const q = quotesOf(doc).find((x) => x.text.includes('money can be taken'));
  t.equal(q?.speaker?.name, 'Prosecutors');
  t.equal(q?.speaker?.entity_id ?? null, null);
});

t.test('a possessive pronoun or a possessor in a source gives way to the name it describes', async (t) => {
  const doc = annotate({
    body: 'Mayor Denise Arbogast said the housing plan was working. Her Republican challenger, city councilman Ray Salcedo, said the plan had fallen far behind schedule. Arbogast\'s spokesman said the figures were wrong.',
    published: '2025-01-22',
  });
  const q = (p: string) => doc.quotes.find((x) => x.text.includes(p));
  t.equal(entityName(doc, q('far behind schedule')), 'Ray Salcedo');
  t.equal(entityName(doc, q('figures were wrong')), 'Denise Arbogast', 'a representative still speaks for the one he represents');
  const festival = annotate({ body: 'The Timberline Music Festival in Bend, Oregon, has been canceled, its promoter announced Wednesday, citing low ticket sales.' });
  t.equal(festival.quotes[0]?.speaker?.entity_id ?? null, null, 'a possessive pronoun for a place speaks for no one');
  const agent = annotate({ body: "Josh Kettering joined Chelsea in 2022. Kettering's agent, Darren Pyle, said his client was relaxed about his future. Managing director Rohit Vardhan, Harish Vardhan's son, told this newspaper the listing would go ahead." });
  const a = (p: string) => agent.quotes.find((x) => x.text.includes(p));
  t.equal(entityName(agent, a('relaxed')), 'Darren Pyle', 'a possessor gives way to the one named after it');
  t.equal(entityName(agent, a('listing')), 'Rohit Vardhan');
  // A title that looks like a participle is no lead phrase ("managing director X, Y's son").
  const md = annotate({ body: 'Vardhan Textiles was founded by Harish Vardhan. "We have been debt-free since 2021," managing director Rohit Vardhan, Harish Vardhan\'s son, told this newspaper.' });
  t.equal(entityName(md, md.quotes.find((x) => x.text.includes('debt-free'))), 'Rohit Vardhan');
});

t.test('"they" after a sentence about a group of people is that group, not the organization that spoke before', async (t) => {
  const doc = docWithNames(
    'The Public Service Association said the strike would continue until Friday. Civil servants earn on average $100 a month. They say their pay has not kept up with inflation. The Harbour Authority said the port would reopen. "We expect ships back by Monday," they said. Hundreds of angry fishermen gathered outside its offices. They said the closure had cost them a season. The Harbour Authority said in a statement: "Officers responded quickly and the workers were evacuated." They also said the damage was limited.',
    { 'Public Service Association': 'organization', 'Harbour Authority': 'organization' },
  );
  const qs = quotesOf(doc);
  const q = (p: string) => qs.find((x) => x.text.includes(p));
  t.equal(q('pay has not kept up')?.speaker?.name, 'Civil servants');
  t.equal(q('pay has not kept up')?.speaker?.entity_id ?? null, null);
  t.equal(entityName(doc, q('ships back')), 'Harbour Authority', 'no group in between');
  t.equal(q('cost them a season')?.speaker?.name, 'Hundreds of angry fishermen');
  t.equal(entityName(doc, q('damage was limited')), 'Harbour Authority', 'a group inside a quotation is not the narrative');
});

t.test('the time of the speech is neither cue nor content; a place after "with" in a source is no speaker', async (t) => {
  const doc = annotate({
    body:
      "Israel's outgoing peace negotiator with Syria said on Thursday current tensions were a storm in a teacup. The company said Friday it would cut 300 jobs. Ana Ruiz announced on Facebook on Tuesday there were suspects in custody. Sky News said Thursday's accident was the fourth in a month. The firm reported third-quarter net of $68.2 million.",
    published: '1996-08-23',
  });
  const text = (p: string) => doc.quotes.find((q) => q.text.includes(p));
  t.equal(text('storm in a teacup')?.text, 'current tensions were a storm in a teacup');
  t.equal(text('storm in a teacup')?.speaker?.entity_id ?? null, null, 'not Syria');
  t.equal(text('300 jobs')?.text, 'it would cut 300 jobs');
  t.equal(text('suspects')?.text, 'there were suspects in custody');
  t.equal(text('suspects')?.cue?.text, 'announced');
  t.equal(text('fourth in a month')?.text, "Thursday's accident was the fourth in a month", 'a time that is the subject stays');
  const net = text('68.2');
  if (net) t.match(net.text, /^third-quarter net/, 'a modifier stays');
});

t.test('a source no cue took does not stop a reported clause at its start', async (t) => {
  const doc = annotate({ body: 'Japanese Prime Minister Ryutaro Hashimoto left Brasilia on Monday for Lima, the penultimate stop on a 10-day Latin American tour, a Brazilian Foreign Ministry spokeswoman said.' });
  const q = doc.quotes.find((x) => x.text.includes('penultimate'));
  t.match(q?.text ?? '', /^Japanese Prime Minister Ryutaro Hashimoto left Brasilia/);
});

t.test('the one told is neither cue nor content', async (t) => {
  const doc = annotate({ body: 'Iraqi President Saddam Hussein has told visiting Russian ultra-nationalist Vladimir Zhirinovsky that Baghdad wanted to maintain friendship with Moscow.' });
  const q = doc.quotes.find((x) => x.text.includes('Baghdad wanted'));
  t.equal(q?.text, 'that Baghdad wanted to maintain friendship with Moscow');
  t.equal(q?.cue?.text, 'has told');
});

t.test('"X quoted Y as saying …" is what Y said', async (t) => {
  const doc = annotate({
    body: 'The Argus quoted immigration official Jurie de Wet as saying the arrests stemmed from information about requests for passports. Police executed two traffickers after they opened fire on officers, the newspaper quoted a police commander as saying. The observatory was quoted this month by local newspapers as saying about 1,400 civilians have died.',
  });
  const arrests = doc.quotes.find((x) => x.text.includes('arrests stemmed'));
  t.equal(arrests?.text, 'the arrests stemmed from information about requests for passports');
  t.equal(arrests?.speaker?.name, 'Jurie de Wet');
  t.equal(arrests?.cue?.text, 'as saying');
  const before = doc.quotes.find((x) => x.text.includes('opened fire'));
  t.equal(before?.text, 'Police executed two traffickers after they opened fire on officers');
  t.equal(before?.speaker?.name, 'a police commander');
  const passive = doc.quotes.find((x) => x.text.includes('1,400'));
  t.not(passive?.speaker?.name, 'this month by local newspapers', 'the passive keeps its subject');
});

t.test('the object of a participle after the source head is not the speaker; a participle before a name is part of it', async (t) => {
  const doc = annotate({ body: 'Doctors caring for Mother Teresa in a Calcutta hospital said on Saturday that her fever had fallen. The ruling Socialist Party said the strike was illegal. Lawyers representing Roger Stone said the case was weak.' });
  const fever = doc.quotes.find((x) => x.text.includes('fever'));
  t.equal(fever?.speaker?.name, 'Doctors caring for Mother Teresa in a Calcutta hospital');
  t.equal(fever?.speaker?.entity_id ?? null, null);
  const strike = doc.quotes.find((x) => x.text.includes('strike'));
  t.equal(strike?.speaker?.name, 'Socialist Party');
  const stone = doc.quotes.find((x) => x.text.includes('weak'));
  t.equal(stone?.speaker?.name, 'Roger Stone', 'one represented');
});

t.test('a reported clause keeps its subject when the tagger began it at the verb', async (t) => {
  const doc = annotate({ body: 'But an attending doctor said Mother Teresa, who turns 86 next Tuesday, was conscious and in stable condition.' });
  t.equal(doc.quotes[0]?.text, 'Mother Teresa, who turns 86 next Tuesday, was conscious and in stable condition');
});

t.test('a reported sentence may open with a preposition when a clause follows; a list dash is no part of it', async (t) => {
  const doc = annotate({
    body: '- At least 20 people were killed when two trucks collided north of Maputo on Saturday, the Maputo daily Noticias said.\n\nOn Thursday, the Yugoslav government endorsed the agreement, Tanjug said.\n\nIn the aftermath of the Cold War, Albright said.',
  });
  t.equal(doc.quotes.find((x) => x.text.includes('20 people'))?.text, 'At least 20 people were killed when two trucks collided north of Maputo on Saturday');
  t.ok(doc.quotes.some((x) => x.text.startsWith('On Thursday, the Yugoslav government endorsed')));
  t.notOk(doc.quotes.some((x) => x.text.includes('aftermath')), 'a phrase without a clause is no report');
});

t.test('a relative pronoun after "with" speaks for the people named before it', async (t) => {
  const doc = annotate({ body: 'A federal judge on Monday blocked the law, siding with civil rights groups who argued it would disenfranchise thousands of voters.' });
  t.equal(doc.quotes[0]?.speaker?.name, 'civil rights groups');
});

t.test('a pronoun or place in a prepositional phrase of the source is no speaker', async (t) => {
  const doc = annotate({ body: 'Nordwave Semiconductor said it would cut jobs. The union representing workers at its Trondheim plant said it had not been consulted.' });
  const q = doc.quotes.find((x) => x.text.includes('consulted'));
  t.equal(q?.speaker?.entity_id ?? null, null);
  t.equal(q?.speaker?.name, 'The union representing workers at its Trondheim plant');
});

t.test('"she said" after an unnamed speaker is that speaker, not the last woman named', async (t) => {
  const doc = annotate({
    body: 'The woman, named locally as Grace Okafor, 29, was pronounced dead at the scene.\n\nA neighbour, who did not want to be named, told the BBC she had heard shouting. "It was terrifying, the whole street was lit up," she said.\n\nDet Ch Insp Helen Ward said: "Our thoughts remain with Grace\'s family."',
  });
  const q = doc.quotes.find((x) => x.text.includes('terrifying'));
  t.equal(q?.speaker?.entity_id ?? null, null, 'not Grace Okafor');
  t.equal(q?.speaker?.name, 'A neighbour');
  const ward = doc.quotes.find((x) => x.text.includes('thoughts'));
  t.equal(ward?.speaker?.name, 'Helen Ward', 'police ranks are titles');
  t.equal(doc.entities.find((e) => e.id === ward?.speaker?.entity_id)?.type, 'person');
  t.equal(doc.entities.filter((e) => /Grace/.test(e.name)).length, 1, '"Grace" is Grace Okafor');
});

t.test('an interview\'s "Q:" is nobody', async (t) => {
  const doc = annotate({ body: 'Morag Finlay kept the light for 31 years.\n\nQ: Did you ever think of leaving?\n\nA: Once, in the winter of 1987.' });
  t.notOk(doc.quotes.some((q) => q.speaker?.name === 'Q'));
});

t.test('a passive report ("said to be", "reported to be") is no one\'s speech', async (t) => {
  const doc = annotate({
    body: 'October started with a surprise for the electorate. After it was revealed his aide Hope Hicks tested positive for coronavirus, President Trump himself, his wife Melania, and son Barron all tested positive for the virus. Trump was said to be suffering "minor symptoms", and was admitted to Walter Reed Hospital as a precaution.\n\nAversion of harm to fellow rats was reported to be equal in both male and female rats.  If the actor rats were previously exposed to the shocks, their degree of harm aversion for others was heightened, the study revealed.',
  });
  t.notOk(doc.quotes.some((q) => q.text.startsWith('to be')));
  t.ok(doc.quotes.some((q) => q.speaker?.name === 'the study' && q.text.startsWith('If the actor rats')));
});

t.test('a study speaks, not the journal it appeared in; a relative clause after the head names no speaker', async (t) => {
  const doc = annotate({
    body: 'Octopuses may experience something like dreaming, according to a study published on Wednesday in the journal Nature.\n\nThe team, which also included scientists from the University of Washington, wrote in the paper that the findings "open the door to understanding how sleep evolved."',
  });
  const study = doc.quotes.find((q) => q.text.includes('dreaming'));
  t.equal(study?.speaker?.name, 'a study published on Wednesday in the journal Nature');
  t.equal(study?.speaker?.entity_id ?? null, null);
  const team = doc.quotes.find((q) => q.text.includes('open the door'));
  t.equal(team?.speaker?.name, 'The team');
});

t.test('"According to X," is followed by the whole of what X says; a quoted title after a verb not of saying is no quotation', async (t) => {
  const doc = annotate({
    body: '"The state of Amazonas has seen well above average fire activity," said Mark Parrington, a senior scientist at the European Center for Medium-Range Weather Forecasts. According to Parrington, fires in the Amazon release an average of 500-600 metric tons of carbon dioxide over the course of a typical year.\n\nThree decades ago Thomas Malone modernised how the business world thought about digital communications with a seminal paper, "Electronic Markets and Electronic Hierarchies".',
  });
  t.ok(doc.quotes.some((q) => q.text.startsWith('fires in the Amazon release')));
  t.notOk(doc.quotes.some((q) => q.text === 'Electronic Markets and Electronic Hierarchies'));
});

t.test('a reply that hits back is speech ("He shot back that …")', async (t) => {
  const doc = annotate({ body: 'Governor Maria Lopez said his plan would blow a hole in the budget. Senator Tom Becker shot back that the governor\'s own budget office had endorsed a similar idea.' });
  const q = doc.quotes.find((x) => x.text.includes('budget office'));
  t.equal(q?.cue?.text, 'shot back');
  t.equal(q?.speaker?.name, 'Tom Becker');
});

t.test('a company described by where it is speaks, not the place', async (t) => {
  const doc = annotate({
    body: 'GOODY PRODUCTS Inc. cut its quarterly dividend to five cents a share. The Kearny, N.J.-based maker of hair accessories and other cosmetic products said it cut the dividend due to its third-quarter loss.\n\nAnheuser-Busch Cos. said it would cut prices. The St. Louis company said major rivals had been following a policy of discounting.',
  });
  const goody = doc.quotes.find((q) => q.text.includes('cut the dividend'));
  t.equal(doc.entities.find((e) => e.id === goody?.speaker?.entity_id)?.name, 'GOODY PRODUCTS Inc.');
  const ab = doc.quotes.find((q) => q.text.includes('major rivals'));
  t.not(doc.entities.find((e) => e.id === ab?.speaker?.entity_id)?.type, 'place');
});

t.test('a relative clause between the subject and its verb is not what was said', async (t) => {
  const doc = annotate({ body: 'Last April, Mr. Drabinsky and a group of financial backers planned to acquire up to 30.2% of Cineplex for C$17.50 a share from Bronfman associates. Mr. Drabinsky, who would have had the right to vote those shares for two years, said the purchase, subsequently rejected by regulators, was in the interest of all shareholders.' });
  t.notOk(doc.quotes.some((q) => q.text.startsWith('who would have had')));
});

t.test('a relative clause inside the appositions of the subject: the person the sentence opens with speaks', async (t) => {
  const doc = annotate({ body: 'Jose Basulto, founder of Brothers to the Rescue, a Cuban exile group that frequently rescues Cuban refugees from the Straits of Florida, called the latest ruling "outrageous."' });
  t.equal(doc.quotes[0]?.speaker?.name, 'Jose Basulto');
});

t.test('a charge laid on someone is no speech; "charged that" is', async (t) => {
  const doc = annotate({ body: 'State prosecutors charged the suspect in the shooting with capital murder. A West Bank bookseller charged on Thursday that the ministry had forced him to sign an undertaking.' });
  t.notOk(doc.quotes.some((q) => q.text.includes('capital murder')));
  t.ok(doc.quotes.some((q) => q.text.includes('forced him to sign')));
});

t.test('a phrase set off between the subject and its verb is not what was said', async (t) => {
  const doc = annotate({ body: 'Yesterday\'s launch proceeded without issue.  Hurley, on radio following the minutes-long ride to low Earth orbit, said, "It was incredible".' });
  t.notOk(doc.quotes.some((q) => q.text.includes('minutes-long ride')));
  t.ok(doc.quotes.some((q) => q.text === 'It was incredible' && q.speaker?.name === 'Hurley'));
});

t.test('wire copy: a dateline is no part of a content, silence is no report, a cue runs on to its "that", "they" goes on with analysts at a firm', async (t) => {
  const doc = annotate({
    body: 'BERLIN, March 4 (Reuters) - German carmaker Voltra AG is in advanced talks to buy battery startup CellForge, three people familiar with the matter told Reuters.\n\nCellForge did not immediately respond to a request for comment.\n\nCellForge said in a statement on its website last month that it had raised 300 million euros from investors.\n\nAnalysts at Bernstein said a deal would make sense. "Voltra is late to batteries and needs to buy, not build," they wrote in a note to clients.',
    published: '2025-03-04',
  });
  t.ok(doc.quotes.some((q) => q.text.startsWith('German carmaker Voltra AG is in advanced talks')));
  t.notOk(doc.quotes.some((q) => /request for comment/.test(q.text)));
  t.ok(doc.quotes.some((q) => q.text.startsWith('that it had raised 300 million euros')));
  // (Analysts at a firm speak for it, as officials at a company do; "they" goes on with them.)
  t.equal(entityName(doc, doc.quotes.find((q) => q.text.includes('make sense'))), 'Bernstein');
  t.equal(entityName(doc, doc.quotes.find((q) => q.text.includes('late to batteries'))), 'Bernstein');
});

t.test('a refusal to tell is no report ("did not say when …", "would not say how many …"); a negated claim still is', async (t) => {
  const doc = annotate({
    body: "Pellucid said the data was stored securely. It did not say when the feature might return. The company would not say how many users were affected. Officials didn't say whether the road would reopen. The mayor did not say that the plan had failed, but she conceded delays.",
  });
  t.ok(doc.quotes.some((q) => q.text === 'the data was stored securely'));
  t.notOk(doc.quotes.some((q) => /^(?:when the feature|how many users|whether the road)/.test(q.text)));
  t.ok(doc.quotes.some((q) => q.text.startsWith('that the plan had failed')));
  const other = annotate({ body: 'He declined to comment on the size of the issue. Declan Horgan pleaded guilty at Castlebar Circuit Criminal Court to producing an article capable of inflicting serious injury. The Met Office has issued an amber warning for wind until 6pm this evening.' });
  t.same(other.quotes.map((q) => q.text), [], 'nor a refusal to comment, a plea or a warning issued');
});

t.test('a second report joined by "and" is a quote of its own; "called for" and "called on" report demands; calling a thing something is a partial quote', async (t) => {
  const doc = annotate({
    body: 'The mayor said crime had fallen by 8 percent last year and called Salcedo\'s figures "fearmongering." Chief Rowan Littlecrow warned that the drinking water intake could be at risk and called on the province to provide bottled water. The EPR said it operated throughout Mexico, including the capital, and denied government assertions it was isolated to one state. Amnesty International has called for an investigation into the shooting. Officials unveiled a plan called "Build Back Better" on Monday. Witnesses said anyone who came and asked was turned away.',
  });
  const q = (p: string) => doc.quotes.find((x) => x.text.includes(p));
  t.equal(q('crime had fallen')?.text, 'crime had fallen by 8 percent last year');
  t.equal(q('fearmongering')?.text, 'Salcedo\'s figures "fearmongering."');
  t.equal(q('fearmongering')?.cue?.text, 'called');
  t.equal(q('fearmongering')?.speaker?.name, 'The mayor');
  t.equal(q('at risk')?.text, 'that the drinking water intake could be at risk');
  t.equal(q('bottled water')?.text, 'the province to provide bottled water');
  t.equal(q('bottled water')?.cue?.text, 'called on');
  t.equal(q('operated throughout')?.text, 'it operated throughout Mexico, including the capital');
  t.equal(q('government assertions')?.cue?.text, 'denied');
  t.equal(q('an investigation')?.cue?.text, 'has called for');
  t.notOk(q('Build Back Better'), 'a name is no quotation');
  t.equal(q('turned away')?.text, 'anyone who came and asked was turned away', 'a verb of the reported clause\'s own subject stays');
});

t.test('"about" before a number and a clause opens a report; before a bare measure it does not', async (t) => {
  const doc = annotate({
    body: 'According to the charity, about 1 in 3 cases may be linked to factors people can change. The rebels said about 100 soldiers were killed in the attack. Forecasters said winds were only predicted to reach about 75 miles per hour.',
  });
  t.ok(doc.quotes.some((q) => q.text.startsWith('about 1 in 3 cases may be linked')));
  t.ok(doc.quotes.some((q) => q.text.startsWith('about 100 soldiers were killed')));
  t.notOk(doc.quotes.some((q) => q.text === 'about 75 miles per hour'));
});

t.test('a verb ending the sentence right after a content is part of what was said, not its cue', async (t) => {
  const doc = annotate({
    body: "Pellucid Inc. said on Friday it would temporarily disable a new feature in its photo-sharing app that automatically identified people in users' pictures, after privacy regulators in two countries opened inquiries and thousands of users complained.\n\nThe feature, called FaceFind, was rolled out to users in the United States and Europe last month.",
  });
  const q = doc.quotes.find((x) => x.text.startsWith('it would temporarily disable'));
  t.equal(q?.cue?.text, 'said');
  t.equal(q?.speaker?.name, 'Pellucid Inc.');
});

t.test('a report ending its sentence ("…, the team reported."); media reports; a company’s results are no report', async (t) => {
  const doc = annotate({
    body: 'Researchers at the University of Tarnwick isolated the molecule from sponges.\n\nIn laboratory tests, the compound reduced the transfer of resistance genes between strains of E. coli by as much as 87 per cent, the team reported.\n\nThe Guardian reported that the minister had resigned. Savin Corp. reported a third-quarter net loss of $35.2 million, or 31 cents a share, compared with year-earlier profit. State media reported a five-storey block of flats collapsed in Aleppo.',
  });
  const q = (p: string) => doc.quotes.find((x) => x.text.includes(p));
  t.equal(q('87 per cent')?.text, 'In laboratory tests, the compound reduced the transfer of resistance genes between strains of E. coli by as much as 87 per cent');
  t.equal(q('87 per cent')?.speaker?.name, 'the team');
  t.equal(q('minister had resigned')?.speaker?.name, 'The Guardian');
  t.notOk(q('net loss'), 'a result');
  t.ok(q('block of flats collapsed'));
  t.notOk(doc.entities.some((e) => e.name === 'E.'), 'a genus initial is no name');
  const recall = annotate({ body: 'Harbor Home Goods is recalling about 40,000 space heaters sold at Walmart, the company said. Ginger Baker, the drummer, died on Sunday. His daughter said he died in Britain.' });
  const r = recall.quotes.find((x) => x.text.includes('space heaters'));
  t.equal(r?.text, 'Harbor Home Goods is recalling about 40,000 space heaters sold at Walmart', 'the frame takes the sentence over a verb that is not one of saying');
  t.equal(r?.cue?.text, 'said');
  const cpsc = annotate({ body: 'The infant products maker Brightnest Inc. is recalling about 1.2 million baby loungers after three infants died and dozens more were found in dangerous positions, the U.S. Consumer Product Safety Commission announced Wednesday.' });
  t.equal(cpsc.quotes[0]?.speaker?.name, 'U.S. Consumer Product Safety Commission', 'a long name frames the sentence too');
  t.equal(recall.quotes.find((x) => x.text.includes('died in Britain'))?.speaker?.entity_id ?? null, null, '"his daughter" is not the one who died');
});

t.test('interview transcripts: a labelled line is its speaker\'s direct quote; the interviewer\'s questions are not', async (t) => {
  const body = [
    'Lorna Whitcombe became chief executive of Harbourside Credit Union last year. She spoke to reporter Sam Oyelaran.',
    'Q: You took over at a difficult time. How would you describe the last 12 months?',
    'A: Honestly, it has been a year of triage, and we had two branches losing money every month.',
    'Oyelaran: Your critics say you have been too slow to lend to entrepreneurs. Is that fair?',
    'Whitcombe: That is fair criticism for 2023, but it is not fair for 2024 and I can show you why.',
    '((Richard Stallman)) People should be free to share the programs they use, and to change them as they wish.',
    '((WN)) Why do you think the licence exists at all?',
  ].join('\n\n');
  const doc = annotate({ body });
  const q = (p: string) => doc.quotes.find((x) => x.text.includes(p));
  t.equal(q('year of triage')?.kind, 'direct');
  t.equal(q('year of triage')?.text, 'Honestly, it has been a year of triage, and we had two branches losing money every month.');
  t.equal(entityName(doc, q('year of triage')), 'Lorna Whitcombe', '"A:" is the interviewee');
  t.equal(entityName(doc, q('fair criticism')), 'Lorna Whitcombe');
  t.equal(entityName(doc, q('free to share')), 'Richard Stallman');
  t.notOk(q('difficult time') ?? q('too slow') ?? q('licence exists'), 'questions are not quotes');
  const list = annotate({ body: 'Candidates on the ballot:\n\nJo Jorgensen: Libertarian Party.\n\nHowie Hawkins: Green Party.\n\nBrian Carroll: American Solidarity Party.' });
  t.same(list.quotes, [], 'a list of names and parties is no transcript');
});

t.test('a source phrase runs on over its prepositional phrase before an anonymity clause', async (t) => {
  const doc = annotate({ body: 'The person familiar with the investigation, who spoke on condition of anonymity because they were not authorized to discuss the case publicly, said investigators believed the killer had known the victim.' });
  const q = doc.quotes.find((x) => x.text.startsWith('investigators believed'));
  t.equal(q?.speaker?.name, 'The person familiar with the investigation');
});

t.test('a clause joined by ", and", ", but" or ", though" to a report with its own content is the writer\'s', async (t) => {
  const doc = annotate({
    body: "The Gunners have spent more than £120m this summer, and manager Luis Ortega said last week that Okafor would be the club's last major signing. The initial reports were of drone attacks, but the Saudi government said the attack included cruise missiles. Pelosi has said her plans will begin with less controversial issues, and Republicans said they would wait.",
  });
  const texts = doc.quotes.map((q) => q.text);
  t.ok(texts.includes("that Okafor would be the club's last major signing"));
  t.notOk(texts.some((x) => x.startsWith('The Gunners have spent') || x.startsWith('The initial reports')));
  t.ok(texts.some((x) => x.startsWith('her plans will begin')), 'a report of its own stays');
  const though = annotate({ body: 'The ruling sends the case back to the Sixth Circuit. A hearing has not yet been scheduled, though Ruiz said she expected one by Oct. 15. Asked what advice she would give her successor, she paused.' });
  t.same(though.quotes.map((q) => q.text), ['she expected one by Oct. 15'], '", though" too; a question put to someone is not her report');
});

t.test('a live blog\'s entry stamp is no part of a content', async (t) => {
  const doc = annotate({ body: '10.42am: More than 38,000 homes are now without power, according to Northern Grid Networks.\n\n10.55am: The chief executive said crews could not go up poles in these winds.' });
  t.same(doc.quotes.map((q) => q.text), ['More than 38,000 homes are now without power', 'crews could not go up poles in these winds']);
});

t.test('the writer\'s description of a quotation after it is no part of the content', async (t) => {
  const doc = annotate({ body: 'Brookhaven Police Chief Alan Dwyer told reporters last Friday that there was “no ongoing threat to the public,” a statement that did little to calm residents.' });
  t.equal(doc.quotes[0]?.text, 'that there was “no ongoing threat to the public,”');
});

t.test('a quotation without a frame is not taken by the next sentence\'s report, which keeps its own content', async (t) => {
  const doc = annotate({ body: 'Finance critic Graham Tessier was unmoved. "We have cut where we could," he told reporters. "Manitobans have heard that story before." He warned that the government was counting on revenue growth that might not come.' });
  const q = (p: string) => doc.quotes.find((x) => x.text.includes(p));
  t.not(q('heard that story')?.cue?.text, 'warned');
  t.equal(q('revenue growth')?.cue?.text, 'warned');
  t.equal(entityName(doc, q('revenue growth')), 'Graham Tessier');
});

t.test('celebrity news: "the 27-year-old told fans", a record label, a fan "on X."', async (t) => {
  const doc = annotate({
    body: 'Swedish pop star Mara Lind has cancelled the remaining dates of her European tour.\n\nIn a post on Instagram on Sunday, the 27-year-old told fans she was "heartbroken" but had been advised by doctors to rest.\n\nHer label, Northlight Records, said refunds would be issued automatically.\n\n"Take all the time you need, Mara," one wrote on X. Fellow musician Dev Patel Jr. posted a photo of the pair.',
    published: '2024-09-16',
  });
  const told = doc.quotes.find((q) => q.text.includes('heartbroken'));
  t.equal(told?.cue?.text, 'told fans');
  t.equal(doc.entities.find((e) => e.id === told?.speaker?.entity_id)?.name, 'Mara Lind');
  t.equal(doc.entities.find((e) => e.name === 'Northlight Records')?.type, 'organization');
  t.not(doc.quotes.find((q) => q.text.includes('Take all the time'))?.speaker?.name, 'Dev Patel Jr.');
  t.notOk(doc.entities.some((e) => e.name === 'X. Fellow'));
});

t.test('what the writer says of a figure after "according to X" is not part of the source', async (t) => {
  const doc = docWithNames('The race drew about $2.1 million in spending, according to the county elections board, a record for the office. Unemployment rose to 6 percent in May, according to the Labour Ministry, up from 3 percent a year earlier.', { 'Labour Ministry': 'organization' });
  const got = quotesOf(doc).map((q) => [q.text, q.cue?.text, doc.body.slice(q.speaker!.start!, q.speaker!.end!)]);
  t.same(got, [
    ['The race drew about $2.1 million in spending', 'according to', 'the county elections board'],
    ['Unemployment rose to 6 percent in May', 'according to', 'the Labour Ministry'],
  ]);
});

t.test('a dateline opening a paragraph is no part of its first sentence', async (t) => {
  const doc = docWithNames('NEW YORK, June 6 — The Financial Markets Commission on Thursday charged the founder of a hedge fund with fraud, alleging that he concealed more than $310 million in losses.\n\nADRANA, Feb 3 — At least 43 people were killed over the weekend, according to hospital officials and aid workers in the region.', { 'Financial Markets Commission': 'organization' });
  const got = quotesOf(doc).map((q) => [q.text, q.cue?.text, doc.body.slice(q.speaker!.start!, q.speaker!.end!)]);
  t.same(got, [
    ['that he concealed more than $310 million in losses', 'alleging', 'The Financial Markets Commission'],
    ['At least 43 people were killed over the weekend', 'according to', 'hospital officials and aid workers in the region'],
  ]);
  // Places joined by a slash, a plain hyphen after the agency, a name's lower-case prefix, a state's abbreviation.
  const more = docWithNames('OSLO/HELSINKI (Nordic Business Wire) - Two grid operators agreed on Monday to build a new undersea cable, officials at both companies said.\n\nMacKENZIE, Ore. (AP) — Firefighters contained a blaze that destroyed four barns, the county fire marshal said Friday.', {});
  t.same(quotesOf(more).map((q) => q.text), ['Two grid operators agreed on Monday to build a new undersea cable', 'Firefighters contained a blaze that destroyed four barns']);
});

t.test('"at least" and "about" before a number open a report', async (t) => {
  const doc = docWithNames('He said at least 11 of the dead had been brought to the hospital already deceased. Green Mountain Power said about 1,800 customers in Granby County remained in the dark.', { 'Green Mountain Power': 'organization' });
  const got = quotesOf(doc).map((q) => [q.text, q.cue?.text]);
  t.same(got, [
    ['at least 11 of the dead had been brought to the hospital already deceased', 'said'],
    ['about 1,800 customers in Granby County remained in the dark', 'said'],
  ]);
});

t.test("after a frame, the writer's comment is not what was said", async (t) => {
  const doc = docWithNames(
    'The Vesper Fold will be followed by a cheaper model next year, the company said, though it gave no price or date. ' +
      'Connections have been cut since Friday, according to NetWatch Observatory, a group that monitors internet shutdowns. ' +
      'More than 7 inches of rain fell on Thursday, according to the National Weather Service, sending the river over its banks. ' +
      'Two people were killed, state police said, including a 78-year-old man whose car was swept off Route 14.',
    { 'NetWatch Observatory': 'organization', 'National Weather Service': 'organization' },
  );
  t.same(quotesOf(doc).map((q) => q.text), [
    'The Vesper Fold will be followed by a cheaper model next year',
    'Connections have been cut since Friday',
    'More than 7 inches of rain fell on Thursday',
    'Two people were killed',
  ]);
  // A clause after the frame is still said: a gerund subject with its verb, "that" after an interposed frame.
  const kept = docWithNames('If these findings are accurate, scientists say, containing the virus may require a different approach. The figures suggest, experts noted, that the outbreak may call for containment measures.', {});
  t.same(quotesOf(kept).map((q) => q.text).filter((x) => /^(?:containing|that)/.test(x)), ['containing the virus may require a different approach', 'that the outbreak may call for containment measures']);
});

t.test('a clause opening with "that" belongs to the verb before it', async (t) => {
  const doc = docWithNames('Bloomberg said in a statement after the recording became public that the comments do not reflect his commitment to criminal justice reform, and he reiterated his regret that he allowed the policy to grow.', { Bloomberg: 'person' });
  const q = quotesOf(doc).find((x) => x.text.startsWith('that the comments'));
  t.equal(q?.cue?.text, 'said');
});

t.test('a relative clause with "whose" between the subject and the verb of saying', async (t) => {
  const doc = docWithNames('Singer Lola Haverty, whose own tour was interrupted by a similar injury in 2021, wrote on X that the decision was "the bravest thing a singer can do."', { 'Lola Haverty': 'person' });
  t.equal(entityName(doc, quotesOf(doc)[0]), 'Lola Haverty');
});

t.test('people who were somewhere speak for themselves, not for the place', async (t) => {
  const doc = docWithNames('Fans at the AO Arena said she appeared to be struggling with her voice. Analysts at Harwood Research said the deal was fair.', { 'AO Arena': 'organization', 'Harwood Research': 'organization' });
  const [fans, analysts] = quotesOf(doc);
  t.equal(fans?.speaker?.entity_id, null);
  t.equal(fans?.speaker?.name, 'Fans at the AO Arena');
  t.equal(entityName(doc, analysts), 'Harwood Research', 'people who work there speak for it');
});

t.test('the one told is not part of what was told, with or without "that": the cue names them', async (t) => {
  const doc = docWithNames("Yusuf Haddad told the club's media channel he had dreamed of scoring a late winner at the Foundry. Mara Quinn told Reuters she was leaving the party.", { 'Yusuf Haddad': 'person', 'Mara Quinn': 'person', Reuters: 'organization' });
  t.same(quotesOf(doc).map((q) => [q.text, q.cue?.text]), [
    ['he had dreamed of scoring a late winner at the Foundry', "told the club's media channel"],
    ['she was leaving the party', 'told Reuters'],
  ]);
});

t.test('a frame inside a relative clause reports what follows it', async (t) => {
  const doc = docWithNames('In her note, Sienna Vale thanked her band and crew, who she said would be paid during the break.', { 'Sienna Vale': 'person' });
  t.same(quotesOf(doc).map((q) => q.text), ['would be paid during the break']);
});

t.test('a second report joined by "but" is a quote of its own', async (t) => {
  const doc = docWithNames('Rovers captain Sam Ibekwe said the dressing room was "gutted" but insisted the performance gave them reason for optimism.', { 'Sam Ibekwe': 'person' });
  t.same(quotesOf(doc).map((q) => [q.text, q.cue?.text, entityName(doc, q)]), [
    ['the dressing room was "gutted"', 'said', 'Sam Ibekwe'],
    ['the performance gave them reason for optimism', 'insisted', 'Sam Ibekwe'],
  ]);
});

t.test('an age or a nationality speaks for the subject of the sentence before', async (t) => {
  const doc = docWithNames(
    'Lowry, who was appointed in the summer, said he had brought Haddad on to attack crosses. "Yusuf is the best in the air at this club," the 46-year-old said.',
    { Lowry: 'person', Haddad: 'person', Yusuf: 'person' },
  );
  const q = quotesOf(doc).find((x) => x.kind === 'direct');
  t.equal(entityName(doc, q), 'Lowry');
});

t.test('a phrase opening the sentence before the source is no content; "said" and the clause after it are', async (t) => {
  const doc = docWithNames("In a civil complaint filed in federal court in Manhattan, the commission said Desmond Halloran, 58, directed employees to mark the fund's positions at inflated prices.", { 'Desmond Halloran': 'person' });
  t.same(quotesOf(doc).map((q) => [q.text, q.cue?.text]), [["Desmond Halloran, 58, directed employees to mark the fund's positions at inflated prices", 'said']]);
  const clause = docWithNames('On Thursday the Yugoslav government endorsed the text of the agreement, the news agency Tanjug said.', { Tanjug: 'organization' });
  t.same(quotesOf(clause).map((q) => q.text), ['On Thursday the Yugoslav government endorsed the text of the agreement']);
});

t.test('a quotation running over paragraphs after a frame with no verb of saying is kept whole', async (t) => {
  const doc = docWithNames(
    'The board\'s chair, Fiona Dallimore, defended the decision at a public meeting that evening. "Without dredging, the largest ships will stop calling here within three years. That would cost this town hundreds of jobs.\n\n"I know the fishing crews are worried, and I take that seriously. We will stop work if the monitoring shows damage."',
    { 'Fiona Dallimore': 'person' },
  );
  const q = quotesOf(doc).find((x) => x.kind === 'direct');
  t.match(q?.text ?? '', /^Without dredging[\s\S]*shows damage\.$/);
  t.equal(entityName(doc, q), 'Fiona Dallimore');
});

t.test('the second half of a split quotation keeps the cue it was said with', async (t) => {
  const doc = docWithNames('"We did everything they told us to do after the last flood," Lan Vu said, pointing at the waterline on her kitchen wall. "We raised the furnace. We moved the washer upstairs."', { 'Lan Vu': 'person' });
  t.same(quotesOf(doc).map((q) => [q.cue?.text, entityName(doc, q)]), [['said', 'Lan Vu'], ['said', 'Lan Vu']]);
});

t.test("a report of things inside a speaker's sentence is part of what the speaker said", async (t) => {
  const doc = docWithNames('Helena Varga leads the study. Early figures suggested that each coach could support about 120 patients at a time, she said, at a cost of roughly £90 per patient per year.', { 'Helena Varga': 'person' });
  t.same(quotesOf(doc).map((q) => [q.text, q.cue?.text, entityName(doc, q)]), [['Early figures suggested that each coach could support about 120 patients at a time', 'said', 'Helena Varga']]);
});

t.test('"According to" a role and the name set off after it, or a name and its role: the person speaks', async (t) => {
  const names = { 'Amara Okonkwo-Bell': 'person', 'Nandini Iyer': 'person', Trump: 'person', 'Halden University': 'organization' } as const;
  const doc = docWithNames(
    "According to the mission's principal investigator, Dr. Amara Okonkwo-Bell of Halden University, the instruments could settle that question within months. According to Dr. Nandini Iyer, an agricultural economist at the Institute for Rural Policy Studies, similar waivers had delivered little long-term change. According to official statements, Trump, now operating from the hospital, is to continue performing his duties.",
    names,
  );
  t.same(quotesOf(doc).map((q) => [q.text, doc.body.slice(q.speaker!.start!, q.speaker!.end!)]), [
    ['the instruments could settle that question within months', "the mission's principal investigator, Dr. Amara Okonkwo-Bell of Halden University"],
    ['similar waivers had delivered little long-term change', 'Dr. Nandini Iyer, an agricultural economist at the Institute for Rural Policy Studies'],
    ['Trump, now operating from the hospital, is to continue performing his duties', 'official statements'],
  ]);
  t.equal(entityName(doc, quotesOf(doc)[0]), 'Amara Okonkwo-Bell');
});

t.test('no content from a fronted subordinate clause, an anonymity clause, a relative clause in the subject or a sign', async (t) => {
  const doc = docWithNames(
    'When one of her triptychs sold at auction for $2.3 million in 2007, Rosalind Achterberg told a reporter that she had "no feelings about it whatsoever." ' +
      'A senior European diplomat, speaking on condition of anonymity because the negotiations are confidential, said the EU was prepared to accept a cap. ' +
      "Kenya's environment minister, Grace Atieno Odhiambo, who flew to Geneva this week to shore up support for the cap, said she remained hopeful. " +
      '"I voted yes because I am tired of apologizing to patients," Jasmine Cole said, holding a sign that read "Safe Staffing Saves Lives."',
    { 'Rosalind Achterberg': 'person', 'Grace Atieno Odhiambo': 'person', 'Jasmine Cole': 'person', Geneva: 'place' },
  );
  t.same(quotesOf(doc).map((q) => q.text), [
    'that she had "no feelings about it whatsoever."',
    'the EU was prepared to accept a cap',
    'she remained hopeful',
    'I voted yes because I am tired of apologizing to patients',
  ]);
  const kept = docWithNames('If the deal fails, the plant will close next year, the minister said.', {});
  t.same(quotesOf(kept).map((q) => q.text), ['If the deal fails, the plant will close next year']);
});

t.test('coordination: a clause with its own subject after a quotation mark ends the content; "and that" is a second report; "and" with the same subject goes on', async (t) => {
  const doc = docWithNames(
    'In 1994 Rosalind Achterberg said that explaining a painting was "like describing a smell to someone who has no nose," and she rarely attended her own openings. ' +
      'Valley Health said in a statement that it had offered raises of 18% over four years, which it called "among the most generous in the region," and that all three hospitals would remain open. ' +
      'City Manager Paul Esposito said school officials had reviewed the plan last fall and expected the new housing to add about 60 students.',
    { 'Rosalind Achterberg': 'person', 'Valley Health': 'organization', 'Paul Esposito': 'person' },
  );
  const got = quotesOf(doc).map((q) => [q.text, q.cue?.text]);
  t.same(got, [
    ['that explaining a painting was "like describing a smell to someone who has no nose,"', 'said'],
    ['that it had offered raises of 18% over four years', 'said in a statement'],
    ['among the most generous in the region', 'called'],
    ['that all three hospitals would remain open', 'said in a statement'],
    ['school officials had reviewed the plan last fall and expected the new housing to add about 60 students', 'said'],
  ]);
});

t.test('"…, according to X." ends its sentence with its frame whatever the tagger read; "there" after a source is no cue', async (t) => {
  const doc = docWithNames('Analysts on average had expected $3.46, according to data compiled by Kestrel Analytics. Union leaders there told reporters they had won most of their demands. Six of the murders were, according to agreed facts heard in court, "sexual in nature."', { 'Kestrel Analytics': 'organization' });
  const got = quotesOf(doc).map((q) => [q.text, q.cue?.text, q.speaker?.start != null ? doc.body.slice(q.speaker.start, q.speaker.end!) : null]);
  t.same(got.slice(0, 2), [
    ['Analysts on average had expected $3.46', 'according to', 'data compiled by Kestrel Analytics'],
    ['they had won most of their demands', 'told reporters', 'Union leaders there'],
  ]);
  t.notOk(got.some((g) => g[0] === 'Six of the murders were'), 'not in the middle of a sentence');
});

t.test('speech reporting speech: the outer report and the inner one, with their own speakers', async (t) => {
  const doc = docWithNames(
    'Detective Rachel Thornbury said Mr Hutchins had told her in a recorded interview that he "didn\'t mean for anyone to get hurt". ' +
      'Two weeks ago, the Uttar Pradesh Cooperative Bank had cautioned the state government about rising defaults on agricultural loans, a spokesperson for the bank told The Hindustan Express.',
    { 'Rachel Thornbury': 'person', Hutchins: 'person', 'Uttar Pradesh Cooperative Bank': 'organization', 'Hindustan Express': 'organization' },
  );
  const got = quotesOf(doc).map((q) => [q.cue?.text, doc.body.slice(q.speaker!.start!, q.speaker!.end!)]);
  t.same(got, [
    ['said', 'Detective Rachel Thornbury'],
    ['had told her', 'Mr Hutchins'],
    ['told The Hindustan Express', 'a spokesperson for the bank'],
    ['had cautioned', 'the Uttar Pradesh Cooperative Bank'],
  ]);
});

t.test('"as she later put it, “…”" is her quotation', async (t) => {
  const doc = docWithNames('Rosalind Achterberg moved to New York in 1958 with, as she later put it, "two suitcases, one good coat and no English at all."', { 'Rosalind Achterberg': 'person' });
  const q = quotesOf(doc)[0];
  t.equal(q?.text, 'two suitcases, one good coat and no English at all.');
  t.equal(q?.cue?.text, 'put it');
  t.equal(entityName(doc, q), 'Rosalind Achterberg');
});

t.test('"the statement said" speaks for whoever issued the statement', async (t) => {
  const doc = docWithNames('Valley Health said in a statement that it had offered raises of 18% over four years. "We respect our nurses\' right to strike, and patient care will not be interrupted," the statement said.', { 'Valley Health': 'organization' });
  t.same(quotesOf(doc).map((q) => entityName(doc, q)), ['Valley Health', 'Valley Health']);
});

t.test('"her son" speaks for the son the article introduced by name', async (t) => {
  const doc = docWithNames('Rosalind Achterberg died on Friday at 91. She is survived by a son, Pieter Ross, and a granddaughter. Her son said on Sunday that his mother had kept painting until the last month of her life.', {
    'Rosalind Achterberg': 'person',
    'Pieter Ross': 'person',
  });
  t.equal(entityName(doc, quotesOf(doc)[0]), 'Pieter Ross');
  const unnamed = docWithNames('Rosalind Achterberg died on Friday at 91. Her son said on Sunday that his mother had kept painting.', { 'Rosalind Achterberg': 'person' });
  t.equal(quotesOf(unnamed)[0]?.speaker?.entity_id, null, 'a relative not named speaks for no one named');
});

t.test('"he said" does not continue a woman speaker', async (t) => {
  const body =
    'Sister Jeanne Ward said the meeting went well and that she was glad to host the family. She said the boy looked happy.\n\n' +
    'In an interview, the boy\'s father criticized how the meeting was handled. He said that his relatives had offered money to the boy.';
  const doc = docWithNames(body, { 'Jeanne Ward': 'person' });
  const last = quotesOf(doc).find((q) => q.text.includes('relatives'))!;
  t.equal(last.speaker?.name, 'He');
  t.equal(last.speaker?.entity_id, null);
  const man = docWithNames(body.replace('Sister Jeanne Ward', 'Father John Ward').replace('that she was', 'that he was').replace('She said', 'He said'), { 'John Ward': 'person' });
  t.equal(entityName(man, quotesOf(man).find((q) => q.text.includes('relatives'))!), 'John Ward', 'a man may be continued');
});

t.test('the cue of "told" runs over the one told, not over a time, a clause or what was said', async (t) => {
  const doc = annotate({
    body:
      '"We will rebuild," Sheriff Wade Pruitt told The Associated Press by phone on Tuesday.\n\n' +
      'The prosecutor told jurors in his closing argument on Monday that the video showed the defendant.\n\n' +
      'The minister told Reuters Monday that talks had failed. Akashi told reporters after briefing the Council that it might be sooner. ' +
      'She told him that she was leaving.\n\n"Tonight the valley chose," Dana Whitfield told a crowd of several hundred supporters on Tuesday.',
  });
  t.same(doc.quotes.map((q) => q.cue?.text), ['told The Associated Press', 'told jurors', 'told Reuters', 'told reporters', 'told him', 'told a crowd of several hundred supporters']);
  const seed = annotate({ body: 'An attack cannot be disregarded, Prime Minister Benjamin Netanyahu told US Secretary of State Antony Blinken on Tuesday.' });
  t.equal(seed.quotes[0]?.cue?.text, 'told US Secretary of State Antony Blinken', '"US" is no pronoun');
});

t.test('a phrase of time or occasion between the verb and "that" is neither cue nor content', async (t) => {
  const doc = annotate({ body: 'The mayor said during a visit to the site on Tuesday that the bridge would reopen in May.' });
  t.same(doc.quotes.map((q) => [q.cue?.text, q.text]), [['said', 'that the bridge would reopen in May']]);
  const outside = annotate({ body: 'The hearing resumed on Monday. DA MP Lerato Dube said outside the hearing that Mahlangu\'s evidence was "damning" and "goes to the heart of the matter".' });
  t.same(outside.quotes.map((q) => [q.cue?.text, q.text]), [['said', 'that Mahlangu\'s evidence was "damning" and "goes to the heart of the matter"']], 'nor the preposition between them');
  const when = annotate({ body: 'The inquiry opened on Monday. Justice Ruth Amadi said when the hearings began that her task was to find out what happened.' });
  t.same(when.quotes.map((q) => q.text), ['that her task was to find out what happened'], 'nor a clause of the time');
});

t.test('"her publisher", "Trump\'s doctors", "his critics" speak for themselves, not for the one they belong to', async (t) => {
  const doc = docWithNames('Adaeze Nwosu won the prize on Monday. Her publisher said a U.S. edition is planned for next spring. Nwosu\'s critics said the prize was fixed.', { 'Adaeze Nwosu': 'person', Nwosu: 'person' });
  t.same(quotesOf(doc).map((q) => [q.speaker?.name, q.speaker?.entity_id]), [['Her publisher', null], ["Nwosu's critics", null]]);
});

t.test('a verb of saying joined by "but" speaks for the name that opens the sentence', async (t) => {
  const doc = docWithNames('The Bank of England cut interest rates by a quarter point on Thursday, its third reduction since last summer, but warned that inflation would climb back above its target this year.', { 'Bank of England': 'organization' });
  t.same(quotesOf(doc).map((q) => [q.text, q.cue?.text, q.speaker?.name]), [['that inflation would climb back above its target this year', 'warned', 'Bank of England']]);
});

t.test('a title set beside what it is ("“Harbour Lights,” the 2011 single") is no speech', async (t) => {
  const doc = annotate({ body: '“We waited a long time for this,” Trelawny told the crowd before the band tore into “Harbour Lights,” the 2011 single that made them famous.' });
  t.same(doc.quotes.map((q) => q.text), ['We waited a long time for this']);
});

t.test('"the statement said" speaks for the one whose statement the sentence before named', async (t) => {
  const doc = docWithNames('In a statement released later Wednesday morning, Gary Kowalski thanked his staff and volunteers and said he had "no regrets about the fights we picked."\n\n"The voters have spoken, and I respect their decision," the statement said.', { 'Gary Kowalski': 'person' });
  t.same(quotesOf(doc).map((q) => entityName(doc, q)), ['Gary Kowalski', 'Gary Kowalski']);
});

t.test('why a source stays anonymous is not what it said', async (t) => {
  const doc = annotate({ body: 'The fire started near a campground, a Forest Service official said, speaking on condition of anonymity because the inquiry was ongoing.' });
  t.same(doc.quotes.map((q) => q.text), ['The fire started near a campground']);
});

t.test('the one who read a statement out is not its speaker', async (t) => {
  const doc = docWithNames('Lt. Mark Dubois led the search. A statement from the family, read by Dubois, said Tran was "the most careful person we know."', { 'Mark Dubois': 'person', Dubois: 'person', Tran: 'person' });
  t.equal(quotesOf(doc)[0]?.speaker?.entity_id, null);
});

t.test('what someone filed or posted is no report when it is a thing, not a clause', async (t) => {
  const doc = annotate({ body: 'At least two customers have filed proposed class-action lawsuits in federal court in Minneapolis. Almost all German car manufacturers posted gains in registration numbers in the period. Smith posted on Facebook that he was resigning. The controllers are demanding the monthly wage be increased.' });
  t.same(doc.quotes.map((q) => q.text), ['that he was resigning', 'the monthly wage be increased']);
});

t.test('the time of the speech is no part of the cue', async (t) => {
  const doc = annotate({ body: 'The volcano erupted again, forcing villagers to flee, Indonesian officials said Wednesday.\n\nThe company said in a statement released late Wednesday that it regretted the breach.\n\n"We are ready," the coach insisted Monday. Bob Hughes told Kamloops This Week that payments had stopped.' });
  t.same(doc.quotes.map((q) => q.cue?.text), ['said', 'said in a statement', 'insisted', 'told Kamloops This Week']);
});

t.test('a refusal to say, a product or a player recalled are no reports; a memory recalled is', async (t) => {
  const doc = annotate({ body: 'She declined to say who made the decision. Veridian Pharmaceuticals is recalling more than 1.2 million bottles of the drug. The team recalled infielder Tomas Aguilar from Triple-A. He recalled that the night was cold. Tipton recalled going to conventions with her friends.' });
  t.same(doc.quotes.map((q) => q.text), ['that the night was cold', 'going to conventions with her friends']);
});

t.test('British "per cent" is no cue ("per" as in "per a statement")', async (t) => {
  const doc = annotate({ body: 'The Rail, Tram and Bus Union announced on Wednesday that 78 per cent of members had voted to accept the offer.' });
  t.same(doc.quotes.map((q) => [q.cue?.text, q.text]), [['announced', 'that 78 per cent of members had voted to accept the offer']]);
});

t.test('a group with an apposition may speak unnamed; "told rescuers" names the ones told', async (t) => {
  const doc = annotate({ body: 'Survivors, most of them from Sudan, Eritrea and Bangladesh, told rescuers the boat had left Libya four days earlier.' });
  t.same(doc.quotes.map((q) => [q.cue?.text, q.text]), [['told rescuers', 'the boat had left Libya four days earlier']]);
});

t.test('"a union spokeswoman said" speaks for the one union the article names', async (t) => {
  const doc = docWithNames('The Transport Workers Union rejected the offer on Monday. A union spokeswoman said the deal was unfair. An Iraqi official said the talks would go on.', { 'Transport Workers Union': 'organization', 'Iraqi News Agency': 'organization' });
  t.same(quotesOf(doc).map((q) => [q.speaker?.name, q.speaker?.entity_id !== null]), [['Transport Workers Union', true], ['An Iraqi official', false]]);
});

t.test('a debate transcript labelled in capitals: each line is its speaker\'s, named before in full; the label\'s colon is no second quote', async (t) => {
  const doc = annotate({
    body: [
      'Republican vice-presidential nominee Mike Pence and moderator Chris Wallace clashed on Tuesday night. Here is an excerpt.',
      'WALLACE: Governor, I do not want to interrupt, but I want to try to get an answer from you on the economy.',
      'PENCE: Well, look, the American people know the economy is struggling and they want a change in Washington.',
      'WALLACE: But Governor, your own running mate said the opposite last week, and I want to know why.',
      'PENCE: I think what he said was that we need to bring back jobs to this country, and that is exactly right.',
    ].join('\n\n'),
  });
  const q = (p: string) => doc.quotes.filter((x) => x.text.startsWith(p));
  t.equal(entityName(doc, q('Well, look')[0]), 'Mike Pence');
  t.equal(entityName(doc, q('I think what he said')[0]), 'Mike Pence');
  t.equal(entityName(doc, q('Governor, I do not')[0]), 'Chris Wallace');
  t.equal(q('Governor, I do not').length, 1, 'one quote for the line');
  t.notOk(doc.entities.some((e) => e.name === 'Governor'), 'a title alone is no one');
});

t.test('after a verb of telling, the one told and a phrase of occasion are not what was told: the content opens at "that"', async (t) => {
  const doc = annotate({
    body: 'EU Trade Commissioner Henrik Lindqvist told reporters after a meeting with Canadian International Trade Minister Claire Boucher that negotiators would meet every two weeks until the text was finished. Federal Transport Minister Ben Rowley urged both sides to return to the table, telling ABC Radio National\'s Breakfast program on Thursday that "nobody wins from a strike at Easter".',
    published: '2026-03-12',
  });
  const texts = doc.quotes.map((q) => q.text);
  t.ok(texts.includes('that negotiators would meet every two weeks until the text was finished'), texts.join(' | '));
  t.ok(texts.includes('that "nobody wins from a strike at Easter"'), texts.join(' | '));
});

t.test('the subject speaks, not a clause set off inside it: a relative clause with "where", a participle clause with a name, a report its publisher names', async (t) => {
  const doc = annotate({
    body: "Coun. Tessa Morrow, whose ward includes the stretch of Barton Street where the shooting happened, said she would ask the police services board to review the training. Paylinq, a Dublin payments start-up, raised money. The company, founded in 2021 by brothers Eoin and Darragh Kinsella, said on Monday that the funding would be used to double its headcount. Nigeria accounts for 27 per cent of global malaria cases, according to the World Health Organization's latest World Malaria Report.",
    published: '2026-03-12',
  });
  const q = (p: string) => doc.quotes.find((x) => x.text.includes(p));
  t.equal(entityName(doc, q('police services board')), 'Tessa Morrow');
  t.equal(entityName(doc, q('double its headcount')), 'Paylinq');
  t.equal(entityName(doc, q('global malaria cases')), 'World Health Organization');
});

t.test('a frame set off by commas inside the sentence it reports: the whole sentence is what was said', async (t) => {
  const doc = annotate({
    body: 'Judge Harold Feinberg gave the parties 30 days to agree on a schedule. If they cannot, he wrote, the court will set one. These orcas, she suggested, specialize in hunting sharks. Strong winds presented difficulty during the crossing, Zapata said, adding it required much endurance.',
    published: '2026-03-12',
  });
  const texts = doc.quotes.map((q) => q.text);
  t.ok(texts.includes('If they cannot, he wrote, the court will set one'), texts.join(' | '));
  t.ok(texts.includes('These orcas, she suggested, specialize in hunting sharks'), texts.join(' | '));
  t.notOk(texts.some((x) => x.includes('Zapata said, adding')), 'a participle after the frame is a report of its own');
});

t.test('a document speaks for whoever the article said issued it ("the warning said")', async (t) => {
  const doc = annotate({ body: 'The National Weather Service has issued a lake-effect snow warning for Erie County. "Travel could be very difficult to impossible," the warning said.' });
  t.equal(entityName(doc, doc.quotes.find((q) => q.text.startsWith('Travel could be'))), 'National Weather Service');
});

t.test('"…, according to X, the … service." ends the sentence with the source and its apposition; the clause before is what was reported', async (t) => {
  const doc = annotate({ body: 'Lenders including Nationwide and Santander UK are expected to pass on the cut within days, according to Moneyfacts, the financial information service.' });
  t.same(doc.quotes.map((q) => [q.text, q.cue?.text]), [['Lenders including Nationwide and Santander UK are expected to pass on the cut within days', 'according to']]);
});

t.test('"According to X, …" opening a sentence is its frame, over an apposition of a name, where the tagger read a cue inside the clause', async (t) => {
  const doc = annotate({ body: 'According to a statement from SA Rugby, Mthembu will undergo a scan on Monday. According to Amy Cook, director of the Learning Together event, the tusk came from the wall in Fishmongers\' Hall.', published: '2026-03-12' });
  const texts = doc.quotes.map((q) => [q.text, q.cue?.text]);
  t.ok(texts.some(([x, c]) => x === 'Mthembu will undergo a scan on Monday' && c === 'According to'), JSON.stringify(texts));
  t.ok(texts.some(([x]) => x === "the tusk came from the wall in Fishmongers' Hall"), JSON.stringify(texts));
});

t.test('the head of the subject speaks, not the one who backs, leads or owns it', async (t) => {
  const doc = annotate({ body: 'Northwind, a Denver-based developer backed by the private equity firm Carlyle Group, says the project will create 60 jobs. The OAS mission, led by former Costa Rican vice president Beatriz Ferrer, said in a preliminary report that the vote was orderly.' });
  t.equal(entityName(doc, doc.quotes.find((q) => q.text.includes('60 jobs'))), 'Northwind');
  t.equal(entityName(doc, doc.quotes.find((q) => q.text.includes('vote was orderly'))), 'OAS');
});

t.test('a subject interrupted by a relative clause, an apposition or a place is part of what was reported, not a source of its own', async (t) => {
  const doc = annotate({
    body: 'Police said the suspect, who was not named, had been arrested on Tuesday. Investigators said the pilot, whose licence had lapsed, did not file a flight plan. “We are done,” said Mayor Jo Reyes, who has led the city since 2019, adding that talks would resume.',
    published: '2026-03-12',
  });
  const texts = doc.quotes.map((q) => [q.text, entityName(doc, q)]);
  t.ok(texts.some(([x]) => x === 'the suspect, who was not named, had been arrested on Tuesday'), JSON.stringify(texts));
  t.ok(texts.some(([x]) => x === 'the pilot, whose licence had lapsed, did not file a flight plan'), JSON.stringify(texts));
  t.notOk(texts.some(([x]) => x?.includes('has led the city')), 'after "said" with no subject before it, the name and its relative clause are the speaker');
  t.ok(texts.some(([x, s]) => x === 'We are done' && s === 'Jo Reyes'), JSON.stringify(texts));
  const more = annotate({
    body: 'The regulator said in a statement that Harbor Savings, a Toledo lender, had agreed to take over the branches. Dana Cole said one of her tenants, a teacher from Fresno, had left. The agency told reporters the plan, drafted in Geneva, Switzerland, was final. Pickett said the dry weather and a changed route, which cut out two climbs, had helped.',
    published: '2026-03-12',
  }).quotes.map((q) => [q.text, q.cue?.text]);
  t.same(more, [
    ['that Harbor Savings, a Toledo lender, had agreed to take over the branches', 'said in a statement'],
    ['one of her tenants, a teacher from Fresno, had left', 'said'],
    ['the plan, drafted in Geneva, Switzerland, was final', 'told reporters'],
    ['the dry weather and a changed route, which cut out two climbs, had helped', 'said'],
  ]);
});

t.test('a place or occasion before a colon and a quotation is neither cue nor content; an age between a name and "who" is no speaker', async (t) => {
  const doc = annotate({
    body: 'Coach Dana Okafor told reporters at the club’s training ground: “We wanted more room under the cap. That was the whole point.” Another was bus driver Ellen Marsh, 52, who cited only her years of first-aid training: “You just act. Anyone would.”',
    published: '2026-03-12',
  });
  const texts = doc.quotes.map((q) => [q.text, q.cue?.text, entityName(doc, q)]);
  t.ok(texts.some(([x, c, s]) => x === 'We wanted more room under the cap. That was the whole point.' && c === 'told reporters' && s === 'Dana Okafor'), JSON.stringify(texts));
  t.ok(texts.some(([x, , s]) => x === 'You just act. Anyone would.' && s === 'Ellen Marsh'), JSON.stringify(texts));
});

t.test('the writer\'s apposition after a frame, a clause of the writer\'s joined by ", and", and a frame with its medium at the sentence\'s end', async (t) => {
  const doc = annotate({
    body: 'Ridership on the line rose 12% in the year to June, the Regional Transit Authority said on Tuesday, the fourth straight annual gain.\n\nHalden Foods said last week that it would close two plants, and Marrow Brands has cut its own output by a fifth.\n\nNeither tanker changed course, ShipTrack said in an alert sent to subscribers Tuesday evening.',
    published: '2026-03-12',
  });
  const texts = doc.quotes.map((q) => q.text);
  t.notOk(texts.some((x) => x.includes('fourth straight annual gain')), JSON.stringify(texts));
  t.ok(texts.includes('that it would close two plants'), JSON.stringify(texts));
  t.ok(texts.includes('Neither tanker changed course'), JSON.stringify(texts));
  t.notOk(texts.some((x) => x.includes('sent to subscribers')), JSON.stringify(texts));
});

t.test('a body speaks through its unit, not the city the unit is in; a city before a state-based modifier is no speaker; "It said" speaks for a body described before', async (t) => {
  const doc = annotate({
    body: 'Investigators are looking into the theft of donor records. The FBI’s Denver field office confirmed it had opened a case.\n\nThe Tulsa, Oklahoma-based grocer filed for bankruptcy protection on Monday. It said it had lined up $90 million in new loans.',
    published: '2026-03-12',
  });
  const q = (p: string) => doc.quotes.find((x) => x.text.includes(p));
  t.equal(entityName(doc, q('opened a case')), 'FBI');
  const loans = q('new loans');
  t.ok(loans, 'the report after "It said" is kept');
  t.not(entityName(doc, loans), 'Tulsa');
});

t.test('someone described by a relation to the one named speaks unnamed; a spokesman for someone speaks for them', async (t) => {
  const doc = annotate({ body: 'A longtime aide to former Governor Clara Whitby told jurors that she had carried the envelopes. A spokesman for Clara Whitby said the claims were false.' });
  const q = (p: string) => doc.quotes.find((x) => x.text.includes(p));
  t.equal(q('carried the envelopes')?.speaker?.entity_id ?? null, null);
  t.equal(entityName(doc, q('claims were false')), 'Clara Whitby');
});

t.test('what is said of a figure or of the source after "according to X," is no second report; a company\'s reported result is no report even with a relative clause', async (t) => {
  const doc = annotate({
    body: 'The average rent for a two-bedroom flat rose to £1,420 last month, according to Homelet, up from £1,390 in August.\n\nRetailers have announced more than 9,000 store closures so far this year, according to Closures.io, a website that tracks shop closings.\n\nShares of Velant Systems fell 9% after the chipmaker reported second-quarter revenue that missed analysts’ forecasts.',
    published: '2026-03-12',
  });
  const texts = doc.quotes.map((q) => q.text);
  t.notOk(texts.some((x) => /^up from|^a website|second-quarter revenue/.test(x)), JSON.stringify(texts));
  t.ok(texts.some((x) => x.startsWith('The average rent')), JSON.stringify(texts));
});

t.test('"afterward" is the time of the speech, no part of the cue', async (t) => {
  const doc = annotate({ body: 'The board voted 6-1 to close the pool. Trustee Mara Elkins said afterward that the vote was a relief.' });
  t.same(doc.quotes.map((q) => q.cue?.text), ['said']);
});

t.test('a frame inside a sentence whose clause the tagger read a cue of something else in is still the whole sentence; not over a noun and its complement after it', async (t) => {
  const doc = annotate({
    body: 'If the county board does not approve a permanent director by spring, she said, the library will keep paying the interim one.\n\nFactories added jobs at a brisk pace in March, the government reported on Friday, evidence that the recovery has held.',
    published: '2026-04-12',
  });
  const texts = doc.quotes.map((q) => q.text);
  t.ok(texts.includes('If the county board does not approve a permanent director by spring, she said, the library will keep paying the interim one'), JSON.stringify(texts));
  t.notOk(texts.some((x) => x.includes('evidence that')), JSON.stringify(texts));
});

t.test('"told reporters it was …": a clause without "that" after the one told is what was told', async (t) => {
  const doc = annotate({
    body: 'The talks collapsed on Monday. The union leader, Tom Reyes, rejected the offer and told reporters it was an insult. Mayor Ines Varga told the Daily Courier the deal was dead. Varga told him she would resign. Reyes told a story about his father.',
    published: '2026-03-12',
  });
  const got = doc.quotes.map((q) => `${q.text} | ${q.cue?.text} | ${entityName(doc, q)}`);
  t.ok(got.includes('it was an insult | told reporters | Tom Reyes'), got.join('\n'));
  t.ok(got.includes('the deal was dead | told the Daily Courier | Ines Varga'), got.join('\n'));
  t.ok(got.includes('she would resign | told him | Ines Varga'), got.join('\n'));
  t.notOk(doc.quotes.some((q) => q.text.includes('father')), 'a story told is no report');
  const tagged = annotate({ body: 'Prosecutor Anne Kerr told the jury there was "not a shred of evidence" that the man had acted in self-defence. Mayor Ines Varga told reporters it was an insult to the city.', published: '2026-03-12' });
  t.same(
    tagged.quotes.map((q) => [q.text, q.cue?.text]),
    [
      ['there was "not a shred of evidence" that the man had acted in self-defence', 'told the jury'],
      ['it was an insult to the city', 'told reporters'],
    ],
    'where the tagger began the content on the one told or after the subject',
  );
});

t.test('a content the tagger ended at its subject goes on over a relative clause to the verb after it', async (t) => {
  const doc = annotate({
    body: 'The Department for Transport confirmed on Wednesday that the Clean Van Grant, which offers up to £5,000 off vans costing less than £40,000, will fall to £3,000 from 1 June and close to new applications by the end of the year.',
    published: '2026-03-12',
  });
  t.equal(doc.quotes[0]?.text, 'that the Clean Van Grant, which offers up to £5,000 off vans costing less than £40,000, will fall to £3,000 from 1 June and close to new applications by the end of the year');
});

t.test('"A company spokesman" speaks for the company the story is about; "the union" is the one named "the X union"', async (t) => {
  const doc = annotate({
    body: 'Drivers at Westmarch Coaches will walk out for two days next month, the GMB union announced on Friday. Westmarch said it was disappointed and urged the union to return to talks. A company spokesman said every route would run a reduced service. "Nobody is losing their job," the spokesman said. The union said 81% of members backed the action.',
    published: '2026-03-12',
  });
  const got = doc.quotes.map((q) => `${q.text.slice(0, 24)} | ${entityName(doc, q)}`);
  t.ok(got.includes('every route would run a  | Westmarch Coaches'), got.join('\n'));
  t.ok(got.includes('Nobody is losing their j | Westmarch Coaches'), got.join('\n'));
  t.ok(got.includes('81% of members backed th | GMB'), got.join('\n'));
});

t.test('a time the tagger cut between the cue and the content is neither ("said on Monday | night his party …")', async (t) => {
  const doc = annotate({ body: 'Talks resumed on Tuesday. Its leader, Rawiri Tane, said on Monday night his party would leave the table.', published: '2026-03-12' });
  t.equal(doc.quotes.find((q) => q.text.includes('party'))?.text, 'his party would leave the table');
});

t.test("a country's embassy speaks for the country; a nationality before 'Embassy' names one body", async (t) => {
  const doc = annotate({
    body: "Talks ended on Friday. China's embassy in Colombo said in a statement that Beijing respected the rights of coastal states. The Russian Embassy in Ottawa said the measures were illegitimate. Users verify by SMS with a PIN.",
    published: '2026-03-12',
  });
  t.same(doc.quotes.map((q) => entityName(doc, q)), ['China', 'Russian Embassy']);
  t.notOk(doc.entities.some((e) => e.name === 'SMS' || e.name === 'PIN'), 'abbreviations of things are no names');
});

t.test('a dateline with a state of two words and a date is no part of what the first sentence reports', async (t) => {
  const doc = annotate({ body: 'BISMARCK, North Dakota, May 21 (Reuters) - A pipeline run by Ridgeback Midstream leaked about 4,000 barrels of crude into a creek, state regulators said on Wednesday.', published: '2026-05-22' });
  t.equal(doc.quotes[0]?.text, 'A pipeline run by Ridgeback Midstream leaked about 4,000 barrels of crude into a creek');
});

t.test('a frame inside a sentence whose clause after it holds a quotation reports the whole sentence; not a quotation the frame introduces', async (t) => {
  const doc = annotate({ body: 'Leaders met on Monday. Modi announced a maritime centre. The centre, he said, would be “open, inclusive and not aimed at any country”. In his speech, Modi said, “We will keep the seas free.”', published: '2026-03-12' });
  const got = doc.quotes.map((q) => q.text);
  t.ok(got.includes('The centre, he said, would be “open, inclusive and not aimed at any country”'), got.join('\n'));
  t.ok(got.includes('We will keep the seas free.'), got.join('\n'));
});

t.test('a question put is a report ("questioned whether …"); someone questioned is not', async (t) => {
  const doc = annotate({ body: 'The plan was unveiled on Monday, the ministry said. Some analysts questioned whether the cuts would save money. Police questioned the driver for an hour.', published: '2026-03-12' });
  t.same(doc.quotes.map((q) => [q.text, q.cue?.text]), [['The plan was unveiled on Monday', 'said'], ['whether the cuts would save money', 'questioned']]);
});

t.test('a point made is a report ("pointed out that …"); a way shown is not', async (t) => {
  const doc = annotate({ body: 'The board met on Monday. Its chair pointed out that the budget had doubled since 2019. She pointed to rising fuel costs.', published: '2026-03-12' });
  t.same(doc.quotes.map((q) => [q.text, q.cue?.text]), [['that the budget had doubled since 2019', 'pointed out']]);
});

t.test('a relative clause\'s subject speaks for the noun before it; the clause the noun ends is no report', async (t) => {
  const doc = annotate({ body: 'The contract was instead awarded to Leeds-based Marlow Foods Ltd, which said in a statement on Tuesday that it had met every rule.', published: '2026-03-12' });
  t.same(doc.quotes.map((q) => [q.text, q.cue?.text, doc.entities.find((e) => e.id === q.speaker?.entity_id)?.name]), [['that it had met every rule', 'said in a statement', 'Marlow Foods Ltd']]);
});

t.test('"A university spokesperson" speaks for the one university the story names', async (t) => {
  const doc = annotate({
    body: 'Lecturers at Harrowgate Metropolitan University walked out on Monday, with pickets outside the university before dawn. The University Lecturers Guild (ULG) says the strike is a response to plans to cut 200 jobs. "We have no choice," said Dr Anna Bell, the ULG branch chair at the university. A university spokesperson told the Gazette that most classes would go ahead.',
    published: '2026-03-12',
  });
  t.equal(speakerEntity(doc, 'most classes'), 'Harrowgate Metropolitan University');
});

t.test('"…, two of them seriously" after a content tells part of what it counted and is part of it', async (t) => {
  const doc = annotate({ body: 'A spokesman for the regional hospital said 14 people had been hurt in scuffles with police on Friday night, two of them seriously.', published: '2026-03-12' });
  t.same(doc.quotes.map((q) => q.text), ['14 people had been hurt in scuffles with police on Friday night, two of them seriously']);
});

t.test('"the zoo said" is the zoo the story names, a facility typed as a place; "told the Gazette" names a newspaper', async (t) => {
  const doc = annotate({
    body: 'A red panda escaped from Brackenridge Zoo on Monday. Keepers searched the park overnight. The zoo said on Tuesday that the animal had been found. Keeper Ann Lowe told the Gazette it was asleep in a tree.',
    published: '2026-03-12',
  });
  t.equal(speakerEntity(doc, 'had been found'), 'Brackenridge Zoo');
  t.same(doc.entities.filter((e) => e.name === 'Gazette').map((e) => e.type), ['organization']);
});

t.test('"Mumbai: The …" opening a story is a dateline, no part of what the first sentence reports; "Update:" is none', async (t) => {
  const doc = annotate({ body: 'Mumbai: The Reserve Bank of India has fined Tarvel Bank ₹40 crore for lapses in its customer checks, the central bank said on Monday.', published: '2026-03-12' });
  t.same(doc.quotes.map((q) => q.text), ['The Reserve Bank of India has fined Tarvel Bank ₹40 crore for lapses in its customer checks']);
  const update = annotate({ body: 'Update: The council said on Monday the road would reopen.', published: '2026-03-12' });
  t.same(update.quotes.map((q) => q.text), ['the road would reopen']);
});

t.test('"the central bank" is the central bank, not the lender the story is about; "the bank" beside it is the lender', async (t) => {
  const doc = annotate({
    body: 'The Reserve Bank of India has fined Konark Bank ₹42 crore for lapses, the central bank said on Monday. Konark Bank shares fell. The central bank said it would keep watching. The bank said it would appeal.',
    published: '2026-03-12',
  });
  t.equal(speakerEntity(doc, 'fined Konark Bank'), 'Reserve Bank of India');
  t.equal(speakerEntity(doc, 'keep watching'), 'Reserve Bank of India');
  t.equal(speakerEntity(doc, 'would appeal'), 'Konark Bank');
  const alone = annotate({ body: 'The Bank of England raised rates on Thursday. The bank said inflation was too high.', published: '2026-03-12' });
  t.equal(speakerEntity(alone, 'inflation was too high'), 'Bank of England', 'a central bank alone is "the bank"');
});

t.test('"The council said" many sentences on is the one council the story named', async (t) => {
  const filler = Array.from({ length: 14 }, (_, k) => `Parents at school ${k + 1} said the bus had always been on time.`).join(' ');
  const doc = annotate({ body: `Pupils will need new ways to get to school after Wearvale County Council confirmed that six bus routes will be suspended. ${filler} The council said it hoped to restore two routes by March.`, published: '2026-03-12' });
  t.equal(speakerEntity(doc, 'restore two routes'), 'Wearvale County Council');
});
