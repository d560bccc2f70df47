import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import t from 'tap';
import { ingestFiles } from '../../src/cli/ingest.ts';
import { PROJECT_ROOT } from '../../src/config.ts';
import { SqliteRepository } from '../../src/storage/sqlite/repository.ts';
import { SEED_FILE } from '../helper.ts';

const tmp = mkdtempSync(join(tmpdir(), 'byline-cli-'));
t.teardown(() => rmSync(tmp, { recursive: true, force: true }));

const dir = join(tmp, 'in');
mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
writeFileSync(join(dir, 'a.txt'), 'Headline A\n\nBody of article A.\n');
writeFileSync(join(dir, 'nested', 'b.html'), '<html><head><title>Page B</title></head><body><p>Body of page B.</p></body></html>');
writeFileSync(join(dir, 'nested', 'deeper', 'c.json'), JSON.stringify([{ title: 'C1', text: 'Body C1.' }, { headline: 'C2', body: 'Body C2.', link: 'https://c.example/2' }, { title: 'no text' }]));
writeFileSync(join(dir, 'nested', 'd.ndjson'), '{"title":"D1","text":"Body D1."}\n\n{"title":"D2","text":"Body D2.","published":"never"}\nnot json\n{"title":"D3","html":"<p>Body D3.</p>"}\n');
writeFileSync(join(dir, 'nested', 'ignored.csv'), 'a,b\n1,2\n');
writeFileSync(join(dir, '.hidden.txt'), 'Hidden\n\nNot read.');

t.test('ingestFiles: recursive, batched, failures reported and skipped', async (t) => {
  const repo = SqliteRepository.open(join(tmp, 'lib.db'));
  t.teardown(() => repo.close());
  const progress = new PassThrough();
  let log = '';
  progress.on('data', (d: Buffer) => (log += d.toString()));
  const report = await ingestFiles(repo, [dir], { batchSize: 2, progress });
  t.match(report, { files: 4, articles: 6, created: 6, updated: 0, duplicates: 0 });
  t.same(report.failures.map((f) => f.item.replace(dir, '')).sort(), ['/nested/d.ndjson:3', '/nested/d.ndjson:4', '/nested/deeper/c.json item 3']);
  t.match(report.failures.find((f) => f.item.endsWith(':3'))!.reason, /^invalid_date: /);
  t.match(log, /ingest: 4\/4 files, 6 created/, 'plain progress lines when not a terminal');
  t.equal((await repo.stats()).articles, 6);
  const again = await ingestFiles(repo, [dir, join(dir, 'a.txt')], { batchSize: 100, progress: new PassThrough() });
  t.match(again, { files: 5, articles: 7, created: 0, duplicates: 7 });
});

t.test('a progress bar on a terminal', async (t) => {
  const repo = SqliteRepository.open(':memory:');
  t.teardown(() => repo.close());
  const tty = Object.assign(new PassThrough(), { isTTY: true });
  let out = '';
  tty.on('data', (d: Buffer) => (out += d.toString()));
  await ingestFiles(repo, [dir], { batchSize: 100, progress: tty });
  t.match(out, /\r\[#{30}\] 4\/4 files {2}6 created {2}0 duplicates {2}3 failed\n$/);
  t.match(out, /\r\[#{8}\.{22}\] 1\/4 files/, 'redrawn after each file');
});

t.test('npx byline ingest: database from BYLINE_DB, summary, exit codes', async (t) => {
  const db = join(tmp, 'cli.db');
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['bin/byline.js', 'ingest', ...args], { cwd: PROJECT_ROOT, env: { ...process.env, BYLINE_DB: db }, encoding: 'utf8' });
  const ok = run('--batch', '10', SEED_FILE, join(dir, 'a.txt'));
  t.equal(ok.status, 0, ok.stderr);
  t.match(ok.stdout, /^2 files, 2 articles: 2 created, 0 updated, 0 duplicates, 0 failed/);
  t.match(ok.stderr, /ingest: 2\/2 files/);
  const mixed = run(dir);
  t.equal(mixed.status, 1, 'failures give exit code 1');
  t.match(mixed.stdout, /4 files, 6 articles: 5 created, 0 updated, 1 duplicates, 3 failed/);
  t.match(mixed.stdout, /failed: .*d\.ndjson:4: invalid_json/);
  const usage = run();
  t.equal(usage.status, 2);
  t.match(usage.stderr, /Usage: byline ingest/);
  t.equal(run('--batch', 'x', dir).status, 2);
  const missing = run(join(tmp, 'does-not-exist'));
  t.equal(missing.status, 1);
  t.match(missing.stderr, /ENOENT/);
  const repo = SqliteRepository.open(db);
  t.equal((await repo.stats()).articles, 7);
  await repo.close();
});
