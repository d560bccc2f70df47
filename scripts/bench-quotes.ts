import { fileURLToPath } from 'node:url';
import { parseArgs } from '../src/cli/args.ts';
import { defaultStages } from '../src/pipeline/index.ts';
import { loadQuoteModel } from '../src/pipeline/models/quotes/model.ts';
import { loadSyntaxModel } from '../src/pipeline/models/quotes/syntax.ts';
import { createDoc } from '../src/pipeline/run.ts';
import { quotesStage } from '../src/pipeline/stages/quotes.ts';
import type { Doc } from '../src/pipeline/types.ts';
import { readWikinews } from './lib/wikinews.ts';

/**
 * Speed of the quote stage on one core: the Wikinews articles are run through the stages before it,
 * then the quote stage alone is timed over all of them (several rounds, the best reported).
 * Usage: npm run bench:quotes [-- --data DIR --rounds N]
 */

const root = new URL('../', import.meta.url);
const { options } = parseArgs(process.argv.slice(2), ['data', 'rounds']);
const dir = String(options.get('data') ?? fileURLToPath(new URL('../shared/eval-data/wikinews-2019-2020', root)));
const rounds = Number(options.get('rounds') ?? 3);

const articles = readWikinews(dir);
const before = defaultStages.slice(0, defaultStages.findIndex((s) => s.name === 'quotes'));
const docs: Doc[] = articles.map((a) => {
  const doc = createDoc({ body: a.text.trim(), title: a.title, published: a.date });
  for (const s of before) s.run(doc);
  return doc;
});
const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
const tLoad = process.hrtime.bigint();
loadQuoteModel();
loadSyntaxModel();
const loadMs = Number(process.hrtime.bigint() - tLoad) / 1e6;

// Wall-clock time and the CPU time of this process (the latter is what one core spends when the
// machine is shared with other work).
let best = Infinity;
let bestCpu = Infinity;
let quotes = 0;
for (let r = 0; r < rounds; r++) {
  const t = process.hrtime.bigint();
  const c = process.cpuUsage();
  quotes = 0;
  for (const d of docs) {
    quotesStage.run(d);
    quotes += d.quotes.length;
  }
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const u = process.cpuUsage(c);
  const cpuMs = (u.user + u.system) / 1000;
  process.stderr.write(`round ${r + 1}: ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU\n`);
  best = Math.min(best, ms);
  bestCpu = Math.min(bestCpu, cpuMs);
}
const kinds: Record<string, number> = {};
for (const d of docs) for (const q of d.quotes) kinds[q.kind] = (kinds[q.kind] ?? 0) + 1;
const withSpeaker = docs.reduce((n, d) => n + d.quotes.filter((q) => q.speaker?.entity_id).length, 0);
console.log(`quote stage: ${docs.length} articles, ${tokens} tokens; best of ${rounds} rounds: ${best.toFixed(0)} ms wall (${Math.round((docs.length * 1000) / best)} articles/s), ${bestCpu.toFixed(0)} ms CPU (${Math.round((docs.length * 1000) / bestCpu)} articles/s, ${Math.round((tokens * 1000) / bestCpu)} tokens/s); model load ${loadMs.toFixed(0)} ms`);
console.log(`quotes: ${quotes} (${Object.entries(kinds).map(([k, v]) => `${k} ${v}`).join(', ')}), ${withSpeaker} with a resolved speaker entity`);
console.log(
  JSON.stringify({
    articles: docs.length,
    tokens,
    wall_ms: Math.round(best),
    cpu_ms: Math.round(bestCpu),
    articles_per_s: Math.round((docs.length * 1000) / bestCpu),
    articles_per_s_wall: Math.round((docs.length * 1000) / best),
    tokens_per_s: Math.round((tokens * 1000) / bestCpu),
    quotes,
    kinds,
    with_speaker_entity: withSpeaker,
  }),
);
