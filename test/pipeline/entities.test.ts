import t from 'tap';
import { annotate } from '../../src/pipeline/index.ts';
import { createDoc } from '../../src/pipeline/run.ts';
import { entityKey, groupEntities } from '../../src/pipeline/stages/entities.ts';
import type { EntityType, Mention } from '../../src/pipeline/types.ts';

/** A document whose name mentions are given: each [text, type] is found in the body in order. */
function docWith(body: string, names: [string, EntityType][]) {
  const doc = createDoc({ body });
  let from = 0;
  for (const [text, type] of names) {
    const start = body.indexOf(text, from);
    if (start < 0) throw new Error(`${text} is not in the body`);
    const m: Mention = { start, end: start + text.length, text, type, kind: 'name', entity_id: null };
    doc.mentions.push(m);
    from = start + text.length;
  }
  groupEntities(doc);
  return doc;
}

t.test('organization names with a country or union prefix share a key', async (t) => {
  t.equal(entityKey('organization', 'U.N. Security Council'), entityKey('organization', 'United Nations Security Council'));
  t.equal(entityKey('organization', 'UN Security Council'), 'un security council');
  t.equal(entityKey('organization', 'U.S. State Department'), entityKey('organization', 'US State Department'));
  t.not(entityKey('organization', 'Security Council'), entityKey('organization', 'UN Security Council'));
});

t.test('short organization names join the one longer name they end', async (t) => {
  const doc = docWith('The United Nations Security Council met. The UN Security Council voted. The Security Council adjourned. The UNSC spoke.', [
    ['United Nations Security Council', 'organization'],
    ['UN Security Council', 'organization'],
    ['Security Council', 'organization'],
    ['UNSC', 'organization'],
  ]);
  t.equal(doc.entities.length, 1);
  t.equal(doc.entities[0]!.name, 'United Nations Security Council');
  t.equal(doc.entities[0]!.mentions.length, 4);
});

t.test('an ambiguous short organization name stays apart', async (t) => {
  const doc = docWith('The Russian Defense Ministry and the Ukrainian Defense Ministry disagreed; the Defense Ministry said more.', [
    ['Russian Defense Ministry', 'organization'],
    ['Ukrainian Defense Ministry', 'organization'],
    ['Defense Ministry', 'organization'],
  ]);
  t.equal(doc.entities.length, 3);
});

t.test('a surname goes to the person named most in full, or to one named in full just before it', async (t) => {
  const body =
    'Joe Biden spoke in Ohio. Joe Biden then flew home. Questions about Hunter Biden followed him there, but Biden said little. ' +
    'Franklin Roosevelt tried to enlarge the Court in 1937. Critics of Roosevelt called the plan a power grab, and the Senate shelved it. ' +
    'Theodore Roosevelt, decades before, had fought the trusts. Theodore Roosevelt won in 1904. Roosevelt later split the party.';
  const doc = docWith(body, [
    ['Joe Biden', 'person'],
    ['Joe Biden', 'person'],
    ['Hunter Biden', 'person'],
    ['Biden', 'person'],
    ['Franklin Roosevelt', 'person'],
    ['Roosevelt', 'person'],
    ['Theodore Roosevelt', 'person'],
    ['Theodore Roosevelt', 'person'],
    ['Roosevelt', 'person'],
  ]);
  const entityAt = (text: string, nth = 0): string => {
    const ms = doc.mentions.filter((m) => m.text === text);
    return doc.entities.find((e) => e.id === ms[nth]!.entity_id)!.name;
  };
  t.equal(entityAt('Biden'), 'Joe Biden', 'named most in full');
  t.equal(entityAt('Roosevelt', 0), 'Franklin Roosevelt', 'named in full just before');
  t.equal(entityAt('Roosevelt', 1), 'Theodore Roosevelt');
});

t.test('a surname alone is not a child or a spouse introduced as one, but may be a parent', async (t) => {
  const body =
    'Margaret Ellery, a bridge engineer, died on Saturday. Her death was confirmed by her son, Peter Ellery, who said she had been ill. ' +
    'Born in 1933, Ellery was the daughter of an electrician. Peter Ellery said his mother had remained curious. ' +
    'Elian Gonzalez, 6, was found at sea. His father, Juan Miguel Gonzalez, wants him back. Juan Miguel Gonzalez flew to Washington, where Gonzalez spoke to reporters.';
  const doc = docWith(body, [
    ['Margaret Ellery', 'person'],
    ['Peter Ellery', 'person'],
    ['Ellery', 'person'],
    ['Peter Ellery', 'person'],
    ['Elian Gonzalez', 'person'],
    ['Juan Miguel Gonzalez', 'person'],
    ['Juan Miguel Gonzalez', 'person'],
    ['Gonzalez', 'person'],
  ]);
  const entityAt = (text: string): string => doc.entities.find((e) => e.id === doc.mentions.find((m) => m.text === text)!.entity_id)!.name;
  t.equal(entityAt('Ellery'), 'Margaret Ellery');
  t.equal(entityAt('Gonzalez'), 'Juan Miguel Gonzalez');
});

