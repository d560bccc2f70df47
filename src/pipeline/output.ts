import type { Doc, Entity, Quote, TextSpan, TimeExpression } from './types.ts';

/** The annotation document of the `byline annotate` contract (extend, never change). */
export interface AnnotationJson {
  title: string | null;
  published: string | null;
  body: string;
  entities: { id: string; type: Entity['type']; name: string; mentions: (TextSpan & { kind: string })[] }[];
  dates: TimeExpression[];
  quotes: Quote[];
  blocks: Doc['blocks'];
  annotations_skipped: string[];
}

export function annotationJson(doc: Doc): AnnotationJson {
  return {
    title: doc.title,
    published: doc.published,
    body: doc.body,
    entities: doc.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind })),
    })),
    dates: doc.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value, type: d.type })),
    quotes: doc.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      kind: q.kind,
      cue: q.cue ? { start: q.cue.start, end: q.cue.end, text: q.cue.text } : null,
      speaker: q.speaker ? { ...q.speaker } : null,
    })),
    blocks: doc.blocks,
    annotations_skipped: doc.annotations_skipped,
  };
}
