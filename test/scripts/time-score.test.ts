import t from 'tap';
import { parseMeantime, parseTimeML } from '../../scripts/lib/time-corpus.ts';
import { countMatch, emptyCounts, scores } from '../../scripts/lib/time-score.ts';
import { findTimeExpressions } from '../../src/pipeline/time/extract.ts';

// A tiny TimeML document written for this test (not corpus text).
const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>test-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-10-22" temporalFunction="false" functionInDocument="CREATION_TIME">20241022</TIMEX3></DCT>
<TEXT>
The council met on <TIMEX3 tid="t1" type="DATE" value="2024-10-21">Monday</TIMEX3> &amp; agreed to meet <TIMEX3 tid="t2" type="SET" value="P1M">every month</TIMEX3>.
It has <EVENT eid="e1" class="OCCURRENCE">argued</EVENT> for <TIMEX3 tid="t3" type="DURATION" value="P10Y">the past decade</TIMEX3> since <TIMEX3 tid="t4" type="DATE" value="2006">2006</TIMEX3>.
</TEXT>
</TimeML>`;

t.test('TimeML reader: body without tags, entities decoded, gold offsets into it, DCT excluded', async (t) => {
  const doc = parseTimeML(TML, 'test-1');
  t.equal(doc.dct, '2024-10-22');
  t.notOk(doc.body.includes('<'));
  t.ok(doc.body.includes('Monday & agreed'));
  t.same(doc.gold.map((g) => [g.text, g.type, g.value]), [
    ['Monday', 'date', '2024-10-21'],
    ['every month', 'set', 'P1M'],
    ['the past decade', 'duration', 'P10Y'],
    ['2006', 'date', '2006'],
  ]);
  for (const g of doc.gold) t.equal(doc.body.slice(g.start, g.end), g.text);
});

t.test('TE3 scoring: relaxed and strict matches, attribute accuracy on relaxed matches', async (t) => {
  const doc = parseTimeML(TML, 'test-1');
  const at = (s: string): number => doc.body.indexOf(s);
  const system = [
    // exact and right
    { start: at('Monday'), end: at('Monday') + 6, type: 'date' as const, value: '2024-10-21' },
    // overlapping only ("month" inside "every month"), right type, wrong value
    { start: at('month'), end: at('month') + 5, type: 'set' as const, value: 'P2M' },
    // exact, wrong type, right value
    { start: at('the past decade'), end: at('the past decade') + 15, type: 'date' as const, value: 'P10Y' },
    // spurious
    { start: at('council'), end: at('council') + 7, type: 'date' as const, value: 'XXXX' },
  ];
  const c = emptyCounts();
  const m = countMatch(c, doc.gold, system);
  t.same(c, { gold: 4, system: 4, relaxed: 3, strict: 2, type_correct: 2, value_correct: 2 });
  t.equal(m.missed.length, 1);
  t.equal(m.missed[0]!.text, '2006');
  t.equal(m.spurious.length, 1);
  const s = scores(c);
  t.equal(s.relaxed_p, 75);
  t.equal(s.relaxed_r, 75);
  t.equal(s.relaxed_f1, 75);
  t.equal(s.strict_f1, 50);
  t.equal(s.value_accuracy, 66.67);
  t.equal(s.value_f1, 50); // 0.75 × 2/3
  t.equal(s.type_f1, 50);
});

t.test('one gold expression matches at most one system expression', async (t) => {
  const c = emptyCounts();
  const gold = [{ start: 0, end: 20, type: 'date' as const, value: '2024' }];
  const system = [
    { start: 0, end: 5, type: 'date' as const, value: '2024' },
    { start: 6, end: 20, type: 'date' as const, value: '2024' },
  ];
  countMatch(c, gold, system);
  t.same(c, { gold: 1, system: 2, relaxed: 1, strict: 0, type_correct: 1, value_correct: 1 });
});

t.test('the dates engine scores perfectly on the test document', async (t) => {
  const doc = parseTimeML(TML, 'test-1');
  const c = emptyCounts();
  countMatch(c, doc.gold, findTimeExpressions(doc.body, doc.dct));
  t.same(scores(c).value_f1, 100);
});

t.test('MEANTIME reader: tokens detokenized, DCT and unannotated sentences excluded', async (t) => {
  const xml = `<?xml version="1.0" ?><Document doc_id="1" doc_name="test" lang="en">
<token number="0" sentence="0" t_id="1">Plant</token><token number="1" sentence="0" t_id="2">closes</token>
<token number="2" sentence="1" t_id="3">May</token><token number="3" sentence="1" t_id="4">5</token><token number="4" sentence="1" t_id="5">,</token><token number="5" sentence="1" t_id="6">2009</token>
<token number="6" sentence="2" t_id="7">The</token><token number="7" sentence="2" t_id="8">plant</token><token number="8" sentence="2" t_id="9">closed</token><token number="9" sentence="2" t_id="10">on</token><token number="10" sentence="2" t_id="11">Monday</token><token number="11" sentence="2" t_id="12">.</token>
<token number="12" sentence="6" t_id="13">It</token><token number="13" sentence="6" t_id="14">reopens</token><token number="14" sentence="6" t_id="15">tomorrow</token><token number="15" sentence="6" t_id="16">.</token>
<Markables>
<TIMEX3 m_id="20" type="DATE" value="2009-05-05" functionInDocument="CREATION_TIME"><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 m_id="21" type="DATE" value="2009-05-04" functionInDocument="NONE"><token_anchor t_id="11"/></TIMEX3>
<TIMEX3 m_id="22" TAG_DESCRIPTOR="x" type="DATE" value="2010"/>
</Markables></Document>`;
  const doc = parseMeantime(xml, 'test');
  t.equal(doc.body, 'Plant closes\n\nMay 5, 2009\n\nThe plant closed on Monday. It reopens tomorrow.');
  t.equal(doc.dct, '2009-05-05');
  t.same(doc.gold.map((g) => [g.text, g.value]), [['Monday', '2009-05-04']]);
  t.same(doc.exclude.map((x) => doc.body.slice(x.start, x.end)), ['May 5, 2009', 'It reopens tomorrow.']);
});
