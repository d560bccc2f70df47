/**
 * Entity labels, the BILOU tag set the model predicts, and conversions between tag sequences and spans.
 * CoNLL files use IOB1: an entity starts at a B- tag, or at an I- tag after O or after a tag of another type.
 */

export const LABELS = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type Label = (typeof LABELS)[number];

/** A labelled token range [start, end) within one sentence. */
export interface LabelSpan {
  start: number;
  end: number;
  label: Label;
}

// Tag ids: 0 = O; then for label l: B = 1 + 4l, I = 2 + 4l, L = 3 + 4l, U = 4 + 4l.
export const NUM_TAGS = 1 + 4 * LABELS.length;
export const TAG_NAMES: readonly string[] = ['O', ...LABELS.flatMap((l) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${l}`))];

export const tagLabel = (tag: number): number => (tag - 1) >> 2;
export const tagPart = (tag: number): number => (tag - 1) & 3; // 0 B, 1 I, 2 L, 3 U

/** Whether tag `b` may follow tag `a` (a = -1: sentence start). */
export function allowed(a: number, b: number): boolean {
  const open = a > 0 && tagPart(a) <= 1; // after B or I the entity must continue
  if (open) return b > 0 && tagPart(b) >= 1 && tagPart(b) <= 2 && tagLabel(b) === tagLabel(a);
  return b === 0 || tagPart(b) === 0 || tagPart(b) === 3;
}

/** Whether a sentence may end on `tag`. */
export const allowedLast = (tag: number): boolean => tag === 0 || tagPart(tag) >= 2;

export function spansToBilou(n: number, spans: readonly LabelSpan[]): Int8Array {
  const tags = new Int8Array(n);
  for (const s of spans) {
    const l = LABELS.indexOf(s.label);
    if (s.end - s.start === 1) tags[s.start] = 4 + 4 * l;
    else {
      tags[s.start] = 1 + 4 * l;
      for (let i = s.start + 1; i < s.end - 1; i++) tags[i] = 2 + 4 * l;
      tags[s.end - 1] = 3 + 4 * l;
    }
  }
  return tags;
}

/** Spans of a BILOU sequence (a valid one, as the decoder produces; stray I/L tags are read leniently). */
export function bilouToSpans(tags: ArrayLike<number>): LabelSpan[] {
  const out: LabelSpan[] = [];
  let start = -1;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === 0) {
      start = -1;
      continue;
    }
    const part = tagPart(t);
    const label = LABELS[tagLabel(t)]!;
    if (part === 3) {
      out.push({ start: i, end: i + 1, label });
      start = -1;
    } else if (part === 0) start = i;
    else if (part === 2) {
      out.push({ start: start >= 0 ? start : i, end: i + 1, label });
      start = -1;
    } else if (start < 0) start = i;
  }
  return out;
}

/** Chunks of an IOB1/IOB2 tag sequence ("I-PER", "B-LOC", "O"), following conlleval's rules. */
export function iobToSpans(tags: readonly string[]): LabelSpan[] {
  const out: LabelSpan[] = [];
  let start = -1;
  let type = '';
  const close = (end: number) => {
    if (start >= 0 && (LABELS as readonly string[]).includes(type)) out.push({ start, end, label: type as Label });
    start = -1;
    type = '';
  };
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const prefix = tag === 'O' ? 'O' : tag.slice(0, 1);
    const t = tag === 'O' ? '' : tag.slice(2);
    if (prefix === 'O') {
      close(i);
      continue;
    }
    if (prefix === 'B' || start < 0 || t !== type) {
      close(i);
      start = i;
      type = t;
    }
  }
  close(tags.length);
  return out;
}

/** IOB1 tags for spans: I- everywhere, B- only where an entity directly follows one of the same type. */
export function spansToIob1(n: number, spans: readonly LabelSpan[]): string[] {
  const tags = new Array<string>(n).fill('O');
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let prevEnd = -1;
  let prevLabel = '';
  for (const s of sorted) {
    for (let i = s.start; i < s.end; i++) tags[i] = `I-${s.label}`;
    if (prevEnd === s.start && prevLabel === s.label) tags[s.start] = `B-${s.label}`;
    prevEnd = s.end;
    prevLabel = s.label;
  }
  return tags;
}
