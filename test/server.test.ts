import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { PROJECT_ROOT } from '../src/config.ts';
import { build } from './helper.ts';

t.test('the app over a real socket', async (t) => {
  const app = await build(t);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const base = `http://127.0.0.1:${address.port}`;

  const created = await fetch(`${base}/articles`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: 'Socket test headline\n\nA paragraph sent over a real connection.',
  });
  t.equal(created.status, 201);
  const { article } = (await created.json()) as { article: { id: number; title: string } };
  t.equal(article.title, 'Socket test headline');
  t.equal(created.headers.get('location'), `/articles/${article.id}`);

  const got = await fetch(`${base}/articles/${article.id}`);
  t.equal(got.status, 200);
  t.match(got.headers.get('content-type'), /application\/json/);

  const ndjson = await fetch(`${base}/articles/batch`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson' },
    body: '{"title":"One","text":"First."}\n{"title":"Two","text":"Second."}\n',
  });
  t.same(await ndjson.json(), { articles: 2, created: 2, updated: 0, duplicates: 0, items: [{ id: article.id + 1, status: 'created' }, { id: article.id + 2, status: 'created' }] });

  const bad = await fetch(`${base}/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' });
  t.equal(bad.status, 400);
  t.equal(((await bad.json()) as { error: { code: string } }).error.code, 'invalid_json');

  const docs = await fetch(`${base}/docs`);
  t.equal(docs.status, 200);
  t.match(await docs.text(), /swagger/i);
});

t.test('npm start: the server process listens, seeds an empty database and stops on SIGTERM', async (t) => {
  const tmp = mkdtempSync(join(tmpdir(), 'byline-server-'));
  t.teardown(() => rmSync(tmp, { recursive: true, force: true }));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', BYLINE_DB: join(tmp, 'byline.db'), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.teardown(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  let out = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /"msg":"Server listening at http:\/\/127\.0\.0\.1:(\d+)"/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  let health: { articles: number; seed: { state: string } } = { articles: 0, seed: { state: '' } };
  for (let i = 0; i < 600 && health.seed.state !== 'done'; i++) {
    health = (await (await fetch(`http://127.0.0.1:${port}/health`)).json()) as typeof health;
    if (health.seed.state !== 'done') await new Promise((r) => setTimeout(r, 100));
  }
  t.match(health, { articles: 294, seed: { state: 'done' } });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  t.equal(await exited, 0, 'clean shutdown');
});
