/**
 * Speed of the dates stage on one core, on the Wikinews sample articles (2019-2020).
 *   npm run bench:time [-- --data DIR] [--rounds N]
 * Each article is tokenized once (the tokens stage), then the dates stage runs over all articles
 * `rounds` times after a warm-up round; prints the figures and, last, one JSON object.
 */
import { parseArgs } from '../src/cli/args.ts';
import { createDoc } from '../src/pipeline/run.ts';
import { annotateDates } from '../src/pipeline/stages/dates.ts';
import { splitSentences } from '../src/pipeline/stages/tokens.ts';
import type { Doc } from '../src/pipeline/types.ts';
import { readWikinews, WIKINEWS_DIR } from './lib/wikinews.ts';

const { options } = parseArgs(process.argv.slice(2), ['data', 'rounds']);
const dir = (options.get('data') as string | undefined) ?? WIKINEWS_DIR;
const rounds = Number(options.get('rounds') ?? 5);

const articles: { body: string; published: string }[] = [];
for (const r of readWikinews(dir)) {
  if (r.text.trim()) articles.push({ body: r.text, published: r.date });
}
if (articles.length === 0) {
  process.stderr.write(`bench-time: no articles in ${dir}\n`);
  process.exit(1);
}
const docs: Doc[] = articles.map((a) => {
  const d = createDoc({ body: a.body, published: /^\d{4}-\d{2}-\d{2}$/.test(a.published) ? a.published : null });
  splitSentences(d);
  return d;
});
const chars = docs.reduce((n, d) => n + d.body.length, 0);

for (const d of docs) annotateDates(d); // warm-up
let expressions = 0;
const t0 = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) {
  for (const d of docs) {
    annotateDates(d);
    if (r === 0) expressions += d.dates.length;
  }
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const perS = (docs.length * rounds) / seconds;
const msPerArticle = (seconds * 1000) / (docs.length * rounds);
process.stdout.write(`articles: ${docs.length} (${Math.round(chars / docs.length)} characters on average), rounds: ${rounds}\n`);
process.stdout.write(`dates stage: ${perS.toFixed(0)} articles/s, ${msPerArticle.toFixed(3)} ms/article, ${(chars * rounds / seconds / 1e6).toFixed(2)} MB/s\n`);
process.stdout.write(`time expressions found: ${expressions} (${(expressions / docs.length).toFixed(1)} per article)\n`);
process.stdout.write(JSON.stringify({ articles: docs.length, rounds, articles_per_s: Math.round(perS), ms_per_article: Number(msPerArticle.toFixed(3)), expressions }) + '\n');
