/**
 * Annotation speed of the NER stage on real text: the Wikinews sample articles, tokenized by the product's
 * tokenizer, tagged by the NER stage alone after the model is loaded. One core (Node runs the stage on one thread).
 *
 *   npm run bench:ner [-- --rounds N]
 */
import { parseArgs } from '../src/cli/args.ts';
import { NerModel } from '../src/pipeline/models/ner/model.ts';
import { createDoc } from '../src/pipeline/run.ts';
import { recognizeEntities } from '../src/pipeline/stages/ner.ts';
import { splitSentences } from '../src/pipeline/stages/tokens.ts';
import { readWikinews } from './lib/wikinews.ts';

const { options } = parseArgs(process.argv.slice(2), ['rounds']);
const rounds = Number(options.get('rounds') ?? 5);

let t0 = performance.now();
const model = NerModel.load();
const loadMs = performance.now() - t0;

const articles = readWikinews();
const docs = articles.map((a) => {
  const doc = createDoc({ body: a.text, title: a.title });
  splitSentences(doc);
  return doc;
});
const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);

// Warm-up round (JIT), then timed rounds.
// Each round starts with an empty word cache, as a process meeting this text for the first time would.
const runAll = () => {
  model.extractor.clearCache();
  let mentions = 0;
  for (const d of docs) {
    d.mentions = [];
    recognizeEntities(model, d);
    mentions += d.mentions.length;
  }
  return mentions;
};
const mentions = runAll();
const speeds: number[] = [];
for (let r = 0; r < rounds; r++) {
  t0 = performance.now();
  runAll();
  speeds.push(tokens / ((performance.now() - t0) / 1000));
}
speeds.sort((a, b) => a - b);
const median = speeds[Math.floor(speeds.length / 2)]!;
const mem = process.memoryUsage();
process.stderr.write(
  `${articles.length} Wikinews articles, ${tokens} tokens, ${mentions} mentions; model load ${loadMs.toFixed(0)} ms\n` +
    `NER stage: median ${Math.round(median)} tokens/s over ${rounds} rounds (min ${Math.round(speeds[0]!)}, max ${Math.round(speeds[speeds.length - 1]!)})\n`,
);
console.log(
  JSON.stringify({
    articles: articles.length,
    tokens,
    mentions,
    model_load_ms: Math.round(loadMs),
    tokens_per_s: Math.round(median),
    tokens_per_s_min: Math.round(speeds[0]!),
    heap_mb: Math.round(mem.heapUsed / 1e6),
    rss_mb: Math.round(mem.rss / 1e6),
  }),
);
