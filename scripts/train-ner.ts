/**
 * Trains the named-entity recognizer on CoNLL-2003 eng.train and writes data/models/ner.bin.gz and its card.
 *
 *   npm run train:ner [-- --train FILE] [--dev FILE] [--epochs N] [--folds K] [--out FILE]
 *                     [--runs N] [--without clusters,gazetteers,docCase,dictionary,contexts,headlines] [--one-variant]
 *
 * --folds 0 trains the first pass only; --without drops feature groups (or the headline variants) for ablation;
 * --one-variant adds one seeded headline variant per document instead of all three; --runs N averages the weights
 * of N differently shuffled perceptrons for each pass (default 3).
 *
 * Deterministic: seeded shuffles, no other randomness. Reads the lexicon from data/models/ner-lexicon.json.gz
 * (built by scripts/build-ner-lexicon.ts from licensed npm packages).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from '../src/cli/args.ts';
import { parseConll } from '../src/pipeline/models/ner/conll.ts';
import { evaluateNer } from '../src/pipeline/models/ner/evaluate.ts';
import { Lexicon, LEXICON_URL } from '../src/pipeline/models/ner/lexicon.ts';
import { MODEL_URL } from '../src/pipeline/models/ner/model.ts';
import { trainNer, type TrainOptions } from '../src/pipeline/models/ner/train.ts';
import { withHeadlineVariants } from '../src/pipeline/models/ner/augment.ts';

const root = new URL('..', import.meta.url);
const { options } = parseArgs(process.argv.slice(2), ['train', 'dev', 'epochs', 'folds', 'out', 'min-count', 'prune', 'seed', 'without', 'runs']);
const opt = (name: string, fallback: string) => {
  const v = options.get(name);
  return typeof v === 'string' ? v : fallback;
};
const trainPath = opt('train', fileURLToPath(new URL('../shared/eval-data/conll2003/eng.train', root)));
const devPath = opt('dev', fileURLToPath(new URL('../shared/eval-data/conll2003/eng.testa', root)));
const out = opt('out', fileURLToPath(MODEL_URL));
const without = new Set(opt('without', '').split(',').filter(Boolean));
const trainOpts: TrainOptions = {
  epochs: Number(opt('epochs', '20')),
  folds: Number(opt('folds', '5')),
  seed: Number(opt('seed', '2003')),
  minCount: Number(opt('min-count', '2')),
  prune: Number(opt('prune', '0.5')),
  runs: Number(opt('runs', '3')),
  // Ablation: --without clusters,gazetteers,docCase,dictionary,contexts,headlines
  features: { clusters: !without.has('clusters'), gazetteers: !without.has('gazetteers'), docCase: !without.has('docCase'), dictionary: !without.has('dictionary'), contexts: !without.has('contexts') },
  log: (line) => process.stderr.write(`${line}\n`),
};

const t0 = Date.now();
const lexicon = Lexicon.load(LEXICON_URL);
const conll = parseConll(readFileSync(trainPath, 'utf8'));
const docs = without.has('headlines') ? conll.map((d, origin) => ({ sentences: d, trainable: d.map(() => true), origin })) : withHeadlineVariants(conll, trainOpts.seed, !options.has('one-variant'));
process.stderr.write(`training on ${conll.length} documents (${docs.length} with headline variants) from ${trainPath}\n`);
const { epochs, folds, seed, minCount, prune, features, runs } = trainOpts;
const { model, stats } = trainNer(lexicon, docs, trainOpts, {
  created: new Date().toISOString().slice(0, 10),
  training: { data: 'CoNLL-2003 English eng.train', options: { epochs, folds, seed, minCount, prune, runs, headlines: !without.has('headlines'), allVariants: !options.has('one-variant') } },
});
const seconds = Math.round((Date.now() - t0) / 1000);
const file = model.serialize();
writeFileSync(out, file);
process.stderr.write(`wrote ${out} (${(file.length / 1e6).toFixed(1)} MB) in ${seconds} s\n`);

const dev = evaluateNer(model, parseConll(readFileSync(devPath, 'utf8')));
const card = {
  model: 'ner.bin.gz',
  task: 'named entities: PER, ORG, LOC (and MISC, which the product does not emit)',
  method: 'two-pass averaged structured perceptron, BILOU tags, Viterbi; second pass with document-level features from the first',
  training_data: 'CoNLL-2003 English eng.train (946 documents, 203,621 tokens); the text is not in the repository',
  lexicon: { file: 'ner-lexicon.json.gz', sources: JSON.parse(gunzipText(LEXICON_URL)).sources as unknown },
  options: { epochs, folds, seed, min_count: minCount, prune, runs, headline_variants: without.has('headlines') ? 'none' : options.has('one-variant') ? 'one' : 'all', features },
  features: stats,
  size_bytes: file.length,
  training_seconds: seconds,
  dev: { data: 'CoNLL-2003 eng.testa', f1: dev.f1, precision: dev.precision, recall: dev.recall, per_type: dev.per_type, misc: dev.misc },
  created: model.info.created,
};
writeFileSync(out.replace(/\.bin\.gz$/, '') + '.card.json', JSON.stringify(card, null, 2) + '\n');
process.stderr.write(`dev (eng.testa) PER+ORG+LOC F1 ${dev.f1} (P ${dev.precision} R ${dev.recall}); MISC F1 ${dev.misc.f1}\n`);

function gunzipText(url: URL): string {
  return gunzipSync(readFileSync(url)).toString('utf8');
}
