import { readFileSync, readdirSync } from 'node:fs';
import t from 'tap';
import { applyConventions } from '../../src/pipeline/models/quotes/conventions.ts';
import { analyse, crudeStem, featurize, stackedFeatures } from '../../src/pipeline/models/quotes/features.ts';
import type { SeqToken } from '../../src/pipeline/models/quotes/features.ts';
import { loadQuoteModel, tagIds } from '../../src/pipeline/models/quotes/model.ts';
import { L, TrainableWeights, WeightTable, fromBio, toBio, viterbi } from '../../src/pipeline/models/quotes/perceptron.ts';
import { chunkFeatures, loadSyntaxModel, posFeatures, tagSyntax, wordInfo } from '../../src/pipeline/models/quotes/syntax.ts';

/** Tokens of space-separated words; sentences end after "." */
function seq(text: string): SeqToken[] {
  let s = 0;
  return text.split(' ').map((w) => {
    const tok = { text: w, sentence: s, spaceBefore: true };
    if (w === '.') s++;
    return tok;
  });
}

t.test('crude stems join the inflections of a verb', async (t) => {
  t.same(['criticized', 'criticizes', 'criticize', 'criticizing'].map(crudeStem), ['criticiz', 'criticiz', 'criticiz', 'criticiz']);
  t.same(['stopped', 'stops', 'unleashed', 'unleashing'].map(crudeStem), ['stop', 'stop', 'unleash', 'unleash']);
  t.equal(crudeStem('is'), 'is', 'too short to strip');
});

t.test('an attribution needs a cue: spans far from any cue are dropped', async (t) => {
  const tokens = seq('The mayor said the bridge will open . It rained all day . The river rose fast . Prices rose too .');
  const labels = tokens.map(() => 'O');
  const set = (from: number, to: number, type: string): void => {
    for (let i = from; i < to; i++) labels[i] = `${i === from ? 'B' : 'I'}-${type}`;
  };
  set(0, 2, 'source'); // The mayor
  set(2, 3, 'cue'); // said
  set(3, 7, 'content'); // the bridge will open
  set(8, 12, 'content'); // It rained all day: the sentence after the cue's
  set(13, 17, 'content'); // The river rose fast: two sentences away
  const out = applyConventions(tokens, [...labels]);
  t.same(out.slice(0, 12), labels.slice(0, 12), 'the cued attribution and the content next to it stay');
  t.same(out.slice(13, 17), ['O', 'O', 'O', 'O'], 'content with no cue near it is dropped');
});

t.test('a source needs a cue in its own sentence, a content one in its sentence or the next', async (t) => {
  const tokens = seq('The mayor said the bridge will open . The engineers disagreed .');
  const labels = ['B-source', 'I-source', 'B-cue', 'B-content', 'I-content', 'I-content', 'I-content', 'O', 'B-source', 'I-source', 'O', 'O'];
  const out = applyConventions(tokens, [...labels]);
  t.same(out.slice(0, 8), labels.slice(0, 8));
  t.same(out.slice(8), ['O', 'O', 'O', 'O'], 'the source in the next sentence, with no cue of its own, is dropped');
});

t.test('pull quotes: “…” — Name gets the dash as cue and the name as source', async (t) => {
  const tokens: SeqToken[] = ['“', 'We', 'waited', 'four', 'hours', '.', '”', '—', 'Ana', 'Ruiz'].map((w, i) => ({ text: w, sentence: 0, spaceBefore: i !== 1 && i !== 6 }));
  const out = applyConventions(tokens, tokens.map(() => 'O'));
  t.same(out, ['B-content', 'I-content', 'I-content', 'I-content', 'I-content', 'I-content', 'I-content', 'B-cue', 'B-source', 'I-source']);
});

