import t from 'tap';
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
