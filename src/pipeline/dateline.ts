import type { Doc } from './types.ts';

/**
 * A dateline opening a paragraph ("BRUSSELS (AP) —", "SAN FRANCISCO, May 2 (Reuters) -"): where the story was filed.
 * It is not part of the first sentence's subject nor of what that sentence reports.
 */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]+(?:,\s*[\p{L}.]+\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{1,40}\)\s*)?[—–_-]/u;

/** Character ranges of the datelines that open the document's blocks. */
export function datelines(doc: Doc): (readonly [number, number])[] {
  return doc.blocks.flatMap((b) => {
    const d = DATELINE.exec(doc.body.slice(b.start, b.start + 96));
    return d ? [[b.start, b.start + d[0].length] as const] : [];
  });
}
