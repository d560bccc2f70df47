import { readFileSync, readdirSync } from 'node:fs';
import t from 'tap';
import { BoundsModel, CONTENT, CUE, REACH, SOURCE, boundaryContext, endCandidates, kindSpans, loadBoundsModel, refineBoundaries, startCandidates } from '../../src/pipeline/models/quotes/bounds.ts';
import type { SeqToken } from '../../src/pipeline/models/quotes/features.ts';
import { loadQuoteModel, tagParagraph, tagRaw } from '../../src/pipeline/models/quotes/model.ts';

/** Paragraphs of the plain-text fixtures as tagger tokens (sentences end after . ? !). */
function fixtureParagraphs(): SeqToken[][] {
  const dir = new URL('../fixtures/text/', import.meta.url);
  return readdirSync(dir)
    .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split(/\n\s*\n|\n/))
    .filter((p) => p.trim().length > 40)
    .map((p) => {
      let s = 0;
      return (p.match(/[\p{L}\p{N}’'-]+|[^\s\p{L}\p{N}]/gu) ?? []).map((w) => {
        const tok = { text: w, sentence: s, spaceBefore: true };
        if (w === '.' || w === '?' || w === '!') s++;
        return tok;
      });
    });
}

const bounds = loadBoundsModel();
const model = loadQuoteModel();
const paragraphs = fixtureParagraphs();

/** A model of every span kind with pseudo-random weights (packed like a model read from its file): it moves many boundaries. */
function randomModel(): BoundsModel {
  const m = new BoundsModel([CUE, SOURCE, CONTENT]);
  let seed = 12345;
  for (const k of m.kinds) m.table(k).forEach((_, i, w) => (w[i] = ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32 - 0.5) * 4));
  return m.pack();
}

t.test('the shipped boundary model loads and survives its file format', async (t) => {
  t.same(bounds.kinds, [SOURCE], 'source boundaries');
  const again = BoundsModel.fromFile(bounds.toFile());
  for (const k of bounds.kinds) {
    const mine = bounds.table(k);
    const diff = again.table(k).reduce((m, v, i) => Math.max(m, Math.abs(v - mine[i]!)), 0);
    t.ok(diff <= 5e-4, `kind ${k}: weights round to the file's precision (max difference ${diff})`);
  }
  t.throws(() => BoundsModel.fromFile({ version: 2, bits: 3, kinds: [CONTENT], tables: {} }), /table size/);
  t.throws(() => new BoundsModel([CONTENT]).table(CUE), /no table/);
});

t.test('scores summed while moving equal the scores of the candidates’ feature lists', async (t) => {
  for (const [name, m] of [['shipped', bounds], ['random, every kind', randomModel()]] as const) {
    let spans = 0;
    let wrong = 0;
    let positions = 0;
    let mismatched = 0;
    for (const toks of paragraphs) {
      const { a, labels } = tagRaw(toks, model);
      const c = boundaryContext(a, labels);
      for (const kind of m.kinds) {
        for (const [s, e] of kindSpans(labels, kind)) {
          spans++;
          for (const which of [startCandidates, endCandidates]) {
            const plain = which(c, s, e, null, kind);
            const fast = which(c, s, e, m, kind);
            if (fast.at.join() !== plain.at.join()) mismatched++;
            positions += plain.at.length;
            plain.feats.forEach((f, k) => {
              if (Math.abs(m.score(f, kind) - fast.scores[k]!) > 1e-3) wrong++;
            });
          }
        }
      }
    }
    t.ok(spans > 30, `${name}: ${spans} spans, ${positions} candidate positions`);
    t.equal(mismatched, 0, `${name}: the same candidates either way`);
    t.equal(wrong, 0, `${name}: no candidate scored differently`);
  }
});

t.test('candidates: the tagger’s boundary first, moves within reach to chunk edges, outward over untagged tokens only', async (t) => {
  const toks = 'The mayor said on Monday that the old bridge over the river will reopen next week after repairs .'.split(' ').map((w) => ({ text: w, sentence: 0, spaceBefore: true }));
  const { a } = tagRaw(toks, model);
  const labels = toks.map(() => 'O');
  labels[0] = 'B-source';
  labels[1] = 'I-source';
  labels[2] = 'B-cue';
  for (let i = 7; i < 14; i++) labels[i] = i === 7 ? 'B-content' : 'I-content';
  const c = boundaryContext(a, labels);
  const starts = startCandidates(c, 7, 14).at;
  t.equal(starts[0], 7);
  // Other positions only at chunk edges: a start where a chunk begins, an end where one ends.
  const startEdge = (b: number): boolean => b === 7 || a.chunkFirst[b] === b;
  const endEdge = (b: number): boolean => b === 14 || b === toks.length || a.chunkLast[b - 1] === b - 1;
  t.same([...starts].sort((x, y) => x - y), [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].filter(startEdge), 'left up to the cue, right up to the span’s last token');
  t.notOk(starts.includes(8), '"bridge" inside the chunk "the old bridge" is no start');
  const ends = endCandidates(c, 7, 14).at;
  t.equal(ends[0], 14);
  t.same([...ends].sort((x, y) => x - y), [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19].filter(endEdge), 'inside the span, then out to the paragraph’s end');
  const far = startCandidates(c, 7, 14).at.filter((b) => Math.abs(b - 7) > REACH[CONTENT]!);
  t.same(far, []);
});

t.test('refined labels stay well-formed and no token changes from one span kind to another', async (t) => {
  const kindOf = (l: string): string => (l === 'O' ? 'O' : l.slice(2));
  for (const [name, m] of [['shipped', bounds], ['random, every kind', randomModel()]] as const) {
    let moved = 0;
    let bad = 0;
    let crossed = 0;
    for (const toks of paragraphs) {
      const { a, labels } = tagRaw(toks, model);
      const before = [...labels];
      refineBoundaries(a, labels, m);
      if (before.join() !== labels.join()) moved++;
      labels.forEach((l, i) => {
        if (l.startsWith('I-') && !(i > 0 && kindOf(labels[i - 1]!) === kindOf(l))) bad++;
        if (kindOf(l) !== 'O' && kindOf(before[i]!) !== 'O' && kindOf(l) !== kindOf(before[i]!)) crossed++;
      });
    }
    t.equal(bad, 0, `${name}: every I- label continues a span of its kind`);
    t.equal(crossed, 0, `${name}: spans grow over untagged tokens only`);
    t.comment(`${name}: ${moved} of ${paragraphs.length} paragraphs had a boundary moved`);
    if (name !== 'shipped') t.ok(moved > paragraphs.length / 4, 'the random model moves boundaries in many paragraphs');
  }
  const toks = paragraphs[0]!;
  t.equal(tagParagraph(toks, model, null).length, toks.length, 'tagging without the model');
});
