/**
 * Scores HTML extraction on a folder in trafilatura's evaluation format: evaldata.json maps each URL to
 * {file, with: [segments that must appear], without: [segments that must not], title?, date?, author?}.
 * Pages are read from html/<file>.gz, html/<file>, <file>, eval/<file> or cache/<file>.
 *
 * Metric (trafilatura's tests/eval_common.py): whitespace-normalised substring test per segment;
 * tp = a "with" segment found, fn = not found, fp = a "without" segment found; micro-summed;
 * P = tp/(tp+fp), R = tp/(tp+fn), F = 2tp/(2tp+fp+fn). The text scored is the stored body
 * (title and body with --with-title). Metadata: accuracy of title, date and author where the gold has them.
 *
 * Usage: npm run -s eval:extract -- [--data DIR] [--lang en] [--with-title] [--limit N] [--verbose]
 *        [--no-semantics] [--no-patterns] [--no-prune] [--no-readability] [--readability-always] [--no-rules]
 * Ablation: --no-semantics ignores element names (tag, class, id); --no-patterns the shared boilerplate phrases;
 * --no-prune keeps everything inside the chosen container; --no-readability never asks Readability,
 * --readability-always compares with it on every page, --no-rules lets Readability alone choose the text.
 * --verbose lists each page's missed and wrongly kept segments on stderr.
 * Prints progress to stderr and one JSON object as the last line of stdout (pages_per_second times extraction
 * only, on a possibly busy machine: npm run bench:extract is the speed figure).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from '../src/cli/args.ts';
import { DEFAULT_HTML_OPTIONS, extractHtmlWith, type HtmlOptions } from '../src/ingest/html.ts';
import { decodeHtmlBytes } from '../src/ingest/html/decode.ts';
import type { ArticleDraft } from '../src/ingest/types.ts';
import { addCounts, countItem, norm, scores, type Counts } from './extract-score.ts';

const ROOT = new URL('..', import.meta.url);
const DEFAULT_DATA = new URL('../shared/eval-data/trafilatura-eval/', ROOT).pathname;

interface Item {
  file: string;
  with: string[];
  without: string[];
  title?: string;
  date?: string;
  author?: string | string[];
}

const round = (x: number) => Math.round(x * 10000) / 10000;

function readPage(dir: string, file: string): Buffer | null {
  for (const p of [join(dir, 'html', file + '.gz'), join(dir, 'html', file), join(dir, file + '.gz'), join(dir, file), join(dir, 'eval', file), join(dir, 'cache', file)]) {
    if (existsSync(p)) {
      const buf = readFileSync(p);
      return p.endsWith('.gz') ? gunzipSync(buf) : buf;
    }
  }
  return null;
}

const normTitle = (s: string) => norm(s).toLowerCase().replace(/[“”„"«»]/g, '"').replace(/[’‘]/g, "'");
const normName = (s: string) => norm(s).toLowerCase().replace(/\./g, '');
function authorsMatch(gold: string | string[], got: string[]): boolean {
  const g = (Array.isArray(gold) ? gold : gold.split(/\s*[;,|]\s*|\s+and\s+|\s+und\s+/)).map(normName).filter(Boolean).sort();
  const h = got.flatMap((a) => a.split(/\s*[;,|]\s*/)).map(normName).filter(Boolean).sort();
  return g.length === h.length && g.every((x, i) => x === h[i]);
}

function main() {
  const { options } = parseArgs(process.argv.slice(2), ['data', 'lang', 'limit', 'show']);
  const dir = typeof options.get('data') === 'string' ? (options.get('data') as string) : DEFAULT_DATA;
  const lang = options.get('lang');
  const limit = Number(options.get('limit') ?? Infinity);
  const verbose = options.has('verbose');
  const withTitle = options.has('with-title');
  const opts: HtmlOptions = { ...DEFAULT_HTML_OPTIONS };
  if (options.has('no-semantics')) opts.semantics = false;
  if (options.has('no-patterns')) opts.patterns = false;
  if (options.has('no-prune')) opts.prune = false;
  if (options.has('no-rules')) opts.rules = false;
  if (options.has('no-readability')) opts.readability = 'off';
  if (options.has('readability-always')) opts.readability = 'always';

  const evaldata = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, Item>;
  const indexPath = join(dir, 'doc-index.json');
  const index = existsSync(indexPath) ? (JSON.parse(readFileSync(indexPath, 'utf8')) as Record<string, { html_lang?: string }>) : {};
  const isEnglish = (url: string) => /^en\b/i.test(index[url]?.html_lang ?? '');

  const all: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const en: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const meta = { title: [0, 0], date: [0, 0], author: [0, 0] };
  const metaEn = { title: [0, 0], date: [0, 0], author: [0, 0] };
  let pages = 0;
  let missing = 0;
  let errors = 0;
  let ms = 0;
  let bytes = 0;
  for (const [url, item] of Object.entries(evaldata)) {
    if (pages >= limit) break;
    if (lang && !(lang === 'en' ? isEnglish(url) : new RegExp(`^${lang}\\b`, 'i').test(index[url]?.html_lang ?? ''))) continue;
    const raw = readPage(dir, item.file);
    if (!raw) {
      missing++;
      continue;
    }
    pages++;
    bytes += raw.length;
    let draft: ArticleDraft | null = null;
    const html = decodeHtmlBytes(raw);
    const t0 = performance.now();
    try {
      draft = extractHtmlWith(html, { url }, opts);
    } catch (err) {
      errors++;
      process.stderr.write(`error on ${item.file}: ${(err as Error).stack}\n`);
    }
    ms += performance.now() - t0;
    const text = draft ? (withTitle && draft.title ? draft.title + '\n\n' : '') + draft.body : null;
    const c = countItem(item, text);
    for (const agg of isEnglish(url) ? [all, en] : [all]) addCounts(agg, c);
    const metaChecks: [keyof typeof meta, boolean][] = [];
    if (item.title) metaChecks.push(['title', !!draft?.title && normTitle(draft.title) === normTitle(item.title)]);
    if (item.date) metaChecks.push(['date', draft?.published === item.date.slice(0, 10)]);
    if (item.author) metaChecks.push(['author', !!draft && authorsMatch(item.author, draft.authors)]);
    for (const [k, ok] of metaChecks) {
      for (const m of isEnglish(url) ? [meta, metaEn] : [meta]) {
        m[k][1]!++;
        if (ok) m[k][0]!++;
      }
    }
    if (verbose && (c.fn || c.fp)) {
      const r = text == null ? '' : norm(text);
      process.stderr.write(
        `\n## ${item.file} ${url}\n` +
          item.with.filter((w) => !r.includes(norm(w))).map((w) => `  MISSED  ${w}\n`).join('') +
          item.without.filter((w) => r.includes(norm(w))).map((w) => `  FOUND   ${w}\n`).join(''),
      );
    }
    if (pages % 100 === 0) process.stderr.write(`${pages} pages\n`);
  }
  const acc = (m: typeof meta) => Object.fromEntries(Object.entries(m).map(([k, [ok, n]]) => [k, { accuracy: n ? round(ok! / n) : null, n }]));
  const result = {
    data: dir,
    pages,
    missing,
    errors,
    options: { ...opts, withTitle },
    all: scores(all),
    english: scores(en),
    metadata: { all: acc(meta), english: acc(metaEn) },
    pages_per_second: round((pages / ms) * 1000),
    mb_per_second: round(bytes / 1e6 / (ms / 1000)),
  };
  process.stdout.write(JSON.stringify(result) + '\n');
}

main();
