import type { ConllDocument, ConllSentence } from './conll.ts';
import { mulberry32 } from './hash.ts';

/**
 * Training documents with headline variants. Newswire training text has its headlines in capitals; the product
 * also sees headlines in title case, in sentence case and in lower case. Each document whose first sentences are in
 * capitals gets one extra copy with those sentences recased (a seeded choice of variant): entity words take the
 * casing the document uses for them elsewhere (or a capital initial), other words that of the variant. In the copy
 * only the recased sentences are trained on; the rest of the document is context for the document-level features.
 */

export interface TrainingDocument {
  sentences: ConllSentence[];
  /** Whether each sentence is a training example (false: context only). */
  trainable: boolean[];
  /** Index of the source document (folds keep a document and its variants together). */
  origin: number;
}

export type HeadlineVariant = 'title' | 'sentence' | 'lower';
const VARIANTS: readonly HeadlineVariant[] = ['title', 'sentence', 'lower'];
const SMALL = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'with', 'by', 'from', 'as', 'vs', 'v']);

function isCapsSentence(words: readonly string[]): boolean {
  const letters = words.filter((w) => /\p{L}/u.test(w));
  return letters.length >= 2 && letters.filter((w) => w === w.toUpperCase()).length >= letters.length * 0.8;
}

const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

/** Recases one all-caps sentence. */
export function recase(s: ConllSentence, variant: HeadlineVariant, known: ReadonlyMap<string, string>): ConllSentence {
  const inEntity = new Array<boolean>(s.words.length).fill(false);
  for (const span of s.spans) for (let i = span.start; i < span.end; i++) inEntity[i] = true;
  const words = s.words.map((w, i) => {
    const lower = w.toLowerCase();
    if (variant === 'lower' || !/\p{L}/u.test(w)) return lower;
    if (inEntity[i]) return known.get(lower) ?? capitalize(w);
    if (variant === 'sentence') return i === 0 ? capitalize(w) : lower;
    return i > 0 && SMALL.has(lower) ? lower : capitalize(w);
  });
  return { words, tags: s.tags, spans: s.spans };
}

/** The document with its leading capitals sentences (at most two) recased; `heads` says how many there were. */
export function headlineVariant(doc: ConllDocument, variant: HeadlineVariant): { doc: ConllDocument; heads: number } {
  let heads = 0;
  while (heads < Math.min(2, doc.length) && isCapsSentence(doc[heads]!.words)) heads++;
  if (heads === 0) return { doc, heads };
  // The casing each word has in the body (outside sentence starts and capitals sentences).
  const forms = new Map<string, Map<string, number>>();
  for (const s of doc.slice(heads)) {
    if (isCapsSentence(s.words)) continue;
    s.words.forEach((w, i) => {
      if (i === 0) return;
      const lower = w.toLowerCase();
      let m = forms.get(lower);
      if (!m) forms.set(lower, (m = new Map()));
      m.set(w, (m.get(w) ?? 0) + 1);
    });
  }
  const known = new Map<string, string>();
  for (const [lower, m] of forms) known.set(lower, [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]);
  return { doc: doc.map((s, i) => (i < heads ? recase(s, variant, known) : s)), heads };
}

export function withHeadlineVariants(docs: readonly ConllDocument[], seed: number, all = false): TrainingDocument[] {
  const rand = mulberry32(seed);
  const out: TrainingDocument[] = docs.map((d, origin) => ({ sentences: d, trainable: d.map(() => true), origin }));
  docs.forEach((doc, origin) => {
    const variants = all ? VARIANTS : [VARIANTS[Math.floor(rand() * VARIANTS.length)]!];
    for (const v of variants) {
      const { doc: recased, heads } = headlineVariant(doc, v);
      if (heads === 0) return;
      out.push({ sentences: recased, trainable: doc.map((_, i) => i < heads), origin });
    }
  });
  return out;
}
