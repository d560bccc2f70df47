import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { MigrationError } from '../../src/storage/errors.ts';
import { appliedMigrations, loadMigrations, migrate } from '../../src/storage/sqlite/migrate.ts';
import { openDatabase } from '../../src/storage/sqlite/open.ts';

const tmp = mkdtempSync(join(tmpdir(), 'byline-migrations-'));
t.teardown(() => rmSync(tmp, { recursive: true, force: true }));

t.test('the real migrations apply once, in order, and are recorded', async (t) => {
  const file = join(tmp, 'a.db');
  const migrations = loadMigrations();
  t.ok(migrations.length >= 1);
  t.equal(migrations[0]!.name, '001_init.sql');
  t.same(migrations.map((m) => m.version), [...migrations.map((m) => m.version)].sort((a, b) => a - b));

  const db = openDatabase(file);
  const applied = appliedMigrations(db);
  t.same(applied.map((m) => m.version), migrations.map((m) => m.version));
  t.equal(db.pragma('journal_mode', { simple: true }), 'wal', 'files use WAL');
  t.equal(db.pragma('foreign_keys', { simple: true }), 1, 'foreign keys enforced');
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  for (const name of ['articles', 'entities', 'article_entities', 'mentions', 'dates', 'quotes', 'articles_fts', 'quotes_fts', 'schema_migrations']) {
    t.ok(tables.includes(name), `table ${name}`);
  }
  t.same(migrate(db), [], 'nothing left to apply');
  db.close();

  const again = openDatabase(file);
  t.same(appliedMigrations(again), applied, 'reopening applies nothing new');
  t.throws(() => again.prepare('INSERT INTO mentions (article_id, entity_id, start, "end", text, type, kind) VALUES (999, 999, 0, 1, ?, ?, ?)').run('x', 'person', 'name'), /FOREIGN KEY/);
  again.close();
});

t.test('a failing migration leaves nothing behind; later migrations run in order', async (t) => {
  const dir = join(tmp, 'm');
  mkdirSync(dir);
  writeFileSync(join(dir, '001_a.sql'), 'CREATE TABLE a (x INTEGER);');
  writeFileSync(join(dir, '002_b.sql'), 'CREATE TABLE b (x INTEGER); INSERT INTO nope VALUES (1);');
  const db = new Database(':memory:');
  t.throws(() => migrate(db, loadMigrations(dir)));
  t.same(appliedMigrations(db).map((m) => m.version), [1]);
  t.equal(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'b'").get() && (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'b'").get() as { n: number }).n, 0, 'the failed migration rolled back');
  writeFileSync(join(dir, '002_b.sql'), 'CREATE TABLE b (x INTEGER);');
  writeFileSync(join(dir, '003_c.sql'), 'CREATE TABLE c (x INTEGER);');
  t.same(migrate(db, loadMigrations(dir)).map((m) => m.name), ['002_b.sql', '003_c.sql']);
  db.close();
});

t.test('a database from a newer version is refused; duplicate numbers are refused', async (t) => {
  const db = new Database(':memory:');
  migrate(db);
  db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, '999_future.sql', 'x')").run();
  t.throws(() => migrate(db), MigrationError);
  db.close();
  const dir = join(tmp, 'dup');
  mkdirSync(dir);
  writeFileSync(join(dir, '001_a.sql'), '');
  writeFileSync(join(dir, '1_b.sql'), '');
  t.throws(() => loadMigrations(dir), MigrationError);
});
