import { readFileSync, readdirSync } from 'node:fs';
import t from 'tap';
import { BoundsModel, REACH, boundaryContext, contentSpans, endCandidates, loadBoundsModel, refineBoundaries, startCandidates } from '../../src/pipeline/models/quotes/bounds.ts';
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

t.test('the shipped boundary model loads and survives its file format', async (t) => {
  t.ok(bounds, 'data/models/quote-bounds.json is there');
  const again = BoundsModel.fromFile(bounds!.toFile());
  const diff = again.w.reduce((m, v, k) => Math.max(m, Math.abs(v - bounds!.w[k]!)), 0);
  t.ok(diff <= 5e-4, `weights round to the file's precision (max difference ${diff})`);
  t.throws(() => BoundsModel.fromFile({ version: 1, bits: 3, weights: [] }), /table size/);
});

t.test('scores summed while moving equal the scores of the candidates’ feature lists', async (t) => {
  let spans = 0;
  let wrong = 0;
  let positions = 0;
  for (const toks of paragraphs) {
    const { a, labels } = tagRaw(toks, model);
    const c = boundaryContext(a, labels);
    for (const [s, e] of contentSpans(labels)) {
      spans++;
      for (const which of [startCandidates, endCandidates]) {
        const plain = which(c, s, e);
        const fast = which(c, s, e, bounds);
        t.same(fast.at, plain.at);
        positions += plain.at.length;
        plain.feats.forEach((f, k) => {
          if (Math.abs(bounds!.score(f) - fast.scores[k]!) > 1e-3) wrong++;
        });
      }
    }
  }
  t.ok(spans > 20, `${spans} content spans, ${positions} candidate positions`);
  t.equal(wrong, 0, 'no candidate scored differently');
});

t.test('candidates: the tagger’s boundary first, moves within reach, outward over untagged tokens only', async (t) => {
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
  t.same([...starts].sort((x, y) => x - y), [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13], 'left up to the cue, right up to the span’s last token');
  const ends = endCandidates(c, 7, 14).at;
  t.equal(ends[0], 14);
  t.same([...ends].sort((x, y) => x - y), [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19], 'inside the span, then out to the paragraph’s end');
  const far = startCandidates(c, 7, 14).at.filter((b) => Math.abs(b - 7) > REACH);
  t.same(far, []);
});

t.test('refined labels stay well-formed and only content spans move', async (t) => {
  let moved = 0;
  let bad = 0;
  let otherChanged = 0;
  for (const toks of paragraphs) {
    const { a, labels } = tagRaw(toks, model);
    const before = [...labels];
    refineBoundaries(a, labels, bounds!);
    if (before.join() !== labels.join()) moved++;
    labels.forEach((l, i) => {
      if (l.startsWith('I-') && !(i > 0 && labels[i - 1]!.slice(2) === l.slice(2))) bad++;
      const wasContent = before[i]!.endsWith('content');
      if (!wasContent && before[i] !== 'O' && l !== before[i]) otherChanged++;
    });
    t.same(tagParagraph(toks, model, null).length, toks.length);
  }
  t.equal(bad, 0, 'every I- label continues a span of its type');
  t.equal(otherChanged, 0, 'source and cue labels are left as they were');
  t.ok(moved > 0, `${moved} of ${paragraphs.length} paragraphs had a content boundary moved`);
});
