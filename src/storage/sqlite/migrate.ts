import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { PROJECT_ROOT } from '../../config.ts';
import { MigrationError } from '../errors.ts';

export const MIGRATIONS_DIR = join(PROJECT_ROOT, 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The numbered SQL files of a folder ("001_init.sql"), in order. Numbers must be unique. */
export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const out: Migration[] = [];
  for (const file of readdirSync(dir).sort()) {
    const m = /^(\d+)_([\w-]+)\.sql$/.exec(file);
    if (!m) continue;
    out.push({ version: Number(m[1]), name: file, sql: readFileSync(join(dir, file), 'utf8') });
  }
  out.sort((a, b) => a.version - b.version);
  for (let i = 1; i < out.length; i++) {
    if (out[i]!.version === out[i - 1]!.version) throw new MigrationError(`Two migrations have number ${out[i]!.version}`);
  }
  return out;
}

export interface AppliedMigration {
  version: number;
  name: string;
  applied_at: string;
}

/**
 * Applies the migrations the database has not seen, each in its own transaction, and records each in
 * schema_migrations. Forward only: a database that has a migration this code does not know is refused.
 */
export function migrate(db: Database, migrations: Migration[] = loadMigrations()): AppliedMigration[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  const known = new Set(migrations.map((m) => m.version));
  const unknown = [...applied].filter((v) => !known.has(v));
  if (unknown.length) {
    throw new MigrationError(`The database has migration ${unknown.join(', ')}, which this version of Byline does not know; use a newer version.`);
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const done: AppliedMigration[] = [];
  for (const m of migrations) {
    if (applied.has(m.version)) continue;
    const at = new Date().toISOString();
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, at);
    })();
    done.push({ version: m.version, name: m.name, applied_at: at });
  }
  return done;
}

export function appliedMigrations(db: Database): AppliedMigration[] {
  return db.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all() as AppliedMigration[];
}
