/**
 * Scores the plain-text cleaner on scraped text.
 * 1. Page text: every page of a folder in trafilatura's evaluation format is turned into plain text the way a
 *    scraper copies a page (one line per block of visible text, navigation, footers and all), cleaned with
 *    cleanText, and scored with trafilatura's segment metric (see scripts/extract-score.ts).
 * 2. Wikinews (CSV url,date,title,text): the share of prose lines kept in the body, and the share of datelines
 *    ("Friday, January 4, 2019") read as the publication date.
 *
 * Usage: npm run -s eval:text -- [--data DIR] [--wikinews DIR]
 * Prints one JSON object as the last line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from '../src/cli/args.ts';
import { linearize } from '../src/ingest/html/content.ts';
import { decodeHtmlBytes } from '../src/ingest/html/decode.ts';
import { parseHtml } from '../src/ingest/html/dom.ts';
import { cleanText } from '../src/ingest/text.ts';
import { addCounts, countItem, scores, type Counts } from './extract-score.ts';
import { checkWikinewsCleaning } from './lib/wikinews-cleaning.ts';
import { readWikinews, WIKINEWS_DIR } from './lib/wikinews.ts';

const ROOT = new URL('..', import.meta.url);
const { options } = parseArgs(process.argv.slice(2), ['data', 'wikinews']);
const dir = typeof options.get('data') === 'string' ? (options.get('data') as string) : new URL('../shared/eval-data/trafilatura-eval/', ROOT).pathname;
const wnDir = typeof options.get('wikinews') === 'string' ? (options.get('wikinews') as string) : WIKINEWS_DIR;


const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const all = zero();
const en = zero();
const raw = zero();
let pages = 0;
const evalPath = join(dir, 'evaldata.json');
if (existsSync(evalPath)) {
  const evaldata = JSON.parse(readFileSync(evalPath, 'utf8')) as Record<string, { file: string; with: string[]; without: string[] }>;
  const idxPath = join(dir, 'doc-index.json');
  const index = existsSync(idxPath) ? (JSON.parse(readFileSync(idxPath, 'utf8')) as Record<string, { html_lang?: string }>) : {};
  for (const [url, item] of Object.entries(evaldata)) {
    const p = [join(dir, 'html', item.file + '.gz'), join(dir, 'html', item.file), join(dir, item.file)].find((x) => existsSync(x));
    if (!p) continue;
    const bytes = p.endsWith('.gz') ? gunzipSync(readFileSync(p)) : readFileSync(p);
    // The page as a scraper copies it: each block of visible text on its own line.
    const text = linearize(parseHtml(decodeHtmlBytes(bytes)))
      .map((b) => b.text)
      .join('\n');
    const c = countItem(item, cleanText(text).body);
    addCounts(all, c);
    if (/^en\b/i.test(index[url]?.html_lang ?? '')) addCounts(en, c);
    addCounts(raw, countItem(item, text));
    pages++;
    if (pages % 200 === 0) process.stderr.write(`${pages} pages\n`);
  }
}

const wikinews = existsSync(wnDir) ? checkWikinewsCleaning(readWikinews(wnDir)) : null;

const round = (x: number) => Math.round(x * 10000) / 10000;
process.stdout.write(
  JSON.stringify({
    page_text: { pages, uncleaned: scores(raw), all: scores(all), english: scores(en) },
    wikinews: wikinews && {
      articles: wikinews.articles,
      prose_lines: wikinews.prose_lines,
      prose_kept: wikinews.prose_lines ? round(wikinews.prose_kept / wikinews.prose_lines) : null,
      datelines: wikinews.datelines,
      dateline_dates_read: wikinews.datelines ? round(wikinews.datelines_read / wikinews.datelines) : null,
    },
  }) + '\n',
);
