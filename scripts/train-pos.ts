import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from '../src/cli/args.ts';
import { TrainableWeights } from '../src/pipeline/models/quotes/perceptron.ts';
import { SYNTAX_MODEL_URL, chunkFeatures, posFeatures, tagSyntax, wordInfo } from '../src/pipeline/models/quotes/syntax.ts';
import type { SyntaxModelFile, WordInfo } from '../src/pipeline/models/quotes/syntax.ts';

/**
 * Trains the part-of-speech and chunk taggers the attribution tagger uses, on the POS and chunk columns
 * of CoNLL-2003 eng.train, and reports accuracy on eng.testa. Writes data/models/pos-chunk.json.
 * Usage: node --import tsx scripts/train-pos.ts [-- --epochs N]
 */

const root = new URL('../', import.meta.url);
const { options } = parseArgs(process.argv.slice(2), ['train', 'dev', 'epochs', 'out', 'prune']);
const trainPath = String(options.get('train') ?? fileURLToPath(new URL('../shared/eval-data/conll2003/eng.train', root)));
const devPath = String(options.get('dev') ?? fileURLToPath(new URL('../shared/eval-data/conll2003/eng.testa', root)));
const epochs = Number(options.get('epochs') ?? 6);
const outUrl = options.get('out') ? new URL(String(options.get('out')), `file://${process.cwd()}/`) : SYNTAX_MODEL_URL;

interface Sent {
  words: string[];
  pos: string[];
  chunk: string[];
}

function read(path: string): Sent[] {
  const out: Sent[] = [];
  let cur: Sent = { words: [], pos: [], chunk: [] };
  const flush = (): void => {
    if (cur.words.length) out.push(cur);
    cur = { words: [], pos: [], chunk: [] };
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.trim().split(' ');
    if (cols.length < 4 || cols[0] === '-DOCSTART-') {
      flush();
      continue;
    }
    cur.words.push(cols[0]!);
    cur.pos.push(cols[1]!);
    // IOB1 → BIO: a chunk begins at B-X or at I-X after a different type.
    const c = cols[2]!;
    const prev = cur.chunk[cur.chunk.length - 1];
    cur.chunk.push(c === 'O' ? 'O' : c.startsWith('B-') || !prev || prev.slice(2) !== c.slice(2) ? `B-${c.slice(2)}` : `I-${c.slice(2)}`);
  }
  flush();
  return out;
}

const train = read(trainPath);
const dev = read(devPath);
const posTags = [...new Set(train.flatMap((s) => s.pos))].sort();
const chunkTags = [...new Set(train.flatMap((s) => s.chunk))].sort();
const posId = new Map(posTags.map((t, i) => [t, i]));
const chunkId = new Map(chunkTags.map((t, i) => [t, i]));
process.stderr.write(`train ${train.length} sentences, ${posTags.length} POS tags, ${chunkTags.length} chunk tags\n`);

let seed = 7;
const rand = (): number => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
};

const info: WordInfo[] = train.map((s) => wordInfo(s.words, s.words.map(() => 0)));
const posModel = new TrainableWeights(posTags.length);
const chunkModel = new TrainableWeights(chunkTags.length);
const order = train.map((_, i) => i);
const scores = (m: TrainableWeights, f: number[], n: number): number => {
  const s = new Float64Array(n);
  m.scoreInto(f, s);
  let best = 0;
  for (let c = 1; c < n; c++) if (s[c]! > s[best]!) best = c;
  return best;
};
for (let epoch = 1; epoch <= epochs; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let posRight = 0;
  let chunkRight = 0;
  let total = 0;
  for (const k of order) {
    const s = train[k]!;
    const x = info[k]!;
    const pred: number[] = [];
    for (let i = 0; i < x.n; i++) {
      const f = posFeatures(x, i, i > 0 ? pred[i - 1]! : -1, i > 1 ? pred[i - 2]! : -1);
      const p = scores(posModel, f, posTags.length);
      const g = posId.get(s.pos[i]!)!;
      if (p !== g) {
        posModel.bump(f, g, 1);
        posModel.bump(f, p, -1);
      } else posRight++;
      posModel.tick();
      pred.push(p);
    }
    // Chunks are trained on predicted POS tags, as they will be used.
    const cpred: number[] = [];
    for (let i = 0; i < x.n; i++) {
      const f = chunkFeatures(x, pred, i, i > 0 ? cpred[i - 1]! : -1, i > 1 ? cpred[i - 2]! : -1);
      const p = scores(chunkModel, f, chunkTags.length);
      const g = chunkId.get(s.chunk[i]!)!;
      if (p !== g) {
        chunkModel.bump(f, g, 1);
        chunkModel.bump(f, p, -1);
      } else chunkRight++;
      chunkModel.tick();
      cpred.push(p);
    }
    total += x.n;
  }
  process.stderr.write(`epoch ${epoch}: train POS ${((100 * posRight) / total).toFixed(2)} chunk ${((100 * chunkRight) / total).toFixed(2)}\n`);
}

const prune = Number(options.get('prune') ?? 1);
const pos = posModel.averaged(prune);
const chunk = chunkModel.averaged(prune);
const file: SyntaxModelFile = { version: 1, posTags, chunkTags, pos: pos.serialized, chunk: chunk.serialized };
const model = { posTags, chunkTags, pos: pos.table, chunk: chunk.table };
let posOk = 0;
let chunkOk = 0;
let n = 0;
for (const s of dev) {
  const r = tagSyntax(s.words, s.words.map(() => 0), model);
  s.words.forEach((_, i) => {
    if (posTags[r.pos[i]!] === s.pos[i]) posOk++;
    if (chunkTags[r.chunk[i]!] === s.chunk[i]) chunkOk++;
    n++;
  });
}
const figures = { pos_accuracy: +((100 * posOk) / n).toFixed(2), chunk_accuracy: +((100 * chunkOk) / n).toFixed(2), tokens: n };
mkdirSync(new URL('.', outUrl), { recursive: true });
writeFileSync(outUrl, JSON.stringify(file));
process.stderr.write(`wrote ${fileURLToPath(outUrl)}: ${pos.rows} + ${chunk.rows} rows\n`);
const card = {
  model: 'pos-chunk.json',
  task: 'Penn Treebank part-of-speech tags and phrase chunks (BIO), features for the attribution tagger',
  method: 'two greedy left-to-right averaged perceptrons (POS, then chunks from predicted POS) over hashed features',
  training_data: `CoNLL-2003 eng.train POS and chunk columns (${train.length} sentences), from ../shared/eval-data/conll2003; no corpus text is stored in the model`,
  epochs,
  pruning: `rows with all |w| <= ${prune} dropped; int16 quantised`,
  dev: { data: 'CoNLL-2003 eng.testa', ...figures },
  dev_note: 'agreement with the automatic POS and chunk annotation of CoNLL-2003 (itself not hand-checked)',
  trained: new Date().toISOString().slice(0, 10),
  command: 'node --import tsx scripts/train-pos.ts (run by npm run train:quotes)',
};
writeFileSync(new URL('pos-chunk.card.json', outUrl), JSON.stringify(card, null, 2) + '\n');
console.log(JSON.stringify({ dev: figures }));
