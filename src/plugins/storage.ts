import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { Repository } from '../storage/repository.ts';
import { SqliteRepository } from '../storage/sqlite/repository.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The storage every route reaches articles, entities and quotes through. */
    repo: Repository;
  }
}

export interface StorageOptions {
  /** SQLite file or ":memory:" (ignored when `repository` is given). */
  db: string;
  /** A repository made elsewhere; the app then does not close it. */
  repository?: Repository;
}

/** Opens the SQLite database (running its migrations) and decorates the app with the repository. */
export default fp(
  async function storagePlugin(app: FastifyInstance, opts: StorageOptions) {
    const repo = opts.repository ?? SqliteRepository.open(opts.db);
    app.decorate('repo', repo);
    if (!opts.repository) app.addHook('onClose', async () => repo.close());
  },
  { name: 'storage' },
);
