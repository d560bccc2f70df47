import { readFileSync } from 'node:fs';
import t from 'tap';
import { prepare } from '../../src/ingest/prepare.ts';
import type { Doc } from '../../src/pipeline/types.ts';

// The seed article is read from ../shared at test time (it is not part of the repository).
const SEED = new URL('../../../shared/seed/jpost-netanyahu-blinken.txt', import.meta.url);

t.test('seed article: every direct quote is found with its speaker', async (t) => {
  const { doc } = prepare('text', readFileSync(SEED, 'utf8'), { published: '2024-10-22' });
  const speakerOf = (d: Doc, fragment: string): string | null => {
    const q = d.quotes.find((x) => x.text.includes(fragment));
    if (!q) return null;
    const e = d.entities.find((x) => x.id === q.speaker?.entity_id);
    return e ? e.name : `(unresolved: ${q.speaker?.name ?? 'no speaker'})`;
  };
  // Each quotation in double quotation marks that is someone's statement, with who said it.
  const expected: [string, RegExp][] = [
    ['issue of dramatic significance', /Netanyahu/],
    ['need for both countries to join forces', /Prime Minister’s Office|PMO/],
    ['axis of evil and terrorism', /Prime Minister’s Office|PMO/],
    ['deter further regional aggression', /Matthew Miller/],
    ['ironclad commitment', /Matthew Miller/],
    ['protect themselves', /Karine Jean-Pierre/],
    ['doing in the region is important', /Karine Jean-Pierre/],
    ['diplomatic resolution', /Matthew Miller|Antony Blinken/],
    ['full implementation of UN Security Council Resolution 1701', /Matthew Miller/],
    ['the meeting was friendly and productive', /Prime Minister’s Office|PMO/],
    ['significant move', /Jafari/],
    ['too small to be able to attack Iran', /Jafari/],
    ['strengthen regional deterrence', /Gallant/],
    ['continue striking the terrorist organization', /Gallant/],
  ];
  for (const [fragment, who] of expected) t.match(speakerOf(doc, fragment) ?? 'not found', who, fragment);
  // Pronoun and office speakers are kept as spans in the text.
  const she = doc.quotes.find((q) => q.text.includes('doing in the region'))!;
  t.equal(doc.body.slice(she.speaker!.start!, she.speaker!.end!), 'she');
  const office = doc.quotes.find((q) => q.text.includes('strengthen regional deterrence'))!;
  t.equal(doc.body.slice(office.speaker!.start!, office.speaker!.end!), 'his office');
  // Reported speech before its attribution: "…, Prime Minister Benjamin Netanyahu told …".
  t.match(speakerOf(doc, 'cannot be disregarded') ?? 'not found', /Netanyahu/);
  // Whom he told is not what he said: "… Netanyahu told US Secretary of State Antony Blinken when the two men met …".
  t.notOk(doc.quotes.some((q) => q.text.startsWith('Secretary of State Antony Blinken')), 'the addressee is no quote');
  t.notOk(doc.quotes.some((q) => q.text.includes('the two men met in Jerusalem')), 'nor is the time clause after it');
  for (const q of doc.quotes) t.equal(doc.body.slice(q.start, q.end), q.text);
});
