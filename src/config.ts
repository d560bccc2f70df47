import { fileURLToPath } from 'node:url';
import { isAbsolute, resolve } from 'node:path';

/** The project root (where package.json is). Relative paths in the configuration resolve against it. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The bundled sample corpus: 294 Wikinews articles (see data/wikinews/ATTRIBUTION.md). */
export const SAMPLE_CORPUS = resolve(PROJECT_ROOT, 'data', 'wikinews', 'articles.ndjson');

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface Config {
  /** PORT: TCP port of the API (default 3000). */
  port: number;
  /** HOST: interface to listen on (default 127.0.0.1, this machine only; 0.0.0.0 for every interface, e.g. in a container). */
  host: string;
  /** BYLINE_DB: SQLite file (default data/byline.db, relative to the project root), or ":memory:". */
  db: string;
  /** LOG_LEVEL: fatal | error | warn | info | debug | trace | silent (default info). */
  logLevel: LogLevel;
  /** BYLINE_SEED: load the bundled sample corpus into an empty database on start (default 1; 0 to skip). */
  seed: boolean;
  /** BYLINE_BODY_LIMIT: largest request body in bytes (default 10 MiB). */
  bodyLimit: number;
  /** BYLINE_BATCH_SIZE: articles written per transaction by the corpus loader and `byline ingest` (default 100). */
  batchSize: number;
}

export const DEFAULTS: Config = {
  port: 3000,
  host: '127.0.0.1',
  db: 'data/byline.db',
  logLevel: 'info',
  seed: true,
  bodyLimit: 10 * 1024 * 1024,
  batchSize: 100,
};

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer between ${min} and ${max}, not "${raw}"`);
  return n;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new Error(`${name} must be 1 or 0, not "${env[name]}"`);
}

/** A database path as given, resolved against the project root unless it is absolute or ":memory:". */
export function resolveDbPath(db: string): string {
  return db === ':memory:' || isAbsolute(db) ? db : resolve(PROJECT_ROOT, db);
}

/** Reads the configuration from the environment; every variable has a default. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const level = (env.LOG_LEVEL?.trim().toLowerCase() || DEFAULTS.logLevel) as LogLevel;
  if (!LOG_LEVELS.includes(level)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${env.LOG_LEVEL}"`);
  return {
    port: int(env, 'PORT', DEFAULTS.port, 0, 65535),
    host: env.HOST?.trim() || DEFAULTS.host,
    db: resolveDbPath(env.BYLINE_DB?.trim() || DEFAULTS.db),
    logLevel: level,
    seed: bool(env, 'BYLINE_SEED', DEFAULTS.seed),
    bodyLimit: int(env, 'BYLINE_BODY_LIMIT', DEFAULTS.bodyLimit, 1024, 1024 * 1024 * 1024),
    batchSize: int(env, 'BYLINE_BATCH_SIZE', DEFAULTS.batchSize, 1, 10000),
  };
}