t.test('after "told", capitalised words are the addressee: a content starts at "that" or is dropped', async (t) => {
  const tokens = seq('Smith told Senator Jones that taxes will rise . Smith told Jones when they met .');
  const labels = ['B-source', 'B-cue', 'B-content', 'I-content', 'I-content', 'I-content', 'I-content', 'I-content', 'I-content'];
  labels.push('B-source', 'B-cue', 'B-content', 'I-content', 'I-content', 'I-content', 'I-content');
  const out = applyConventions(tokens, labels);
  t.same(out.slice(0, 9), ['B-source', 'B-cue', 'O', 'O', 'B-content', 'I-content', 'I-content', 'I-content', 'I-content']);
  t.same(out.slice(9), ['B-source', 'B-cue', 'O', 'O', 'O', 'O', 'O'], 'no "that": no content');
  const plain = seq('Smith told reporters that taxes will rise .');
  t.same(applyConventions(plain, ['B-source', 'B-cue', 'O', 'B-content', 'I-content', 'I-content', 'I-content', 'O']), ['B-source', 'B-cue', 'O', 'B-content', 'I-content', 'I-content', 'I-content', 'O'], 'lower-case words after the cue are left alone');
});

t.test('after a quotation and "said", a name the tagger began a content with is the source', async (t) => {
  const tokens: SeqToken[] = ['“', 'I', 'did', 'not', 'expect', 'this', '”', ',', 'said', 'Brigid', 'Kosgei', 'after', 'the', 'race', '.'].map((w, i) => ({ text: w, sentence: 0, spaceBefore: i !== 1 && i !== 6 && i !== 7 && i !== 14 }));
  const labels = ['B-content', 'I-content', 'I-content', 'I-content', 'I-content', 'I-content', 'I-content', 'O', 'B-cue', 'B-content', 'I-content', 'I-content', 'I-content', 'I-content', 'O'];
  const out = applyConventions(tokens, [...labels]);
  t.same(out.slice(8), ['B-cue', 'B-source', 'I-source', 'O', 'O', 'O', 'O']);
  t.same(out.slice(0, 8), labels.slice(0, 8), 'the quotation stays the content');
  const described: SeqToken[] = ['“', 'Too', 'large', ',', '”', 'said', 'one', 'person', 'during', 'public', 'comment', '.'].map((w, i) => ({ text: w, sentence: 0, spaceBefore: i !== 1 && i !== 3 && i !== 4 && i !== 11 }));
  const dl = ['B-content', 'I-content', 'I-content', 'I-content', 'I-content', 'B-cue', 'B-content', 'I-content', 'I-content', 'I-content', 'I-content', 'O'];
  t.same(applyConventions(described, [...dl]).slice(5), ['B-cue', 'B-source', 'I-source', 'O', 'O', 'O', 'O'], 'or a description, up to a preposition');
  const reported = seq('Smith said Jones would resign .');
  const r = ['B-source', 'B-cue', 'B-content', 'I-content', 'I-content', 'O'];
  t.same(applyConventions(reported, [...r]), r, 'without a quotation before the cue, a content that begins with a name stays');
});

t.test('weight tables score as the trained weights do, and BIO survives the round trip through BILOU', async (t) => {
  const w = new TrainableWeights();
  const feats = [[11, 12], [13], [11, 14]];
  const gold = fromBio(['B-source', 'B-cue', 'B-content']);
  for (let k = 0; k < 5; k++) w.update(feats, gold);
  const { table } = w.averaged();
  t.same(toBio(table.tag(feats)), ['B-source', 'B-cue', 'B-content']);
  const direct = new Float64Array(L);
  table.sumInto([11, 14], direct, 0);
  const skipped = new Float64Array(L);
  table.sumInto([99, 11, 14], skipped, 0, 1);
  t.same([...skipped], [...direct], 'sumInto from an index skips the features before it');
  const rec = {};
  const memo = table.memoised(rec, (f) => f.push(11, 14));
  t.same([...memo], [...direct], 'memoised word scores are the plain sums');
  t.equal(table.memoised(rec, () => t.fail('not recomputed')), memo);
  const other = w.averaged().table;
  t.not(other.memoised(rec, (f) => f.push(11)), memo, 'another table does not take the memo of the first');
});

