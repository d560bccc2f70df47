import { readFileSync } from 'node:fs';
import { annotate } from '../../src/pipeline/index.ts';
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

let bundled: string[] | null = null;

/** The k-th bundled Wikinews article (data/wikinews/articles.ndjson, one per line), through the whole pipeline. */
export function bundledArticle(k: number): Doc {
  bundled ??= readFileSync(new URL('../../data/wikinews/articles.ndjson', import.meta.url), 'utf8').trim().split('\n');
  const a = JSON.parse(bundled[k]!) as { text: string; title: string; published: string };
  return annotate({ body: a.text, title: a.title, published: a.published });
}
