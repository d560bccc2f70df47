import t from 'tap';
import { addMonths, easter, isoWeek, nthWeekday, weekday } from '../../src/pipeline/time/calendar.ts';
import { durationValue, parseNumber, unitOf } from '../../src/pipeline/time/lexicon.ts';
import { weekdayDate, yearFor } from '../../src/pipeline/time/resolve.ts';
import { tenseAt } from '../../src/pipeline/time/tense.ts';

t.test('ISO weeks, weekdays and month arithmetic', async (t) => {
  t.same(isoWeek({ y: 2024, m: 10, d: 22 }), { y: 2024, w: 43 });
  t.same(isoWeek({ y: 2024, m: 12, d: 30 }), { y: 2025, w: 1 });
  t.same(isoWeek({ y: 2021, m: 1, d: 3 }), { y: 2020, w: 53 });
  t.equal(weekday({ y: 2024, m: 10, d: 22 }), 2);
  t.same(addMonths({ y: 2024, m: 1, d: 31 }, 1), { y: 2024, m: 2, d: 29 });
  t.same(addMonths({ y: 2024, m: 1, d: 15 }, -13), { y: 2022, m: 12, d: 15 });
  t.same(easter(2024), { y: 2024, m: 3, d: 31 });
  t.same(nthWeekday(2024, 11, 4, 4), { y: 2024, m: 11, d: 28 }); // Thanksgiving
});

t.test('numbers, units and duration values', async (t) => {
  t.equal(parseNumber('twenty-four'), 24);
  t.equal(parseNumber('a couple of'), 2);
  t.equal(parseNumber('1,000'), 1000);
  t.equal(parseNumber('two and a half'), 2.5);
  t.equal(parseNumber('5 1/2'), 5.5);
  t.ok(Number.isNaN(parseNumber('several')));
  t.equal(durationValue(3, unitOf('days')!), 'P3D');
  t.equal(durationValue(16, unitOf('hour')!), 'PT16H');
  t.equal(durationValue(2, unitOf('decades')!), 'P20Y');
  t.equal(durationValue(2.5, unitOf('years')!), 'P2Y6M');
  t.equal(durationValue(1.5, unitOf('minutes')!), 'PT1M30S');
  t.equal(durationValue(NaN, unitOf('weeks')!), 'PXW');
  t.equal(durationValue(NaN, unitOf('hours')!), 'PTXH');
});

t.test('anchoring a month, a day and a weekday', async (t) => {
  const ref = { y: 2024, m: 10, d: 22 }; // a Tuesday
  t.equal(yearFor(ref, 8, null, null), 2024);
  t.equal(yearFor(ref, 1, null, 'future'), 2025);
  t.equal(yearFor(ref, 12, null, 'past'), 2023);
  t.equal(yearFor(ref, 12, 28, null), 2024);
  t.equal(yearFor({ y: 2025, m: 1, d: 3 }, 12, 28, null), 2024);
  t.same(weekdayDate(ref, 1, null, 'past'), { y: 2024, m: 10, d: 21 });
  t.same(weekdayDate(ref, 1, null, 'future'), { y: 2024, m: 10, d: 28 });
  t.same(weekdayDate(ref, 2, null, null), ref);
  t.same(weekdayDate(ref, 2, 'last', null), { y: 2024, m: 10, d: 15 });
  t.same(weekdayDate(ref, 2, 'next', null), { y: 2024, m: 10, d: 29 });
  t.same(weekdayDate(ref, 4, null, 'prospective'), { y: 2024, m: 10, d: 24 });
  t.same(weekdayDate(ref, 7, null, 'prospective'), { y: 2024, m: 10, d: 20 });
});

t.test('tense of the clause around an expression', async (t) => {
  const tense = (s: string, phrase: string) => tenseAt(s, 0, s.length, s.indexOf(phrase), s.indexOf(phrase) + phrase.length);
  t.equal(tense('He will travel to Cairo on Monday.', 'Monday'), 'future');
  t.equal(tense('He said on Monday that talks had failed.', 'Monday'), 'past');
  t.equal(tense('On Monday, the minister resigned.', 'Monday'), 'past');
  t.equal(tense('The vote will be held on Monday.', 'Monday'), 'future');
  // Looking ahead from a moment in the past: whichever side is nearer.
  t.equal(tense('The summit was expected to open on Monday.', 'Monday'), 'prospective');
  t.equal(tense('Crews hoped to have power restored by Friday.', 'Friday'), 'future');
  t.equal(tense('She expected a ruling by Oct. 15.', 'Oct. 15'), 'future');
  t.equal(tense('She hoped the meeting that was held on Friday would help.', 'Friday'), 'past');
  t.equal(tense('The minister is expected to resign on Monday.', 'Monday'), 'future');
  t.equal(tense('Protesters planned a rally on Saturday.', 'Saturday'), 'future');
  // The present simple of a scheduled event looks ahead; a present state does not.
  t.equal(tense('The rule takes effect Feb. 1.', 'Feb. 1'), 'future');
  t.equal(tense('The company holds a stake, it said on Monday.', 'Monday'), 'past');
  t.equal(tense('Figures as of Monday show a rise.', 'Monday'), null);
  t.equal(tense('The office opens, effective Feb. 1.', 'Feb. 1'), 'future');
});
