import { extractQuotes } from '../models/quotes/attribution.ts';
import type { Doc, Stage } from '../types.ts';

/**
 * Quotes: direct, partial and indirect (reported) speech with its cue and speaker. A trained tagger
 * marks source, cue and content spans paragraph by paragraph; quotation-mark rules join multi-paragraph
 * quotes and attribute quotations the tagger left out; speakers are resolved to entities through the
 * name, nominal and pronoun mentions of the earlier stages.
 */
export const quotesStage: Stage = {
  name: 'quotes',
  languages: ['en'],
  run(doc: Doc): void {
    doc.quotes = extractQuotes(doc);
  },
};
