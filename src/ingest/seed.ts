import { readFile } from 'node:fs/promises';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Stage } from '../pipeline/types.ts';
import type { Repository } from '../storage/repository.ts';
import { ingestBatch, itemFromRecord, parseNdjson } from './ingest.ts';

/** The settings key recording that the sample corpus was loaded (so an emptied database is not refilled). */
export const SEEDED_KEY = 'sample_corpus_loaded_at';

export interface SeedProgress {
  done: number;
  total: number;
  created: number;
  duplicates: number;
}

export interface SeedOptions {
  file: string;
  batchSize: number;
  stages?: readonly Stage[];
  onProgress?: (p: SeedProgress) => void;
  /** Checked between batches: loading stops early when it says so (e.g. the server is closing). */
  signal?: AbortSignal;
}

/**
 * Loads an NDJSON corpus through the batch ingest path, `batchSize` records per transaction, yielding to
 * the event loop between batches so a listening server keeps answering.
 */
export async function loadCorpus(repo: Repository, opts: SeedOptions): Promise<SeedProgress> {
  const records = parseNdjson(await readFile(opts.file, 'utf8'));
  const items = records.map((r) => itemFromRecord(r.value, `line ${r.line}`));
  const progress: SeedProgress = { done: 0, total: items.length, created: 0, duplicates: 0 };
  for (let i = 0; i < items.length; i += opts.batchSize) {
    if (opts.signal?.aborted) throw new Error('Loading of the corpus was stopped.');
    const summary = await ingestBatch(repo, items.slice(i, i + opts.batchSize), opts.stages);
    progress.done += summary.articles;
    progress.created += summary.created;
    progress.duplicates += summary.duplicates + summary.updated;
    opts.onProgress?.({ ...progress });
    await yieldToLoop();
  }
  return progress;
}

/** Loads the sample corpus into a database that has never had it and holds no articles; null when skipped. */
export async function seedIfEmpty(repo: Repository, opts: SeedOptions): Promise<SeedProgress | null> {
  if (await repo.getSetting(SEEDED_KEY)) return null;
  if ((await repo.stats()).articles > 0) return null;
  const progress = await loadCorpus(repo, opts);
  await repo.setSetting(SEEDED_KEY, new Date().toISOString());
  return progress;
}
