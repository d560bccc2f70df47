import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { seedIfEmpty } from '../ingest/seed.ts';

export interface SeedStatus {
  state: 'off' | 'loading' | 'done' | 'failed';
  articles: number;
  error: string | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    seedStatus: SeedStatus;
    /** Settles when the sample corpus has loaded (or was skipped, or failed). */
    seeding: Promise<void>;
  }
}

export interface SeedPluginOptions {
  enabled: boolean;
  file: string;
  batchSize: number;
}

/**
 * On a database that never had it and holds no articles, loads the bundled sample corpus in the background
 * once the app is ready, through the same batch ingest as POST /articles/batch. GET /health shows progress.
 */
export default fp(
  async function seedPlugin(app: FastifyInstance, opts: SeedPluginOptions) {
    const status: SeedStatus = { state: 'off', articles: 0, error: null };
    const abort = new AbortController();
    app.decorate('seedStatus', status);
    app.decorate('seeding', Promise.resolve());
    if (!opts.enabled) return;
    app.addHook('onReady', async () => {
      status.state = 'loading';
      app.seeding = seedIfEmpty(app.repo, {
        file: opts.file,
        batchSize: opts.batchSize,
        signal: abort.signal,
        onProgress: (p) => {
          status.articles = p.created;
        },
      }).then(
        (p) => {
          status.state = 'done';
          if (p) app.log.info({ articles: p.created, duplicates: p.duplicates }, 'sample corpus loaded');
        },
        (err: Error) => {
          status.state = 'failed';
          status.error = err.message;
          if (!abort.signal.aborted) app.log.error({ err }, 'loading the sample corpus failed');
        },
      );
    });
    // Before the storage closes: stop between two batches and wait for the one being written.
    app.addHook('preClose', async () => {
      abort.abort();
      await app.seeding;
    });
  },
  { name: 'seed', dependencies: ['storage'] },
);
