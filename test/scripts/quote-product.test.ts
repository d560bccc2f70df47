import t from 'tap';
import { productScores } from '../../scripts/lib/quote-product.ts';
import type { BratDocument } from '../../scripts/lib/polnear.ts';

t.test('product quotes against gold attributions: overlap, then exact content, cue and source', async (t) => {
  const text = 'The minister said the plan was dead. Officials said the budget would rise next year.';
  const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
  const doc: BratDocument = {
    id: 'a_1',
    article: 'a',
    text,
    spans: [
      { id: 'T1', type: 'source', fragments: [at('The minister')] },
      { id: 'T2', type: 'cue', fragments: [at('said the plan')].map(([a]) => [a, a + 4] as [number, number]) },
      { id: 'T3', type: 'content', fragments: [at('the plan was dead')] },
      { id: 'T4', type: 'source', fragments: [at('Officials')] },
      { id: 'T5', type: 'cue', fragments: [at('said the budget')].map(([a]) => [a, a + 4] as [number, number]) },
      // The gold content here is shorter than the product's: an overlap, not an exact match.
      { id: 'T6', type: 'content', fragments: [at('the budget would rise')] },
    ],
    attributions: [
      { source: 'T1', cue: 'T2', content: ['T3'] },
      { source: 'T4', cue: 'T5', content: ['T6'] },
    ],
  };
  const r = productScores([doc, { ...doc, id: 'a_2' }]);
  t.equal(r.quotes, 2, 'each article once, whichever annotators it has');
  t.equal(r.overlapping_gold_pct, 100);
  t.equal(r.content_exact_pct, 50);
  t.equal(r.cue_exact_pct, 100);
  t.equal(r.source_exact_pct, 100);
});
