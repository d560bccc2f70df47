/**
 * Speed of HTML extraction on one core: every page of an evaluation folder (default: the trafilatura corpus)
 * is decompressed and decoded first, then extracted in a single thread, timed per page.
 *
 * Usage: npm run bench:extract -- [--data DIR] [--rounds N] [--no-readability]
 * Prints figures, and one JSON object as the last line: pages per second by wall clock and by CPU time
 * (on a busy machine the CPU figure is the one that describes the extractor), ms per page (median, p95, max).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from '../src/cli/args.ts';
import { DEFAULT_HTML_OPTIONS, extractHtmlWith, type HtmlOptions } from '../src/ingest/html.ts';
import { decodeHtmlBytes } from '../src/ingest/html/decode.ts';

const ROOT = new URL('..', import.meta.url);
const DEFAULT_DATA = new URL('../shared/eval-data/trafilatura-eval/', ROOT).pathname;

const { options } = parseArgs(process.argv.slice(2), ['data', 'rounds']);
const dir = typeof options.get('data') === 'string' ? (options.get('data') as string) : DEFAULT_DATA;
const rounds = Number(options.get('rounds') ?? 1);
const opts: HtmlOptions = { ...DEFAULT_HTML_OPTIONS };
if (options.has('no-readability')) opts.readability = 'off';

const evaldata = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, { file: string }>;
const pages: { url: string; html: string }[] = [];
let bytes = 0;
for (const [url, item] of Object.entries(evaldata)) {
  const p = [join(dir, 'html', item.file + '.gz'), join(dir, 'html', item.file), join(dir, item.file)].find((x) => existsSync(x));
  if (!p) continue;
  const raw = p.endsWith('.gz') ? gunzipSync(readFileSync(p)) : readFileSync(p);
  bytes += raw.length;
  pages.push({ url, html: decodeHtmlBytes(raw) });
}
// Warm-up: lazy initialisation (stop-word sets, regular expressions) is not what is measured.
for (const p of pages.slice(0, 20)) extractHtmlWith(p.html, { url: p.url }, opts);

const times: number[] = [];
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const p of pages) {
    const s = performance.now();
    extractHtmlWith(p.html, { url: p.url }, opts);
    times.push(performance.now() - s);
  }
}
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
times.sort((a, b) => a - b);
const q = (f: number) => Math.round(times[Math.min(times.length - 1, Math.floor(times.length * f))]! * 100) / 100;
const n = pages.length * rounds;
const result = {
  pages: n,
  readability: opts.readability,
  mb: Math.round((bytes * rounds) / 1e5) / 10,
  pages_per_second_wall: Math.round((n / wallMs) * 1000 * 10) / 10,
  pages_per_second_cpu: Math.round((n / cpuMs) * 1000 * 10) / 10,
  ms_per_page: { median: q(0.5), p95: q(0.95), max: q(1) },
  mb_per_second_cpu: Math.round(((bytes * rounds) / 1e6 / (cpuMs / 1000)) * 10) / 10,
};
process.stdout.write(
  `${n} pages (${result.mb} MB) in ${(wallMs / 1000).toFixed(2)} s wall, ${(cpuMs / 1000).toFixed(2)} s CPU: ` +
    `${result.pages_per_second_wall} pages/s wall, ${result.pages_per_second_cpu} pages/s CPU; ` +
    `median ${result.ms_per_page.median} ms, p95 ${result.ms_per_page.p95} ms, max ${result.ms_per_page.max} ms per page\n`,
);
process.stdout.write(JSON.stringify(result) + '\n');
