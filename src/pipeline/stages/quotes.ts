import { extractQuotes } from '../models/quotes/attribution.ts';
import { singleQuoteView, withOriginalText } from '../models/quotes/single-quotes.ts';
import type { Doc, Stage } from '../types.ts';

/**
 * Quotes: direct, partial and indirect (reported) speech with its cue and speaker. A trained tagger
 * marks source, cue and content spans paragraph by paragraph; quotation-mark rules join multi-paragraph
 * quotes and attribute quotations the tagger left out; speakers are resolved to entities through the
 * name, nominal and pronoun mentions of the earlier stages. A text that quotes with single marks (‘…’) is
 * read with its paired marks as double ones.
 */
export const quotesStage: Stage = {
  name: 'quotes',
  languages: ['en'],
  run(doc: Doc): void {
    const view = singleQuoteView(doc);
    doc.quotes = view ? withOriginalText(doc, view, extractQuotes(view)) : extractQuotes(doc);
  },
};