t.test('a name without its middle name is the same person', async (t) => {
  const doc = docWith('Robert Gabriel Mugabe ruled for decades. Robert Mugabe died in 2019; Grace Mugabe survived him.', [
    ['Robert Gabriel Mugabe', 'person'],
    ['Robert Mugabe', 'person'],
    ['Grace Mugabe', 'person'],
  ]);
  t.same(doc.entities.map((e) => [e.name, e.mentions.length]), [['Robert Gabriel Mugabe', 2], ['Grace Mugabe', 1]]);
});

t.test('a one-word place or organization that is the surname of a person named in full is that person', async (t) => {
  const doc = docWith('Michael R. Bloomberg entered the race. Bloomberg said he would spend more. An adviser to Bloomberg agreed.', [
    ['Michael R. Bloomberg', 'person'],
    ['Bloomberg', 'place'],
    ['Bloomberg', 'place'],
  ]);
  t.equal(doc.entities.length, 1);
  t.same(doc.entities[0]!.mentions.map((m) => m.type), ['person', 'person', 'person']);
  const town = docWith('George Washington was born in 1732. Congress met in Washington on Monday.', [
    ['George Washington', 'person'],
    ['Washington', 'place'],
  ]);
  t.equal(town.entities.length, 2, 'not a place used as one ("in Washington")');
});

t.test('a company named without its corporate words is the same organization', async (t) => {
  const doc = docWith('Elco Industries Inc. said sales fell. In fiscal 1989, Elco earned $7.8 million.', [
    ['Elco Industries Inc.', 'organization'],
    ['Elco', 'organization'],
  ]);
  t.equal(doc.entities.length, 1);
  const two = docWith('Reuters Holdings PLC and Reuters Television agreed. Reuters said so.', [
    ['Reuters Holdings PLC', 'organization'],
    ['Reuters Television', 'organization'],
    ['Reuters', 'organization'],
  ]);
  t.equal(two.entities.length, 2, '"Reuters" joins the one name that only adds corporate words');
});

t.test('an honorific keeps a surname from a person of the other gender', async (t) => {
  const filler = ' The court heard evidence about the boiler, the flue and the work carried out at the flat over several days.'.repeat(4);
  const doc = docWith(`Her father, Chris Anderson, spoke later. Zoe Anderson died in 2010. Zoe Anderson was 21.${filler} Mr Anderson told the jury about her.`, [
    ['Chris Anderson', 'person'],
    ['Zoe Anderson', 'person'],
    ['Zoe Anderson', 'person'],
    ['Anderson', 'person'],
  ]);
  const mr = doc.mentions.find((m) => m.text === 'Anderson')!;
  t.equal(doc.entities.find((e) => e.id === mr.entity_id)?.name, 'Chris Anderson');
});

t.test('an acronym of a name without its first words, after those words, is that organization ("California ISO")', async (t) => {
  const doc = docWith('The California Independent System Operator acted. A spokeswoman for California ISO said so. But the ISO is not saying why. The IOC met.', [
    ['California Independent System Operator', 'organization'],
    ['California', 'place'],
    ['ISO', 'organization'],
    ['ISO', 'organization'],
    ['IOC', 'organization'],
  ]);
  const iso = doc.entities.find((e) => e.name === 'California Independent System Operator')!;
  t.equal(iso.mentions.length, 3, 'both acronyms, also the one without "California" before it');
  t.ok(doc.entities.some((e) => e.name === 'IOC'), 'another acronym stays apart');
});

t.test('a company named without "Labs", "Airlines" or "Communications Corp." is the same organization', async (t) => {
  const doc = docWith('Vertex Labs is exploring a sale. Vertex declined to comment. StatesWest Airlines said so. StatesWest may buy more.', [
    ['Vertex Labs', 'organization'],
    ['Vertex', 'organization'],
    ['StatesWest Airlines', 'organization'],
    ['StatesWest', 'organization'],
  ]);
  t.same(doc.entities.map((e) => [e.name, e.mentions.length]), [['Vertex Labs', 2], ['StatesWest Airlines', 2]]);
});

