import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { loadConfig } from '../config.ts';
import { decodeInput, isHtmlFile } from '../ingest/bytes.ts';
import { InputError } from '../ingest/errors.ts';
import { draftItem, itemFromLooseRecord, saveDrafts } from '../ingest/ingest.ts';
import type { DraftedItem, IngestItem } from '../ingest/ingest.ts';
import type { InputFormat } from '../ingest/types.ts';
import type { Repository } from '../storage/repository.ts';
import { SqliteRepository } from '../storage/sqlite/repository.ts';
import { parseArgs } from './args.ts';

export const INGEST_USAGE = `Usage: byline ingest [--batch N] [--format text|html|raw] FILE|DIR...
  Loads articles into the database named by BYLINE_DB (default data/byline.db).
  .txt: one article as plain text; .html/.htm: one web page; .json: one article record or an array of them;
  .ndjson/.jsonl: one record per line. Directories are read recursively (files with those extensions).
  Records are JSON objects with "text" or "html" (also "body", "content") and optional title, url, source,
  published, language, authors. Articles already stored (same text, or same URL and text) count as duplicates;
  the same URL with a changed text updates the article.
  --batch N    articles written per transaction (default BYLINE_BATCH_SIZE or 100)
  --format F   read .txt and unknown files as text (default), html or raw (the file is the body as it is)
  A record that cannot be read is reported and skipped; the exit code is then 1.`;

const EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.xhtml', '.json', '.ndjson', '.jsonl']);

export interface IngestReport {
  files: number;
  articles: number;
  created: number;
  updated: number;
  duplicates: number;
  failures: { item: string; reason: string }[];
}

async function collectFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(p);
    }
  };
  for (const p of paths) {
    const s = await stat(p);
    if (s.isDirectory()) await walk(p);
    else out.push(p);
  }
  return out;
}

/** The items of one file; records that cannot be read become failures. */
function itemsOfFile(file: string, content: string, format: InputFormat | undefined, fail: (item: string, reason: string) => void): IngestItem[] {
  const ext = extname(file).toLowerCase();
  const loose = (value: unknown, label: string): IngestItem | null => {
    try {
      return itemFromLooseRecord(value, label);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      fail(label, `${err.code}: ${err.message.replace(`${label}: `, '')}`);
      return null;
    }
  };
  if (ext === '.ndjson' || ext === '.jsonl') {
    const items: IngestItem[] = [];
    content.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      const label = `${file}:${i + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        fail(label, `invalid_json: ${(err as Error).message}`);
        return;
      }
      const item = loose(value, label);
      if (item) items.push(item);
    });
    return items;
  }
  if (ext === '.json') {
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (err) {
      fail(file, `invalid_json: ${(err as Error).message}`);
      return [];
    }
    const values = Array.isArray(value) ? value : [value];
    return values.map((v, i) => loose(v, Array.isArray(value) ? `${file} item ${i + 1}` : file)).filter((x): x is IngestItem => !!x);
  }
  return [{ format: isHtmlFile(ext) ? 'html' : (format ?? 'text'), content, hints: {}, label: file }];
}

class Progress {
  private readonly tty: boolean;
  private lastLine = 0;
  constructor(private readonly out: NodeJS.WriteStream | NodeJS.WritableStream, private readonly total: number) {
    this.tty = 'isTTY' in out && !!out.isTTY;
  }
  update(files: number, r: IngestReport, force = false): void {
    if (this.tty) {
      const width = 30;
      const filled = this.total ? Math.round((files / this.total) * width) : width;
      this.out.write(
        `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${files}/${this.total} files  ${r.created} created  ${r.duplicates} duplicates  ${r.failures.length} failed`,
      );
      if (force) this.out.write('\n');
    } else {
      const now = Date.now();
      if (!force && (files === this.total || now - this.lastLine < 1000)) return;
      this.lastLine = now;
      this.out.write(`ingest: ${files}/${this.total} files, ${r.created} created, ${r.updated} updated, ${r.duplicates} duplicates, ${r.failures.length} failed\n`);
    }
  }
}

export interface IngestRunOptions {
  batchSize: number;
  format?: InputFormat;
  progress?: NodeJS.WriteStream | NodeJS.WritableStream;
}

/** Loads files into a repository, `batchSize` articles per transaction. */
export async function ingestFiles(repo: Repository, paths: readonly string[], opts: IngestRunOptions): Promise<IngestReport> {
  const files = await collectFiles(paths);
  const report: IngestReport = { files: files.length, articles: 0, created: 0, updated: 0, duplicates: 0, failures: [] };
  const fail = (item: string, reason: string) => report.failures.push({ item, reason });
  const progress = new Progress(opts.progress ?? process.stderr, files.length);
  let pending: DraftedItem[] = [];
  const flush = async () => {
    if (!pending.length) return;
    const s = await saveDrafts(repo, pending);
    pending = [];
    report.articles += s.articles;
    report.created += s.created;
    report.updated += s.updated;
    report.duplicates += s.duplicates;
  };
  let done = 0;
  for (const file of files) {
    let content: string;
    try {
      const ext = extname(file).toLowerCase();
      const page = isHtmlFile(ext) || (opts.format === 'html' && !['.json', '.jsonl', '.ndjson'].includes(ext));
      content = decodeInput(await readFile(file), page ? 'html' : 'text');
    } catch (err) {
      fail(file, (err as Error).message);
      continue;
    }
    for (const item of itemsOfFile(file, content, opts.format, fail)) {
      try {
        pending.push({ item, draft: draftItem(item) });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        fail(item.label ?? file, `${err.code}: ${err.message.replace(`${item.label}: `, '')}`);
      }
      if (pending.length >= opts.batchSize) await flush();
    }
    done++;
    progress.update(done, report);
  }
  await flush();
  progress.update(done, report, true);
  return report;
}

export async function ingestCommand(argv: readonly string[], out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const { options, positionals } = parseArgs(argv, ['batch', 'format']);
  if (options.has('help') || positionals.length === 0) {
    (positionals.length === 0 && !options.has('help') ? process.stderr : out).write(INGEST_USAGE + '\n');
    return options.has('help') ? 0 : 2;
  }
  const config = loadConfig();
  const batchRaw = options.get('batch');
  const batchSize = typeof batchRaw === 'string' ? Number(batchRaw) : config.batchSize;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    process.stderr.write(`byline ingest: --batch must be a positive integer\n`);
    return 2;
  }
  const fmt = options.get('format');
  if (fmt !== undefined && !['text', 'html', 'raw'].includes(String(fmt))) {
    process.stderr.write(`byline ingest: --format must be text, html or raw\n`);
    return 2;
  }
  const repo = SqliteRepository.open(config.db);
  try {
    const report = await ingestFiles(repo, positionals, { batchSize, ...(fmt ? { format: fmt as InputFormat } : {}) });
    out.write(
      `${report.files} files, ${report.articles} articles: ${report.created} created, ${report.updated} updated, ` +
        `${report.duplicates} duplicates, ${report.failures.length} failed (database ${config.db})\n`,
    );
    for (const f of report.failures) out.write(`  failed: ${f.item}: ${f.reason}\n`);
    return report.failures.length ? 1 : 0;
  } catch (err) {
    process.stderr.write(`byline ingest: ${(err as Error).message}\n`);
    return 1;
  } finally {
    await repo.close();
  }
}
