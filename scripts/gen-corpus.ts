/**
 * Builds the bundled sample corpus data/wikinews/articles.ndjson from the Wikinews CSV files
 * (url,date,title,text). Usage: npm run gen:corpus [-- --data DIR]
 * The default DIR is ../shared/eval-data/wikinews-2019-2020 beside the project root.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePublished } from '../src/ingest/dates.ts';
import { readWikinews, WIKINEWS_DIR } from './lib/wikinews.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const argi = process.argv.indexOf('--data');
const dataDir = argi > 0 ? process.argv[argi + 1]! : WIKINEWS_DIR;
const outFile = join(root, 'data', 'wikinews', 'articles.ndjson');

const DATELINE = /^\s*((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4})[^\S\n]*(?:\n|$)/;

interface Out {
  url: string;
  title: string;
  published: string;
  source: string;
  language: string;
  text: string;
}

const out: Out[] = [];
const dropped: string[] = [];
let fromDateline = 0;
for (const { url, date, title, text: raw } of readWikinews(dataDir)) {
  let text = raw;
  let published = parsePublished(date);
  const m = DATELINE.exec(text);
  if (m) {
    const d = parsePublished(m[1]!);
    if (d) {
      if (published && d !== published) process.stderr.write(`${title}: dateline ${d} differs from the date column ${published}; the dateline wins\n`);
      published = d;
      fromDateline++;
    }
    text = text.slice(m[0].length);
  }
  // Paragraphs are separated by runs of blank lines: one blank line is enough; trailing spaces go.
  text = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[^\S\n]+$/gm, '').trim())
    .filter(Boolean)
    .join('\n\n');
  if (!text) {
    dropped.push(`${title} (${url}): no text besides the dateline`);
    continue;
  }
  if (!published) throw new Error(`${title}: no publication date`);
  out.push({ url: url.replace(/^(https?:\/\/[^/]+)\/\/+/, '$1/'), title: title.trim(), published, source: 'Wikinews', language: 'en', text });
}
out.sort((a, b) => a.published.localeCompare(b.published) || a.url.localeCompare(b.url));
writeFileSync(outFile, out.map((o) => JSON.stringify(o)).join('\n') + '\n');
process.stderr.write(`${out.length} articles written to ${outFile} (${fromDateline} dated by their dateline); dropped ${dropped.length}:\n`);
for (const d of dropped) process.stderr.write(`  ${d}\n`);