t.test('a one-word organization name joins the one longer name it ends or the club named by its town; not the complement of "of"', async (t) => {
  const doc = docWith('Blackburn Rovers lost to Leeds United. Rovers were poor and Leeds deserved it. A Member of Parliament asked Parliament to act. The Department of Justice cited Justice.', [
    ['Blackburn Rovers', 'organization'],
    ['Leeds United', 'organization'],
    ['Rovers', 'organization'],
    ['Leeds', 'organization'],
    ['Member of Parliament', 'organization'],
    ['Parliament', 'organization'],
    ['Department of Justice', 'organization'],
    ['Justice', 'organization'],
  ]);
  const names = doc.entities.map((e) => `${e.name}:${e.mentions.length}`);
  t.same(names, ['Blackburn Rovers:2', 'Leeds United:2', 'Member of Parliament:1', 'Parliament:1', 'Department of Justice:1', 'Justice:1']);
});

t.test('an acronym with an ampersand is the name it abbreviates', async (t) => {
  const doc = docWith('A helicopter of Pacific Gas and Electric (PG&E) crashed. PG&E said power was restored.', [
    ['Pacific Gas and Electric', 'organization'],
    ['PG&E', 'organization'],
    ['PG&E', 'organization'],
  ]);
  t.equal(doc.entities.length, 1);
});

t.test('an entity is named as running text writes it, not as a dateline in capitals', async (t) => {
  const doc = docWith('HONG KONG 1996-08-27\n\nA boy was arrested, Hong Kong police said.', [
    ['HONG KONG', 'place'],
    ['Hong Kong', 'place'],
  ]);
  t.equal(doc.entities.length, 1);
  t.equal(doc.entities[0]!.name, 'Hong Kong');
});

t.test("a title is stripped from a person's name, not from an organization's", async (t) => {
  const doc = docWith('The Justice Department said so. Justice Elena Kagan disagreed.', [
    ['Justice Department', 'organization'],
    ['Justice Elena Kagan', 'person'],
  ]);
  t.same(doc.entities.map((e) => e.name), ['Justice Department', 'Elena Kagan']);
});

t.test('a coined word is the organization whose name it begins', async (t) => {
  const doc = docWith('Corvale Wireless said hackers stole data. Corvale said it found the intrusion. Medrona Therapeutics will appeal, Medrona said.', [
    ['Corvale Wireless', 'organization'],
    ['Corvale', 'organization'],
    ['Medrona Therapeutics', 'organization'],
    ['Medrona', 'person'],
  ]);
  t.same(doc.entities.map((e) => [e.name, e.type, e.mentions.length]), [['Corvale Wireless', 'organization', 2], ['Medrona Therapeutics', 'organization', 2]]);
  const apart = docWith('The House Intelligence Committee met. The House voted. Netflix Japan grew, and Netflix said so. The Boston Globe said Boston was cold.', [
    ['House Intelligence Committee', 'organization'],
    ['House', 'organization'],
    ['Netflix Japan', 'organization'],
    ['Netflix', 'organization'],
    ['Boston Globe', 'organization'],
    ['Boston', 'organization'],
  ]);
  t.equal(apart.entities.length, 6, 'an English word, a place\'s subsidiary and a place name stay apart');
});

t.test('"the Bank" is the one "Bank of …" of the article; a dateline\'s state abbreviation is the state', async (t) => {
  const doc = docWith('The Bank of England cut rates. The Bank said inflation would rise. PERRY, Fla. — The storm hit Florida.', [
    ['Bank of England', 'organization'],
    ['Bank', 'organization'],
    ['Fla', 'place'],
    ['Florida', 'place'],
  ]);
  t.same(doc.entities.map((e) => [e.name, e.mentions.length]), [['Bank of England', 2], ['Florida', 2]]);
});

t.test('a sibling named in full after the word for them goes by the full name: the bare surname is the one the story is about', async (t) => {
  const doc = annotate({
    body: 'Joseph Adeyemi is counting mackerel.\n\nAdeyemi, 46, opened Ember in 2019 with his sister, Lily Adeyemi, who runs the front of house. Lily Adeyemi, 43, says her brother is impossible to work for.\n\nAdeyemi plans to close Ember for two weeks in January.',
  });
  const joseph = doc.entities.find((e) => e.name === 'Joseph Adeyemi');
  const bare = doc.mentions.filter((m) => m.text === 'Adeyemi');
  t.ok(bare.length === 2 && bare.every((m) => m.entity_id === joseph?.id), JSON.stringify(bare.map((m) => doc.entities.find((e) => e.id === m.entity_id)?.name)));
});

