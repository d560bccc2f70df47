import { createDoc } from '../../src/pipeline/run.ts';
import { groupEntities } from '../../src/pipeline/stages/entities.ts';
import { splitSentences } from '../../src/pipeline/stages/tokens.ts';
import type { Doc, EntityType } from '../../src/pipeline/types.ts';

/** A tokenised document whose name mentions are given by hand (every occurrence of each name), grouped into entities. */
export function docWithNames(body: string, names: Record<string, EntityType>): Doc {
  const doc = createDoc({ body });
  splitSentences(doc);
  const found: { start: number; end: number; type: EntityType }[] = [];
  for (const [name, type] of Object.entries(names).sort((a, b) => b[0].length - a[0].length)) {
    for (let i = body.indexOf(name); i >= 0; i = body.indexOf(name, i + 1)) {
      if (found.some((m) => m.start < i + name.length && i < m.end)) continue;
      found.push({ start: i, end: i + name.length, type });
    }
  }
  doc.mentions = found.map((m) => ({ ...m, text: body.slice(m.start, m.end), kind: 'name' as const, entity_id: null }));
  groupEntities(doc);
  return doc;
}
