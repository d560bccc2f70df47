import { defaultNerModel } from './models/ner/model.ts';
import type { Doc } from './types.ts';

const PLACE_LISTS = ['place-city', 'place-region', 'place-country'];

/**
 * A dateline opening a paragraph ("BRUSSELS (AP) —", "SAN FRANCISCO, May 2 (Reuters) -", "SAN JOSE, Calif. —",
 * "WILLISTON, North Dakota, May 21 (Reuters) -"): where the story was filed.
 * It is not part of the first sentence's subject nor of what that sentence reports. The place is in capitals, but for
 * the lower-case letters of a name's prefix ("McALLEN, Texas (AP) —", "DeKALB, Ill. —"), and may be several places
 * joined by slashes ("LONDON/PARIS (Reuters) -").
 */
const DATELINE = /^(?:Mc|Mac|De|Di|Da|Du|La|Le)?\p{Lu}[\p{Lu}\s.'’/-]+(?:,\s*[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]*){0,2}(?:\s+\d{1,2}(?:,\s*\d{4})?)?){0,2}\s*(?:\([^)]{1,40}\)\s*)?[—–_-]/u;

/** A live blog's entry stamp ("10.42am:", "12:05 p.m. –"), which dates the entry as a dateline does. */
const STAMP = /^\d{1,2}[.:]\d{2}\s?(?:[ap]\.?m\.?)?\s*[:–—-]\s/i;

/** A place and a colon opening the story, as Indian papers file it ("Mumbai: The Reserve Bank of India on Tuesday …"). */
const PLACE_COLON = /^(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+)?):\s+(?=\p{Lu})/u;

/** Character ranges of the datelines (and live-blog stamps) that open the document's blocks. */
export function datelines(doc: Doc): readonly (readonly [number, number])[] {
  const known = cache.get(doc);
  if (known && known.blocks === doc.blocks) return known.ranges;
  const ranges = doc.blocks.flatMap((b, k) => {
    const head = doc.body.slice(b.start, b.start + 96);
    const d = DATELINE.exec(head) ?? STAMP.exec(head);
    if (d) return [[b.start, b.start + d[0].length] as const];
    // (The first block only, and only a city or a region the lexicon knows: not "Update:" or "Watch:".)
    const p = k === 0 ? PLACE_COLON.exec(head) : null;
    return p && defaultNerModel().lexicon.inGazetteer(p[1]!, PLACE_LISTS) ? [[b.start, b.start + p[0].length] as const] : [];
  });
  cache.set(doc, { blocks: doc.blocks, ranges });
  return ranges;
}

/** Found once per document (and blocks: the ranges are recomputed if the blocks are replaced). */
const cache = new WeakMap<Doc, { blocks: Doc['blocks']; ranges: (readonly [number, number])[] }>();