t.test('weight tables find every row, short or long, among colliding keys', async (t) => {
  // Rows of 1 to 13 entries (labels 0..12, weights ±1..±300); keys share their low bits in groups, so they collide.
  const keys: number[] = [];
  const rowStart = [0];
  const entries: number[] = [];
  const expected = new Map<number, number[]>();
  let x = 12345;
  const next = (): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
  for (let r = 0; r < 400; r++) {
    const key = (r % 7 === 0 ? (next() & ~0xff) | 0x2a : next()) >>> 0;
    if (expected.has(key)) continue;
    const count = 1 + (r % 13);
    const row = new Array<number>(L).fill(0);
    for (let c = 0; c < count; c++) {
      const q = ((next() % 300) + 1) * (next() & 1 ? 1 : -1);
      row[c] = q;
      entries.push((q << 8) | c);
    }
    keys.push(key);
    rowStart.push(entries.length);
    expected.set(key, row);
  }
  const table = new WeightTable(Uint32Array.from(keys), Int32Array.from(rowStart), Int32Array.from(entries), 1, new Float32Array((L + 1) * L));
  let wrong = 0;
  for (const [key, row] of expected) {
    const out = new Float64Array(L);
    table.sumInto([key | 0], out, 0);
    if ([...out].join() !== row.join()) wrong++;
  }
  t.equal(wrong, 0, `all ${expected.size} rows score their own weights`);
  const none = new Float64Array(L);
  table.sumInto([0x7fffffff, 3, 0x2a], none, 0);
  t.same([...none], new Array(L).fill(0), 'absent keys add nothing');
  const two = new Float64Array(L);
  table.sumInto([keys[0]! | 0, keys[1]! | 0], two, 0);
  t.same([...two], expected.get(keys[0]!)!.map((v, c) => v + expected.get(keys[1]!)![c]!), 'features add up');
});

t.test('memoised scoring tags as plain scoring of every feature does', async (t) => {
  const model = loadQuoteModel();
  const syntax = loadSyntaxModel();
  const dir = new URL('../fixtures/text/', import.meta.url);
  const paragraphs = readdirSync(dir)
    .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split(/\n\s*\n|\n/))
    .filter((p) => p.trim().length > 40);
  t.ok(paragraphs.length > 50, `${paragraphs.length} paragraphs`);
  let tokens = 0;
  let posWrong = 0;
  let chunkWrong = 0;
  let tagWrong = 0;
  for (const p of paragraphs) {
    let s = 0;
    const toks: SeqToken[] = (p.match(/[\p{L}\p{N}’'-]+|[^\s\p{L}\p{N}]/gu) ?? []).map((w) => {
      const tok = { text: w, sentence: s, spaceBefore: true };
      if (w === '.' || w === '?' || w === '!') s++;
      return tok;
    });
    tokens += toks.length;
    // POS and chunk tags, greedy, scoring every feature of each token.
    const x = wordInfo(toks.map((k) => k.text), toks.map((k) => k.sentence));
    const pos: number[] = [];
    const chunk: number[] = [];
    const best = (v: Float64Array): number => v.indexOf(Math.max(...v));
    for (let i = 0; i < x.n; i++) {
      const v = new Float64Array(syntax.posTags.length);
      const first = x.first[i]!;
      syntax.pos.sumInto(posFeatures(x, i, first || i < 1 ? -1 : pos[i - 1]!, first || i < 2 || x.first[i - 1] ? -1 : pos[i - 2]!), v, 0);
      pos.push(best(v));
    }
    for (let i = 0; i < x.n; i++) {
      const v = new Float64Array(syntax.chunkTags.length);
      const first = x.first[i]!;
      syntax.chunk.sumInto(chunkFeatures(x, pos, i, first || i < 1 ? -1 : chunk[i - 1]!, first || i < 2 || x.first[i - 1] ? -1 : chunk[i - 2]!), v, 0);
      chunk.push(best(v));
    }
    const tagged = tagSyntax(toks.map((k) => k.text), toks.map((k) => k.sentence));
    posWrong += tagged.pos.filter((v, i) => v !== pos[i]).length;
    chunkWrong += tagged.chunk.filter((v, i) => v !== chunk[i]).length;
    // Attribution tags: both passes over the full feature lists.
    const a = analyse(toks, model.features);
    const em1 = model.pass1.emissions(featurize(toks, a));
    const p1 = viterbi(em1, model.pass1.trans, toks.length);
    const em2 = model.pass2.emissions(stackedFeatures(a, p1, !!model.features.stacked2));
    for (let k = 0; k < em2.length; k++) em2[k] = em2[k]! + model.alpha * em1[k]!;
    const plain = viterbi(em2, model.trans2, toks.length);
    const fast = tagIds(toks, model);
    tagWrong += fast.filter((v, i) => v !== plain[i]).length;
  }
  t.equal(posWrong, 0, `POS tags of ${tokens} tokens`);
  t.equal(chunkWrong, 0, 'chunk tags');
  t.equal(tagWrong, 0, 'attribution tags');
});

