/**
 * API benchmark: (1) ingest throughput of the bundled corpus into a fresh SQLite file, (2) latency of the main
 * GET endpoints under concurrent load over a real socket (loopback).
 *   npm run bench:api [-- --requests 400 --concurrency 8 --batch 100]
 * Prints figures; prints one JSON object of them as the last line.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/app.ts';
import { SAMPLE_CORPUS } from '../src/config.ts';
import { ingestBatch, itemFromRecord, parseNdjson, prepareItem } from '../src/ingest/ingest.ts';
import { SqliteRepository } from '../src/storage/sqlite/repository.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const REQUESTS = arg('requests', 400);
const CONCURRENCY = arg('concurrency', 8);
const BATCH = arg('batch', 100);

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const tmp = mkdtempSync(join(tmpdir(), 'byline-bench-'));
const dbFile = join(tmp, 'bench.db');
try {
  // ---- ingest
  const records = parseNdjson(readFileSync(SAMPLE_CORPUS, 'utf8'));
  const items = records.map((r) => itemFromRecord(r.value, `line ${r.line}`));
  const repo = SqliteRepository.open(dbFile);
  let prepareMs = 0;
  let writeMs = 0;
  const t0 = performance.now();
  for (let i = 0; i < items.length; i += BATCH) {
    const a = performance.now();
    const prepared = items.slice(i, i + BATCH).map((it) => prepareItem(it));
    const b = performance.now();
    repo.saveArticlesSync(prepared);
    const c = performance.now();
    prepareMs += b - a;
    writeMs += c - b;
  }
  const totalMs = performance.now() - t0;
  const stats = await repo.stats();
  // Re-ingesting the same corpus: every article a duplicate, found before annotation.
  const r0 = performance.now();
  let duplicates = 0;
  for (let i = 0; i < items.length; i += BATCH) duplicates += (await ingestBatch(repo, items.slice(i, i + BATCH))).duplicates;
  const reMs = performance.now() - r0;
  if (duplicates !== items.length) throw new Error(`re-ingest found ${duplicates} duplicates of ${items.length}`);
  await repo.close();
  const ingest = {
    articles: items.length,
    batch: BATCH,
    seconds: +(totalMs / 1000).toFixed(3),
    articles_per_s: +(items.length / (totalMs / 1000)).toFixed(1),
    pipeline_ms_per_article: +(prepareMs / items.length).toFixed(2),
    write_ms_per_article: +(writeMs / items.length).toFixed(2),
    reingest_articles_per_s: +(items.length / (reMs / 1000)).toFixed(1),
    stored: stats,
  };
  process.stdout.write(
    `ingest: ${ingest.articles} articles in ${ingest.seconds} s = ${ingest.articles_per_s} articles/s ` +
      `(pipeline ${ingest.pipeline_ms_per_article} ms/article, SQLite write ${ingest.write_ms_per_article} ms/article, batches of ${BATCH})\n` +
      `re-ingest (all duplicates): ${ingest.reingest_articles_per_s} articles/s\n` +
      `stored: ${JSON.stringify(stats)}\n`,
  );

  // ---- GET latency over a socket
  const app = await buildApp({ db: dbFile });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const base = `http://127.0.0.1:${address.port}`;
  const get = async (path: string) => {
    const res = await fetch(base + path);
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
  const page1 = (await get('/articles?limit=20')) as { items: { id: number }[]; next_cursor: string };
  const someId = page1.items[5]!.id;
  const entity = ((await get('/entities?limit=1')) as { items: { id: number }[] }).items[0]?.id;
  const endpoints: [string, string][] = [
    ['GET /articles', '/articles?limit=20'],
    ['GET /articles (page 2)', `/articles?limit=20&cursor=${page1.next_cursor}`],
    ['GET /articles?q=', '/articles?q=president%20election&limit=20'],
    ['GET /articles?published_from=', '/articles?published_from=2020-03-01&published_to=2020-06-30&limit=20'],
    ['GET /articles/{id}', `/articles/${someId}`],
    ['GET /entities', '/entities?limit=20'],
    ['GET /quotes', '/quotes?limit=20'],
    ['GET /aggregates/articles-by-month', '/aggregates/articles-by-month'],
    ['GET /aggregates/mentions-by-month', '/aggregates/mentions-by-month'],
    ['GET /aggregates/top-entities', '/aggregates/top-entities?limit=10'],
    ['GET /aggregates/top-speakers', '/aggregates/top-speakers?limit=10'],
    ...(entity
      ? ([
          ['GET /entities/{id}', `/entities/${entity}`],
          ['GET /quotes?about=', `/quotes?about=${entity}&limit=20`],
        ] as [string, string][])
      : []),
  ];
  const latency: Record<string, { p50_ms: number; p95_ms: number; req_per_s: number }> = {};
  for (const [name, path] of endpoints) {
    for (let i = 0; i < 20; i++) await get(path); // warm-up
    const times: number[] = [];
    let next = 0;
    const start = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS) {
          next++;
          const a = performance.now();
          await get(path);
          times.push(performance.now() - a);
        }
      }),
    );
    const wall = performance.now() - start;
    times.sort((a, b) => a - b);
    latency[name] = { p50_ms: +pct(times, 50).toFixed(2), p95_ms: +pct(times, 95).toFixed(2), req_per_s: +(times.length / (wall / 1000)).toFixed(0) };
    process.stdout.write(`${name.padEnd(36)} p50 ${latency[name].p50_ms.toFixed(2).padStart(7)} ms   p95 ${latency[name].p95_ms.toFixed(2).padStart(7)} ms   ${latency[name].req_per_s} req/s\n`);
  }
  await app.close();
  process.stdout.write(JSON.stringify({ ingest, latency: { requests: REQUESTS, concurrency: CONCURRENCY, endpoints: latency } }) + '\n');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
