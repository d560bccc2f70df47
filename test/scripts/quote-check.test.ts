import { readFileSync } from 'node:fs';
import t from 'tap';
import { readCheck, sameName } from '../../scripts/lib/quote-check.ts';

t.test('speaker names match word for word from the end', async (t) => {
  t.ok(sameName('Boris Johnson', 'Johnson'));
  t.ok(sameName('Johnson', 'Boris Johnson'));
  t.ok(sameName("Crystal C'Bearing", 'Crystal C’Bearing'));
  t.notOk(sameName('Hunter Biden', 'Joe Biden'));
  t.notOk(sameName('Bide', 'Joe Biden'));
});

t.test('the hand-checked quotations are all in the bundled articles', async (t) => {
  const bundled = new Map<string, string>();
  for (const line of readFileSync(new URL('../../data/wikinews/articles.ndjson', import.meta.url), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { url: string; text: string };
    bundled.set(a.url, a.text);
  }
  for (const part of ['dev', 'test']) {
    const items = readCheck(new URL(`../../data/eval/wikinews-quotes/${part}.tsv`, import.meta.url).pathname);
    t.ok(items.length > 20, `${part}: ${items.length} quotations`);
    for (const item of items) t.ok(bundled.get(item.url)?.includes(`"${item.prefix}`), `${part}: ${item.prefix}`);
  }
});
