import t from 'tap';
import { applyConventions } from '../../src/pipeline/models/quotes/conventions.ts';
import { crudeStem } from '../../src/pipeline/models/quotes/features.ts';
import type { SeqToken } from '../../src/pipeline/models/quotes/features.ts';
import { L, TrainableWeights, fromBio, toBio } from '../../src/pipeline/models/quotes/perceptron.ts';

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

t.test('pull quotes: “…” — Name gets the dash as cue and the name as source', async (t) => {
  const tokens: SeqToken[] = ['“', 'We', 'waited', 'four', 'hours', '.', '”', '—', 'Ana', 'Ruiz'].map((w, i) => ({ text: w, sentence: 0, spaceBefore: i !== 1 && i !== 6 }));
  const out = applyConventions(tokens, tokens.map(() => 'O'));
  t.same(out, ['B-content', 'I-content', 'I-content', 'I-content', 'I-content', 'I-content', 'I-content', 'B-cue', 'B-source', 'I-source']);
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
  const memo = table.wordScores('word', (f) => f.push(11, 14));
  t.same([...memo], [...direct], 'memoised word scores are the plain sums');
  t.equal(table.wordScores('word', () => t.fail('not recomputed')), memo);
});
