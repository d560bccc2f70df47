import { findTimeExpressions } from '../time/extract.ts';
import type { Doc, Stage } from '../types.ts';

/**
 * Time expressions: dates, times, durations and sets with TimeML values resolved against the publication
 * date ("Tuesday" → 2024-10-22, "last week" → 2024-W42, "the past decade" → P10Y, "every month" → P1M).
 * Without a publication date, relative expressions are anchored to the latest full date mentioned before
 * them (a dateline), or left underspecified ("XXXX-XX-XX"). Uses the sentences of the tokens stage.
 */
export function annotateDates(doc: Doc): void {
  doc.dates = findTimeExpressions(doc.body, doc.published, { sentences: doc.sentences });
}

export const datesStage: Stage = { name: 'dates', languages: ['en'], run: annotateDates };
