import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BOUNDS_URL, BoundsModel, CONTENT, CUE, REACH, SOURCE, boundaryContext, endCandidates, kindSpans, startCandidates } from '../src/pipeline/models/quotes/bounds.ts';
import type { Candidates } from '../src/pipeline/models/quotes/bounds.ts';
import { loadQuoteModel, tagParagraph, tagRaw } from '../src/pipeline/models/quotes/model.ts';
import { parseArgs } from '../src/cli/args.ts';
import { readData } from './lib/polnear.ts';
import type { LabelledSequence } from './lib/polnear.ts';
import { SpanScorer } from './lib/quote-score.ts';

/**
 * Trains the span-boundary rankers (data/models/quote-bounds.json) on what the tagger really outputs:
 * the PolNeAR train split is cut in two halves by article, a tagger is trained on each half
 * (scripts/train-quotes.ts with the shipped settings), and each half is tagged by the tagger that did
 * not see it. Every span of a refined kind the taggers find that overlaps a gold span of its kind becomes one start
 * and one end ranking example (the gold boundary among the candidates).
 * Usage: npm run train:quote-bounds [-- --train PATH --dev PATH|none --work DIR --epochs N --shuffles N
 *   --kinds source --out FILE] (other span kinds too: --kinds cue,source,content; see data/models/README.md)
 *   (--work keeps the half-split taggers; an existing DIR/tagger-A.json and tagger-B.json are reused)
 */

const root = new URL('../', import.meta.url);
const { options } = parseArgs(process.argv.slice(2), ['train', 'dev', 'work', 'epochs', 'out', 'kinds', 'shuffles']);
const trainPath = String(options.get('train') ?? fileURLToPath(new URL('../shared/eval-data/polnear/data/train', root)));
const devOpt = options.get('dev');
const devPath = devOpt === 'none' ? null : String(devOpt ?? fileURLToPath(new URL('../shared/eval-data/polnear/data/dev', root)));
const work = String(options.get('work') ?? join(tmpdir(), 'byline-quote-bounds'));
const epochs = Number(options.get('epochs') ?? 10);
const shuffles = Number(options.get('shuffles') ?? 5);
const KIND_OF: Record<string, number> = { source: SOURCE, cue: CUE, content: CONTENT };
/** The span kinds whose boundaries are learnt, in the order they claim contested tokens. */
const kinds = String(options.get('kinds') ?? 'source')
  .split(',')
  .map((k) => KIND_OF[k.trim()] ?? Number.NaN);
if (kinds.some(Number.isNaN)) throw new Error('--kinds: a comma-separated list of source, cue, content');
const outUrl = options.get('out') ? new URL(String(options.get('out')), `file://${process.cwd()}/`) : BOUNDS_URL;

/** Halves of the train split as folders of links (alternate articles in name order, each with its annotation files: article_XXXX.ann). */
function splitHalves(): string[] {
  const texts = readdirSync(join(trainPath, 'text')).filter((f) => f.endsWith('.txt')).sort();
  const notes = readdirSync(join(trainPath, 'attributions'));
  return ['A', 'B'].map((h, half) => {
    const dir = join(work, h);
    if (existsSync(join(dir, 'done'))) return dir;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'text'), { recursive: true });
    mkdirSync(join(dir, 'attributions'), { recursive: true });
    texts.forEach((t, k) => {
      if (k % 2 !== half) return;
      const article = t.slice(0, -4);
      symlinkSync(join(trainPath, 'text', t), join(dir, 'text', t));
      for (const a of notes) if (/_[0-9a-f]{4}\.ann$/.test(a) && a.slice(0, -9) === article) symlinkSync(join(trainPath, 'attributions', a), join(dir, 'attributions', a));
    });
    writeFileSync(join(dir, 'done'), trainPath);
    return dir;
  });
}

interface Example {
  kind: number;
  cand: Candidates;
  gold: number;
  /** The tagger's boundary. */
  tagged: number;
}

function examples(seqs: readonly LabelledSequence[], modelFile: string): Example[] {
  const model = loadQuoteModel(new URL(`file://${modelFile}`));
  const out: Example[] = [];
  for (const seq of seqs) {
    if (seq.tokens.length === 0) continue;
    const { a, labels } = tagRaw(seq.tokens, model);
    const c = boundaryContext(a, labels);
    for (const kind of kinds) {
      const gold = kindSpans(seq.labels, kind);
      for (const [s, e] of gold.length ? kindSpans(labels, kind) : []) {
        let match: [number, number] | null = null;
        let top = 0;
        for (const [gs, ge] of gold) {
          const ov = Math.min(e, ge) - Math.max(s, gs);
          if (ov > top) [top, match] = [ov, [gs, ge]];
        }
        if (!match) continue;
        const starts = startCandidates(c, s, e, null, kind);
        const ends = endCandidates(c, s, e, null, kind);
        if (starts.at.includes(match[0])) out.push({ kind, cand: starts, gold: match[0], tagged: s });
        if (ends.at.includes(match[1])) out.push({ kind, cand: ends, gold: match[1], tagged: e });
      }
    }
  }
  return out;
}

