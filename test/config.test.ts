import { isAbsolute } from 'node:path';
import t from 'tap';
import { DEFAULTS, loadConfig } from '../src/config.ts';

t.test('defaults', async (t) => {
  const c = loadConfig({});
  t.match(c, { port: 3000, host: '127.0.0.1', logLevel: 'info', seed: true, bodyLimit: DEFAULTS.bodyLimit, batchSize: 100 });
  t.ok(isAbsolute(c.db) && c.db.endsWith('data/byline.db'), 'relative to the project root');
});

t.test('environment overrides', async (t) => {
  const c = loadConfig({ PORT: '8080', HOST: '0.0.0.0', BYLINE_DB: ':memory:', LOG_LEVEL: 'WARN', BYLINE_SEED: '0', BYLINE_BODY_LIMIT: '2048', BYLINE_BATCH_SIZE: '7' });
  t.same(c, { port: 8080, host: '0.0.0.0', db: ':memory:', logLevel: 'warn', seed: false, bodyLimit: 2048, batchSize: 7 });
  t.equal(loadConfig({ BYLINE_DB: '/var/lib/byline.db' }).db, '/var/lib/byline.db');
});

t.test('bad values are refused with the variable named', async (t) => {
  t.throws(() => loadConfig({ PORT: 'http' }), /PORT/);
  t.throws(() => loadConfig({ PORT: '70000' }), /PORT/);
  t.throws(() => loadConfig({ LOG_LEVEL: 'loud' }), /LOG_LEVEL/);
  t.throws(() => loadConfig({ BYLINE_SEED: 'maybe' }), /BYLINE_SEED/);
  t.throws(() => loadConfig({ BYLINE_BATCH_SIZE: '0' }), /BYLINE_BATCH_SIZE/);
});
