import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Wikinews articles of ../shared/eval-data/wikinews-2019-2020 (CSV: url,date,title,text), the sample corpus' source. */
export const WIKINEWS_DIR = fileURLToPath(new URL('../../../shared/eval-data/wikinews-2019-2020/', import.meta.url));

/** One row of the Wikinews CSV files. */
export interface WikinewsArticle {
  url: string;
  date: string;
  title: string;
  text: string;
}

/** RFC 4180 CSV rows (quoted fields may hold commas, doubled quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function readWikinews(dir: string = WIKINEWS_DIR): WikinewsArticle[] {
  const out: WikinewsArticle[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.csv')).sort()) {
    const [header, ...rows] = parseCsv(readFileSync(join(dir, f), 'utf8'));
    const col = (name: string): number => header!.indexOf(name);
    for (const r of rows) {
      if (r.length < header!.length) continue;
      out.push({ url: r[col('url')]!, date: r[col('date')]!, title: r[col('title')]!, text: r[col('text')]! });
    }
  }
  return out;
}
