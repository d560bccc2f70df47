import Fastify from 'fastify';
import type { FastifyReply, FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DEFAULTS, SAMPLE_CORPUS } from './config.ts';
import errorsPlugin, { errorBody } from './plugins/errors.ts';
import seedPlugin from './plugins/seed.ts';
import storagePlugin from './plugins/storage.ts';
import swaggerPlugin from './plugins/swagger.ts';
import aggregatesRoutes from './routes/aggregates.ts';
import articlesRoutes from './routes/articles.ts';
import entitiesRoutes from './routes/entities.ts';
import healthRoutes from './routes/health.ts';
import quotesRoutes from './routes/quotes.ts';
import type { Repository } from './storage/repository.ts';

export interface AppOptions {
  /** SQLite file or ":memory:" (default ":memory:"). */
  db?: string;
  /** Use this repository instead of opening `db`; the app does not close it. */
  repository?: Repository;
  /** Load the bundled sample corpus into an empty database when the app is ready (default false). */
  seed?: boolean;
  /** The NDJSON corpus to seed from (default the bundled Wikinews sample). */
  seedFile?: string;
  /** Records per transaction while seeding. */
  batchSize?: number;
  /** Largest request body in bytes. */
  bodyLimit?: number;
  /** Fastify logger options, or false (default) for none. */
  logger?: FastifyServerOptions['logger'];
}

/** Builds the HTTP app: plugins first, then one route plugin per resource. Used by the server and the tests alike. */
export async function buildApp(opts: AppOptions = {}) {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? DEFAULTS.bodyLimit,
    routerOptions: { ignoreTrailingSlash: true },
    // Errors raised before routing (a malformed URL) get the same error shape as all others.
    frameworkErrors: (err, _req, reply) => {
      const { status, body } = errorBody(err);
      const out = status === 400 && err.code === 'FST_ERR_BAD_URL' ? { error: { code: 'bad_url', message: err.message } } : body;
      void (reply as unknown as FastifyReply).code(status).send(out);
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(errorsPlugin);
  await app.register(storagePlugin, { db: opts.db ?? ':memory:', ...(opts.repository ? { repository: opts.repository } : {}) });
  await app.register(seedPlugin, { enabled: opts.seed ?? false, file: opts.seedFile ?? SAMPLE_CORPUS, batchSize: opts.batchSize ?? DEFAULTS.batchSize });
  await app.register(swaggerPlugin);

  await app.register(healthRoutes);
  await app.register(articlesRoutes);
  await app.register(quotesRoutes);
  await app.register(entitiesRoutes);
  await app.register(aggregatesRoutes);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
