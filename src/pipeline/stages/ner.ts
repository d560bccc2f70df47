import { defaultNerModel, type NerModel } from '../models/ner/model.ts';
import type { Label } from '../models/ner/tags.ts';
import type { Doc, EntityType, Stage } from '../types.ts';
import { tokenize } from './tokens.ts';

/**
 * Named entities: people, organizations and places, by the statistical recognizer in models/ner (trained on
 * CoNLL-2003). The whole document is tagged at once so that document-level features see every sentence; the title,
 * when there is one, is tagged with it for context, but mentions are only taken from the body. MISC (nationalities,
 * events, works) is recognized by the model but not emitted.
 */

const TYPES: Partial<Record<Label, EntityType>> = { PER: 'person', ORG: 'organization', LOC: 'place' };

export function recognizeEntities(model: NerModel, doc: Doc): void {
  const sentences = doc.sentences.map((s) => doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
  const title = doc.title?.trim() ? tokenize(doc.title).map((r) => doc.title!.slice(r.start, r.end)) : [];
  const offset = title.length ? 1 : 0;
  const spans = model.recognize(title.length ? [title, ...sentences] : sentences);
  doc.sentences.forEach((s, si) => {
    for (const span of spans[si + offset]!) {
      const type = TYPES[span.label];
      if (!type) continue;
      const start = doc.tokens[s.tokenStart + span.start]!.start;
      const end = doc.tokens[s.tokenStart + span.end - 1]!.end;
      doc.mentions.push({ start, end, text: doc.body.slice(start, end), type, kind: 'name', entity_id: null });
    }
  });
}

/** A NER stage over the given model (or a function that loads it on first use). */
export function createNerStage(model: NerModel | (() => NerModel)): Stage {
  const get = typeof model === 'function' ? model : () => model;
  return { name: 'ner', languages: ['en'], run: (doc) => recognizeEntities(get(), doc) };
}

/** The NER stage with the shipped model, loaded once per process on first use. */
export const nerStage: Stage = createNerStage(defaultNerModel);
