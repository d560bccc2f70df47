import t from 'tap';
import { tokenSentences } from '../../scripts/lib/polnear.ts';
import { SpanScorer, bioSpans, goldSpeaker } from '../../scripts/lib/quote-score.ts';
import type { Mention } from '../../src/pipeline/types.ts';

t.test('spans from BIO labels follow CofeNet: an I- without its B- starts nothing', async (t) => {
  t.same(bioSpans(['B-source', 'I-source', 'B-cue', 'O', 'I-content', 'B-content', 'I-content', 'I-cue']), [
    { type: 'source', start: 0, end: 2 },
    { type: 'cue', start: 2, end: 3 },
    { type: 'content', start: 5, end: 7 },
  ]);
});

t.test('exact and overlap P/R/F1 on a small example', async (t) => {
  // "“ The river is rising , ” the mayor said ." with a gold source/cue/content and a prediction that gets
  // the cue, cuts the content short and takes "mayor" alone as the source.
  const gold = ['B-content', 'I-content', 'I-content', 'I-content', 'I-content', 'I-content', 'I-content', 'B-source', 'I-source', 'B-cue', 'O'];
  const pred = ['O', 'B-content', 'I-content', 'I-content', 'I-content', 'O', 'O', 'O', 'B-source', 'B-cue', 'O'];
  const sc = new SpanScorer();
  sc.add(gold, pred);
  // A second paragraph: nothing in gold, a spurious cue predicted.
  sc.add(['O', 'O', 'O'], ['O', 'B-cue', 'O']);
  const r = sc.result();
  t.same(r.exact.cue, { p: 50, r: 100, f1: 66.7, gold: 1, pred: 2 });
  t.same(r.exact.source, { p: 0, r: 0, f1: 0, gold: 1, pred: 1 });
  t.same(r.exact.content, { p: 0, r: 0, f1: 0, gold: 1, pred: 1 });
  t.same(r.overlap.source, { p: 100, r: 100, f1: 100, gold: 1, pred: 1 });
  t.same(r.overlap.content, { p: 100, r: 100, f1: 100, gold: 1, pred: 1 });
});

t.test('sentence ids for pre-tokenised text', async (t) => {
  t.same(tokenSentences(['He', 'left', '.', "''", 'Then', 'rain', '.', '``', 'No', '.']), [0, 0, 0, 0, 1, 1, 1, 2, 2, 2]);
});

t.test('the gold speaker of a source is the head of its first phrase', async (t) => {
  const mention = (text: string, body: string, type: Mention['type']): Mention => {
    const start = body.indexOf(text);
    return { start, end: start + text.length, text, type, kind: 'name', entity_id: text };
  };
  const flynn = 'Flynn, a top Trump surrogate, said';
  t.equal(goldSpeaker(flynn, 0, [mention('Flynn', flynn, 'person'), mention('Trump', flynn, 'person')]).text, 'Flynn', 'not a name in the apposition');
  const merrill = 'Clinton spokesman Nick Merrill says';
  t.equal(goldSpeaker(merrill, 0, [mention('Clinton', merrill, 'person'), mention('Nick Merrill', merrill, 'person')]).text, 'Nick Merrill', 'the last name of the phrase, after its modifiers');
  const org = 'the Commission on Presidential Debates, which runs them,';
  t.equal(goldSpeaker(org, 0, [mention('Commission on Presidential Debates', org, 'organization')]).text, 'Commission on Presidential Debates');
  const none = 'a spokesman for the group, Anna Berg,';
  t.equal(goldSpeaker(none, 0, [mention('Anna Berg', none, 'person')]).text, 'Anna Berg', 'no name before the comma: any name');
});