/** Averaged ranking perceptron over one shuffle order per epoch: the gold candidate's features up, the top-scoring wrong one's down. */
function trainOnce(data: Example[], kind: number, seed: number): Float32Array {
  const model = new BoundsModel([kind]);
  const w = model.table(kind);
  const total = new Float64Array(w.length);
  let step = 1;
  const mask = w.length - 1;
  const rand = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let ep = 0; ep < epochs; ep++) {
    const order = data.map((_, k) => k);
    for (let k = order.length - 1; k > 0; k--) {
      const r = Math.floor(rand() * (k + 1));
      [order[k], order[r]] = [order[r]!, order[k]!];
    }
    let wrong = 0;
    for (const k of order) {
      const { cand, gold } = data[k]!;
      let arg = 0;
      let top = -Infinity;
      cand.feats.forEach((f, m) => {
        const v = model.score(f, kind);
        if (v > top) [top, arg] = [v, m];
      });
      const g = cand.at.indexOf(gold);
      if (arg !== g) {
        wrong++;
        for (const f of cand.feats[g]!) {
          w[f & mask]! += 1;
          total[f & mask]! += step;
        }
        for (const f of cand.feats[arg]!) {
          w[f & mask]! -= 1;
          total[f & mask]! -= step;
        }
      }
      step++;
    }
    if (ep === epochs - 1) console.log(`span kind ${kind}, shuffle ${seed >>> 0}: last epoch ${wrong}/${data.length} wrong`);
  }
  for (let k = 0; k < w.length; k++) w[k] = w[k]! - total[k]! / step;
  return w;
}

/**
 * The rankers: per span kind, on that kind's boundaries alone, the mean of the weights learnt over several
 * shuffle orders (one order alone moves the dev figures by about half a point either way: PolNeAR dev content
 * exact F1 60.2 to 60.9 over four orders).
 */
function train(data: Example[]): BoundsModel {
  const model = new BoundsModel(kinds);
  for (const kind of kinds) {
    const mine = data.filter((x) => x.kind === kind);
    const table = model.table(kind);
    for (let r = 0; r < shuffles; r++) {
      const w = trainOnce(mine, kind, 7 + r);
      for (let k = 0; k < w.length; k++) table[k] = table[k]! + w[k]! / shuffles;
    }
  }
  return model;
}

mkdirSync(work, { recursive: true });
const halves = splitHalves();
// The two half-split taggers, trained side by side (one core each).
const taggers = await Promise.all(
  halves.map(async (dir, k) => {
    const file = join(work, `tagger-${'AB'[k]}.json`);
    if (existsSync(file)) return file;
    console.log(`training the tagger of half ${'AB'[k]} …`);
    const args = ['--import', 'tsx', fileURLToPath(new URL('train-quotes.ts', import.meta.url)), '--train', dir, '--dev', 'none', '--out', `${file}.part`];
    const code = await new Promise<number | null>((done) => spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] }).on('close', done));
    if (code !== 0) throw new Error(`training the tagger of half ${'AB'[k]} failed (${code})`);
    renameSync(`${file}.part`, file);
    return file;
  }),
);
const data = [...examples(readData(halves[0]!).sequences, taggers[1]!), ...examples(readData(halves[1]!).sequences, taggers[0]!)];
console.log(`${data.length} boundary examples, the tagger's boundary right in ${data.filter((x) => x.gold === x.tagged).length}`);
const model = train(data);
writeFileSync(outUrl, JSON.stringify(model.toFile()));
console.log(`wrote ${fileURLToPath(outUrl)}`);

// Figures on dev with the shipped tagger, its boundaries as tagged and as refined.
let dev: Record<string, unknown> | null = null;
if (devPath) {
  const tagger = loadQuoteModel();
  const [plain, refined] = [new SpanScorer(), new SpanScorer()];
  for (const seq of readData(devPath).sequences) {
    plain.add(seq.labels, tagParagraph(seq.tokens, tagger, null));
    refined.add(seq.labels, tagParagraph(seq.tokens, tagger, model));
  }
  const figures = (sc: SpanScorer): unknown => {
    const r = sc.result();
    return { exact: r.exact, overlap: r.overlap };
  };
  dev = { tagged: figures(plain), refined: figures(refined) };
  console.log(JSON.stringify(dev));
}
const card = {
  model: 'quote-bounds.json',
  task: `start and end of the ${kinds.map((k) => ['', 'source', 'cue', 'content'][k]).join(', ')} spans the quote tagger finds, picked again among the positions up to ${kinds.map((k) => REACH[k]).join(', ')} tokens away`,
  method: `averaged ranking perceptrons (start, end) over hashed features, one table of 2^16 weights per span kind, each the mean of ${shuffles} shuffle orders`,
  features: 'words of closed classes and cue words (other words by POS tag), POS and chunk tags around the boundary, shapes, sentence and chunk edges, quotation marks, labels of the tagger around the boundary, distance to the nearest cue before and after, the tags, commas and cue words of the tokens a move takes in or leaves out, the size of the move, and the tagger’s own boundary marked',
  training_data: `PolNeAR v1.0.0 train split: ${data.length} boundaries (${kinds.map((k) => `${['', 'source', 'cue', 'content'][k]} ${data.filter((x) => x.kind === k).length}`).join(', ')}) of spans found by taggers trained on the other half of the split (articles alternating in name order) that overlap a gold span of their kind and whose gold boundary is within reach; no corpus text is stored in the model`,
  epochs,
  weights: Object.fromEntries(Object.entries(model.toFile().tables).map(([k, t]) => [k, t.length])),
  dev,
  dev_note: 'span P/R/F1 (CofeNet scoring) on the PolNeAR dev folder with the shipped quotes.json and its conventions, without and with this model; npm run eval:quotes -- --data <dev folder> gives the refined figures',
  trained: new Date().toISOString().slice(0, 10),
  command: 'npm run train:quote-bounds',
};
writeFileSync(new URL('quote-bounds.card.json', outUrl), JSON.stringify(card, null, 2) + '\n');
