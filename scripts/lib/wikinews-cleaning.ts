import { cleanText } from '../../src/ingest/text.ts';
import type { WikinewsArticle } from './wikinews.ts';

export interface WikinewsCleaning {
  articles: number;
  /** Articles opening with a dateline ("Friday, January 4, 2019"), and how many of those the cleaner dated by it. */
  datelines: number;
  datelines_read: number;
  /** Prose lines (ten words or more, ending like a sentence, not an image caption) and how many the body kept. */
  prose_lines: number;
  prose_kept: number;
}

const DATELINE = /^\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \w+ \d{1,2}, \d{4}\s*\n/;

/** How well the plain-text cleaner keeps Wikinews bodies (which have no boilerplate) and reads their datelines. */
export function checkWikinewsCleaning(rows: readonly WikinewsArticle[]): WikinewsCleaning {
  const out: WikinewsCleaning = { articles: 0, datelines: 0, datelines_read: 0, prose_lines: 0, prose_kept: 0 };
  for (const { date, text } of rows) {
    if (!text.trim()) continue;
    out.articles++;
    const d = cleanText(text);
    if (DATELINE.test(text)) {
      out.datelines++;
      if (d.published === date && d.published_source === 'dateline') out.datelines_read++;
    }
    const body = d.body.replace(/\s+/g, ' ');
    for (const line of text.split('\n')) {
      const l = line.replace(/\s+/g, ' ').trim();
      if (l.split(' ').length >= 10 && /[.!?"”]$/.test(l) && !/Image: /.test(l)) {
        out.prose_lines++;
        if (body.includes(l)) out.prose_kept++;
      }
    }
  }
  return out;
}
