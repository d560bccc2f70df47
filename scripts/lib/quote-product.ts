import { annotate } from '../../src/pipeline/index.ts';
import type { Doc } from '../../src/pipeline/types.ts';
import type { BratDocument } from './polnear.ts';

/**
 * The quotes the product gives (whole pipeline, speech only) against the gold attributions of the first
 * annotator of each article: how many overlap a gold content, and of those, how many have the gold content, cue
 * and source exactly (spans compared without surrounding spaces, quotation marks and punctuation). A precision
 * view: PolNeAR also marks beliefs and intentions, which the product does not keep as quotes.
 */
export function productScores(bratDocs: readonly BratDocument[], cache: Map<string, Doc> = new Map()): Record<string, number | null> {
  const seen = new Set<string>();
  let quotes = 0;
  let overlapping = 0;
  let content = 0;
  let cue = 0;
  let source = 0;
  for (const d of bratDocs) {
    if (seen.has(d.article)) continue;
    seen.add(d.article);
    const doc = cache.get(d.article) ?? annotate({ body: d.text });
    const trim = (a: number, b: number): [number, number] => {
      while (a < b && /[\s"“”'‘’.,;:]/.test(d.text[a]!)) a++;
      while (b > a && /[\s"“”'‘’.,;:]/.test(d.text[b - 1]!)) b--;
      return [a, b];
    };
    const byId = new Map(d.spans.map((x) => [x.id, x]));
    const range = (id: string | null): [number, number] | null => {
      const f = id ? byId.get(id)?.fragments : undefined;
      return f && f.length ? trim(f[0]![0], f[f.length - 1]![1]) : null;
    };
    const gold = d.attributions.flatMap((a) => {
      const frags = a.content.flatMap((c) => byId.get(c)?.fragments ?? []);
      if (frags.length === 0) return [];
      return [{ content: trim(Math.min(...frags.map((f) => f[0])), Math.max(...frags.map((f) => f[1]))), cue: range(a.cue), source: range(a.source) }];
    });
    const same = (x: [number, number] | null, a: number, b: number): boolean => x !== null && x[0] === a && x[1] === b;
    for (const q of doc.quotes) {
      quotes++;
      const [qs, qe] = trim(q.start, q.end);
      const shared = (g: (typeof gold)[number]): number => Math.min(g.content[1], qe) - Math.max(g.content[0], qs);
      const g = gold.filter((x) => shared(x) > 0).sort((x, y) => shared(y) - shared(x))[0];
      if (!g) continue;
      overlapping++;
      if (same(g.content, qs, qe)) content++;
      if (q.cue && same(g.cue, ...trim(q.cue.start, q.cue.end))) cue++;
      if (q.speaker?.start != null && q.speaker.end != null && same(g.source, ...trim(q.speaker.start, q.speaker.end))) source++;
    }
  }
  const pct = (a: number, b: number): number | null => (b ? Math.round((1000 * a) / b) / 10 : null);
  return {
    quotes,
    overlapping_gold_pct: pct(overlapping, quotes),
    content_exact_pct: pct(content, overlapping),
    cue_exact_pct: pct(cue, overlapping),
    source_exact_pct: pct(source, overlapping),
  };
}