t.test('a bare surname refers back to the one named in full before it, not to a relative named later or introduced as one', async (t) => {
  const doc = annotate({
    body: 'The Kings traded guard Tomas Reyes to the Celtics on Monday. Reyes called the trade "bittersweet" in a post on Instagram.\n\nReyes\'s father, Hector Reyes, said his son had never asked to leave. "He just wanted to win," Hector Reyes said. Hector Reyes played college basketball in Fresno.\n\nWexley sacked manager Paul Dunmore on Sunday. Ian Dunmore, Paul\'s younger brother and assistant manager, has also left. Speaking after the match, Dunmore insisted he still had the backing of the players.',
    published: '2026-03-12',
  });
  const speaker = (p: string) => doc.entities.find((e) => e.id === doc.quotes.find((q) => q.text.includes(p))?.speaker?.entity_id)?.name;
  t.equal(speaker('bittersweet'), 'Tomas Reyes');
  const insisted = doc.mentions.find((m) => m.text === 'Dunmore' && doc.body.slice(m.end, m.end + 9) === ' insisted');
  t.equal(doc.entities.find((e) => e.id === insisted?.entity_id)?.name, 'Paul Dunmore');
});

t.test('a place named only in a dateline\'s capitals goes by its name as running text writes it', async (t) => {
  const doc = annotate({ body: 'SANTO DOMINGO (AP) — Lawmakers in the US voted on Tuesday to approve the reform.' });
  const names = doc.entities.filter((e) => e.type === 'place').map((e) => e.name);
  t.ok(names.includes('Santo Domingo'), names.join(', '));
  t.notOk(names.includes('Us'), names.join(', '));
});

t.test('a company named before by its name and its trade is the same company by its name alone', async (t) => {
  const doc = docWith('Guards at Eastmoor Crown Railways will strike. Eastmoor Crown said it was disappointed. Kestle Point Ferries ran the boat, and Kestle Point said so.', [
    ['Eastmoor Crown Railways', 'organization'],
    ['Eastmoor Crown', 'organization'],
    ['Kestle Point Ferries', 'organization'],
    ['Kestle Point', 'organization'],
  ]);
  t.same(doc.entities.map((e) => [e.name, e.mentions.length]), [['Eastmoor Crown Railways', 2], ['Kestle Point Ferries', 2]]);
  const apart = docWith('Analysts at Quorvan Labs praised the chips. Quorvan Labs said the new Quorvan Power line would ship in May.', [
    ['Quorvan Labs', 'organization'],
    ['Quorvan Labs', 'organization'],
    ['Quorvan Power', 'organization'],
  ]);
  const named = docWith('Analysts at Summit praised the chips. Summit said the new Summit Power line would ship in May.', [
    ['Summit', 'organization'],
    ['Summit', 'organization'],
    ['Summit Power', 'organization'],
  ]);
  t.equal(apart.entities.length, 2);
  t.equal(named.entities.length, 2, 'a name alone before the name with a trade word stays apart from it');
  const place = docWith('Investors in Tarrow Ridge Capital were told. Tarrow Ridge said it would appeal. Ostrel Metals fell, and Ostrel said so.', [
    ['Tarrow Ridge Capital', 'organization'],
    ['Tarrow Ridge', 'place'],
    ['Ostrel Metals', 'organization'],
    ['Ostrel', 'organization'],
  ]);
  t.same(place.entities.map((e) => [e.name, e.type, e.mentions.length]), [['Tarrow Ridge Capital', 'organization', 2], ['Ostrel Metals', 'organization', 2]], 'also a short name read as a place');
  const town = docWith('Shares of Boston Capital rose. Boston said the storm had passed.', [
    ['Boston Capital', 'organization'],
    ['Boston', 'place'],
  ]);
  t.equal(town.entities.length, 2, 'not a known place');
});

t.test('a short form in brackets after an organization\'s name spells its initials in any case and is that organization', async (t) => {
  const doc = docWith('The Karoo Apple Producers Association (Kapa) said costs rose. Kapa said farms would close. The Kapa of old was gone.', [
    ['Karoo Apple Producers Association', 'organization'],
    ['Kapa', 'place'],
    ['Kapa', 'place'],
  ]);
  t.same(doc.entities.map((e) => [e.name, e.type, e.mentions.length]), [['Karoo Apple Producers Association', 'organization', 3]]);
  const apart = docWith('The Karoo Apple Producers Association met in Kapa on Monday.', [
    ['Karoo Apple Producers Association', 'organization'],
    ['Kapa', 'place'],
  ]);
  t.equal(apart.entities.length, 2, 'not without the brackets');
});