t.test('a content that begins with an auxiliary verb gets its subject back', async (t) => {
  const tokens = seq('Turkey , Poland and Saba have been removed from the list , said Humza Yousaf .');
  const labels = ['B-source', 'I-source', 'I-source', 'I-source', 'I-source', 'B-content', 'I-content', 'I-content', 'I-content', 'I-content', 'I-content', 'O', 'B-cue', 'B-source', 'I-source', 'O'];
  const out = applyConventions(tokens, [...labels]);
  t.same(out.slice(0, 11), ['B-content', ...new Array<string>(10).fill('I-content')], 'the "source" before it is its subject: the sentence names its source after the cue');
  t.same(out.slice(11), labels.slice(11));
  const untagged = seq('Prices have risen sharply , said the minister .');
  const u = ['O', 'B-content', 'I-content', 'I-content', 'O', 'B-cue', 'B-source', 'I-source', 'O'];
  t.same(applyConventions(untagged, [...u]).slice(0, 4), ['B-content', 'I-content', 'I-content', 'I-content'], 'an untagged subject at the sentence start joins it');
  const interrupted = seq('Climate change , he says , is the greatest threat .');
  const i = ['B-content', 'I-content', 'O', 'B-source', 'B-cue', 'O', 'B-content', 'I-content', 'I-content', 'I-content', 'O'];
  t.same(applyConventions(interrupted, [...i]), i, 'a content interrupted by its attribution is left alone');
});

t.test('a content run from a quotation over the name after it ends with the quotation', async (t) => {
  const words = ['“', 'We', 'ran', 'out', 'of', 'fuel', ',', '”', 'Dr.', 'Sobhi', 'Skaik', ',', 'the', 'director', 'of', 'the', 'hospital', ',', 'said', '.'];
  const tokens: SeqToken[] = words.map((w, i) => ({ text: w, sentence: 0, spaceBefore: i !== 1 && i !== 6 && i !== 7 && i !== 11 && i !== 17 && i !== 19 }));
  const labels = words.map((_, i) => (i === 0 ? 'B-content' : i < 17 ? 'I-content' : i === 18 ? 'B-cue' : 'O'));
  const out = applyConventions(tokens, [...labels]);
  t.same(out.slice(0, 8), ['B-content', ...new Array<string>(7).fill('I-content')]);
  t.same(out.slice(8, 11), ['B-source', 'I-source', 'I-source'], 'the name is the source');
  t.same(out.slice(11, 18), new Array<string>(7).fill('O'), 'its apposition is neither');
  t.equal(out[18], 'B-cue');
  const title = ['As', 'a', 'boss', 'on', '“', 'The', 'Apprentice', ',', '”', 'Donald', 'Trump', 'demeaned', 'women', ',', 'according', 'to', 'insiders', '.'];
  const tt: SeqToken[] = title.map((w, i) => ({ text: w, sentence: 0, spaceBefore: i !== 5 && i !== 7 && i !== 8 && i !== 13 && i !== 17 }));
  const tl = title.map((_, i) => (i === 4 ? 'B-content' : i > 4 && i < 13 ? 'I-content' : i === 14 ? 'B-cue' : i === 15 ? 'I-cue' : i === 16 ? 'B-source' : 'O'));
  t.same(applyConventions(tt, [...tl]), tl, 'not after a quoted title, nor when the words after the name go on');
});

t.test('"That said," and "Needless to say," report nothing', async (t) => {
  const tokens = seq('That said , the malware leaves files alone . That said , Smith said the plan would work .');
  const labels = ['B-source', 'B-cue', 'O', 'B-content', 'I-content', 'I-content', 'I-content', 'I-content', 'O'];
  labels.push('B-source', 'B-cue', 'O', 'B-source', 'B-cue', 'B-content', 'I-content', 'I-content', 'I-content', 'O');
  const out = applyConventions(tokens, labels);
  t.same(out.slice(0, 9), new Array<string>(9).fill('O'));
  t.same(out.slice(9), ['O', 'O', 'O', 'B-source', 'B-cue', 'B-content', 'I-content', 'I-content', 'I-content', 'O'], 'a cue of its own after the marker stays');
});
