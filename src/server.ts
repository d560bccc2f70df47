import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';

/** Starts the API: the only module that listens. Configuration comes from the environment (src/config.ts). */
const config = loadConfig();
const app = await buildApp({
  db: config.db,
  seed: config.seed,
  batchSize: config.batchSize,
  bodyLimit: config.bodyLimit,
  logger: { level: config.logLevel },
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.log.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        app.log.error({ err }, 'error while shutting down');
        process.exit(1);
      },
    );
  });
}

try {
  await app.listen({ port: config.port, host: config.host });
  app.log.info({ db: config.db, docs: `/docs` }, 'Byline is ready');
} catch (err) {
  app.log.error({ err }, 'could not start');
  await app.close();
  process.exit(1);
}
