import { readFileSync } from 'node:fs';
import t from 'tap';
import { prepare } from '../../src/ingest/prepare.ts';
import { annotate } from '../../src/pipeline/index.ts';
import { defaultStages } from '../../src/pipeline/index.ts';
import { findTimeExpressions } from '../../src/pipeline/time/extract.ts';
import type { TimeExpression } from '../../src/pipeline/types.ts';

// Tuesday, October 22, 2024 is the reference date of most sentences below.
const REF = '2024-10-22';

function find(text: string, published: string | null = REF): TimeExpression[] {
  return findTimeExpressions(text, published);
}

/** The single expression with the given text, as [type, value]. */
function read(text: string, phrase: string, published: string | null = REF): [string, string] | null {
  const hit = find(text, published).find((d) => d.text === phrase);
  return hit ? [hit.type, hit.value] : null;
}

t.test('the dates stage runs right after the tokens stage', async (t) => {
  t.same(
    defaultStages.map((s) => s.name).slice(0, 2),
    ['tokens', 'dates'],
  );
  const doc = annotate({ body: 'The talks ended on Tuesday. A new round starts next week.', published: REF });
  t.same(
    doc.dates.map((d) => [d.text, d.type, d.value]),
    [
      ['Tuesday', 'date', '2024-10-22'],
      ['next week', 'date', '2024-W44'],
    ],
  );
  const skipped = annotate({ body: 'Le sommet a eu lieu mardi.', published: REF, language: 'fr' });
  t.same(skipped.dates, []);
  t.ok(skipped.annotations_skipped.includes('dates: language fr'));
});

t.test('calendar dates', async (t) => {
  t.same(read('The war began on October 7, 2023, near the border.', 'October 7, 2023'), ['date', '2023-10-07']);
  t.same(read('The attack came on Oct. 1 and was repelled.', 'Oct. 1'), ['date', '2024-10-01']);
  t.same(read('He landed in Lisbon, Portugal, 22 October 2024.', '22 October 2024'), ['date', '2024-10-22']);
  t.same(read('The plant closed in March 2019 after the strike.', 'March 2019'), ['date', '2019-03']);
  t.same(read('The filing is dated 2023-11-30.', '2023-11-30'), ['date', '2023-11-30']);
  t.same(read('The letter, dated 7/8/07, was lost.', '7/8/07'), ['date', '2007-07-08']);
  t.same(read('The ceasefire that ended the war (2006) still holds.', '2006'), ['date', '2006']);
  t.same(read("She sought the party's 2020 presidential nomination.", '2020'), ['date', '2020']);
  t.same(read('Sales peaked in the 1990s and fell after that.', '1990s'), ['date', '199']);
  t.same(read('Output dropped in the mid-1990s.', 'mid-1990s'), ['date', '199']);
  t.same(read('Castles were built here in the 13th century.', 'the 13th century'), ['date', '12']);
  t.same(read('Production moved abroad in early 2006.', 'early 2006'), ['date', '2006']);
  t.same(read('The accord was signed in nineteen ninety-six.', 'nineteen ninety-six'), ['date', '1996']);
  t.same(read('Results for fiscal 2023 were weak.', 'fiscal 2023'), ['date', '2023']);
  t.same(read('The shop opens on Christmas Eve.', 'Christmas Eve'), ['date', '2024-12-24']);
  t.same(read('Voters go to the polls on Election Day.', 'Election Day'), ['date', '2024-11-05']);
  t.same(read('Stores were closed on Labor Day.', 'Labor Day'), ['date', '2024-09-02']);
  t.same(read('He died on Memorial Day 2019.', 'Memorial Day 2019'), ['date', '2019-05-27']);
  t.same(read('A march is planned for International Women’s Day.', 'International Women’s Day'), ['date', '2025-03-08']);
  t.same(read('He spoke on the eve of Independence Day. The next day, he left.', 'the eve of Independence Day', '2020-07-10'), ['date', '2020-07-03']);
  t.same(read('He spoke on the eve of Independence Day. The next day, he left.', 'The next day', '2020-07-10'), ['date', '2020-07-04']);
  // A weekday given with the date picks the year.
  t.same(read('An editorial ran on Monday, Oct. 26, about the murder.', 'Monday, Oct. 26', '2015-10-25'), ['date', '2015-10-26']);
  t.same(read('The summit is on April 24 and 25 in Washington.', '25', '2024-03-01'), ['date', '2024-04-25']);
});

t.test('months and years resolved against the publication date and the tense', async (t) => {
  t.same(read('Hezbollah’s leader was killed in August.', 'August'), ['date', '2024-08']);
  t.same(read('The vote will take place in January.', 'January'), ['date', '2025-01']);
  t.same(read('The factory was sold in December.', 'December'), ['date', '2023-12']);
  t.same(read('Profits fell last year.', 'last year'), ['date', '2023']);
  t.same(read('Profits will rise next year.', 'next year'), ['date', '2025']);
  t.same(read('The ministry cut its budget this year.', 'this year'), ['date', '2024']);
  t.same(read('Prices fell sharply last month.', 'last month'), ['date', '2024-09']);
  t.same(read('The fund was set up last February.', 'last February', '2024-03-05'), ['date', '2023-02']);
  t.same(read('It expanded in January this year.', 'January this year'), ['date', '2024-01']);
  t.same(read('Revenue fell in the third quarter.', 'the third quarter'), ['date', '2024-Q3']);
  t.same(read('Revenue fell in Q3 as demand slowed.', 'Q3'), ['date', '2024-Q3']);
  t.same(read('The firm lost money in the fourth quarter of fiscal 2023.', 'the fourth quarter of fiscal 2023'), ['date', '2023-Q4']);
  t.same(read('Revenue rose in the fiscal 2025 first quarter.', 'the fiscal 2025 first quarter'), ['date', '2025-Q1']);
  t.same(read('Sales in Q2 FY25 grew.', 'Q2 FY25'), ['date', '2025-Q2']);
  t.same(read('Last quarter, sales rose.', 'Last quarter'), ['date', '2024-Q3']);
  t.same(read('The last quarter of 2023 was weak.', 'The last quarter of 2023'), ['date', '2023-Q4']);
  t.same(read('In the year to March, sales rose 4%.', 'the year'), ['duration', 'P1Y']);
  // "cut", "hit", "set" as nouns or present forms say nothing of the past.
  t.same(read('Analysts expect a rate cut in December.', 'December'), ['date', '2024-12']);
  t.same(read('The central bank cut rates in March.', 'March'), ['date', '2024-03']);
  t.same(read('The company lost money in the first quarter of 2009.', 'the first quarter of 2009'), ['date', '2009-Q1']);
  t.same(read('Growth slowed in the second half of 2021.', 'the second half of 2021'), ['date', '2021-H2']);
  t.same(read('Talks resumed this summer.', 'this summer'), ['date', '2024-SU']);
  t.same(read('The lake froze last winter.', 'last winter'), ['date', '2023-WI']);
  t.same(read('The lake froze last winter.', 'last winter', '2024-02-10'), ['date', '2022-WI']);
  t.same(read('Snow fell this winter.', 'this winter', '2024-02-10'), ['date', '2023-WI']);
  t.same(read('The bridge opens next spring.', 'next spring'), ['date', '2025-SP']);
  t.same(read('The results will come in the fourth quarter.', 'the fourth quarter'), ['date', '2024-Q4']);
});

t.test('weekdays follow the tense of their clause', async (t) => {
  t.same(read('The two men met in Jerusalem on Tuesday.', 'Tuesday'), ['date', '2024-10-22']);
  t.same(read('On Monday he said the talks had failed.', 'Monday'), ['date', '2024-10-21']);
  t.same(read('On Monday he will fly to Cairo.', 'Monday'), ['date', '2024-10-28']);
  t.same(read('The minister is expected to resign on Friday.', 'Friday'), ['date', '2024-10-25']);
  t.same(read('The court ruled on Friday that the law stands.', 'Friday'), ['date', '2024-10-18']);
  t.same(read('Police said the blast happened last Friday.', 'last Friday'), ['date', '2024-10-18']);
  t.same(read('The strike ends next Monday.', 'next Monday'), ['date', '2024-10-28']);
  t.same(read('Crowds gathered on Saturday night outside the palace.', 'Saturday night'), ['time', '2024-10-19TNI']);
  // "on" is a preposition and stays outside the extent.
  t.same(find('The two men met in Jerusalem on Tuesday.').map((d) => d.text), ['Tuesday']);
});

t.test('present simple and progressive of scheduled events look ahead', async (t) => {
  // Wednesday, October 23, 2024.
  const WED = '2024-10-23';
  t.same(read('The two leaders meet Monday in Geneva.', 'Monday', WED), ['date', '2024-10-28']);
  t.same(read('The summit opens Thursday and closes Saturday.', 'Thursday', WED), ['date', '2024-10-24']);
  t.same(read('The summit opens Thursday and closes Saturday.', 'Saturday', WED), ['date', '2024-10-26']);
  t.same(read('Voters go to the polls on Sunday.', 'Sunday', WED), ['date', '2024-10-27']);
  t.same(read('The Senate votes Friday on the spending bill.', 'Friday', WED), ['date', '2024-10-25']);
  t.same(read('The strike begins Monday unless a deal is reached.', 'Monday', WED), ['date', '2024-10-28']);
  t.same(read('The team is playing Sunday in Boston.', 'Sunday', WED), ['date', '2024-10-27']);
  t.same(read("He's leaving for Paris on Friday.", 'Friday', WED), ['date', '2024-10-25']);
  // A date as the predicate of "is" is a date ahead.
  t.same(read('The final vote is Tuesday.', 'Tuesday', WED), ['date', '2024-10-29']);
  t.same(read('The hearing is on Friday.', 'Friday', WED), ['date', '2024-10-25']);
  t.same(read('The runoff is set for Sunday.', 'Sunday', WED), ['date', '2024-10-27']);
  // A plan made now ("has scheduled") is for later; one made in the past keeps the past.
  t.same(read('The court has scheduled a hearing Thursday.', 'Thursday', WED), ['date', '2024-10-24']);
  t.same(read('The court had scheduled a hearing Monday but it was moved.', 'Monday', WED), ['date', '2024-10-21']);
  // Reports, nouns and lists are not plans.
  t.same(read('Officials said Monday that the talks had stalled.', 'Monday', WED), ['date', '2024-10-21']);
  t.same(read('His visits Monday drew large crowds.', 'Monday', WED), ['date', '2024-10-21']);
  t.same(read('A vote Tuesday showed support slipping.', 'Tuesday', WED), ['date', '2024-10-22']);
  t.same(read('On Friday, marchers wearing black shirts, face masks and helmets blocked the road.', 'Friday', WED), ['date', '2024-10-18']);
  t.same(read('Despite signs of recovery on Sunday, the patient died.', 'Sunday', WED), ['date', '2024-10-20']);
  // A relative clause after the date does not govern it.
  t.same(read('The move follows Tuesday’s bid by the fund, which holds a 5% stake.', 'Tuesday', WED), ['date', '2024-10-22']);
});

t.test('deadlines look ahead, "since" looks back', async (t) => {
  t.same(read('Cyprus has until Monday to raise the money.', 'Monday'), ['date', '2024-10-28']);
  t.same(read('The report is due by Friday.', 'Friday'), ['date', '2024-10-25']);
  t.same(read('He stayed until Monday.', 'Monday'), ['date', '2024-10-21']);
  t.same(read('The agency extended its deadline until 9 a.m. Thursday.', '9 a.m. Thursday'), ['time', '2024-10-24T09:00']);
  t.same(read('The vote was postponed until Friday.', 'Friday'), ['date', '2024-10-25']);
  // After a modal ("closed" is no past there), and "through" as well as "until".
  t.same(read('Schools will remain closed until Monday.', 'Monday'), ['date', '2024-10-28']);
  t.same(read('Schools will remain closed through at least Monday.', 'Monday'), ['date', '2024-10-28']);
  t.same(read('The storm could dump 6 inches of rain through Saturday.', 'Saturday'), ['date', '2024-10-26']);
  t.same(read('The warning was extended through Friday evening.', 'Friday evening'), ['time', '2024-10-25TEV']);
  t.same(read('The festival ran through Sunday.', 'Sunday'), ['date', '2024-10-20']);
  t.same(read('Schools were closed by Oct. 3, and exams postponed.', 'Oct. 3'), ['date', '2024-10-03']);
  t.same(read('The government has been in office since May.', 'May'), ['date', '2024-05']);
  t.same(read('The talks are expected to last two days.', 'two days'), ['duration', 'P2D']);
  t.same(read('Jobless claims fell in the week ended Oct. 12.', 'the week'), ['date', '2024-W41']);
  t.same(read('The new rules apply starting March 8.', 'March 8'), ['date', '2025-03-08'], '"starting" looks ahead');
  t.same(read('Vaccines could arrive as early as March.', 'March'), ['date', '2025-03']);
  t.same(read('The railway had started handing out masks as early as March 8.', 'March 8'), ['date', '2024-03-08'], 'unless told in the past');
});

t.test('the clause that governs a date', async (t) => {
  // A parenthetical aside neither governs the date nor cuts the clause.
  t.same(read('On Monday, the World Trade Organization (WTO) published its forecast.', 'Monday'), ['date', '2024-10-21']);
  t.same(read('The ministers, who meet in Brussels (the seat of the Commission) on Friday, will discuss tariffs.', 'Friday'), ['date', '2024-10-25']);
  t.same(read('The convoy will leave at dawn (5 a.m. Thursday), the army said.', '5 a.m. Thursday'), ['time', '2024-10-24T05:00']);
  // A weekday's event named with a possessive: reported unless the text looks forward to it.
  t.same(read('Markets were calm ahead of Sunday’s election.', 'Sunday'), ['date', '2024-10-27']);
  t.same(read('Sunday’s election will decide the matter.', 'Sunday'), ['date', '2024-10-27']);
  t.same(read('They said they would appeal Monday’s ruling.', 'Monday'), ['date', '2024-10-21']);
  // Words on either side of the date are not read as one phrase across it ("about | 7pm on Thursday | to" is no "about to").
  t.same(read('She answered the door at about 7pm on Thursday to a man claiming to be from the water board.', '7pm on Thursday'), ['time', '2024-10-17T19:00']);
  // A clause opening after the date does not govern it when the date's own clause has a verb, however far back.
  t.same(read('PCSO Ravi Sandhu told residents at a drop-in session at the Oakhurst village hall on Monday that officers would be visiting.', 'Monday'), ['date', '2024-10-21']);
  t.same(read('The mayor will tell residents at a drop-in session at the Oakhurst village hall on Monday that the plan was dropped.', 'Monday'), ['date', '2024-10-28']);
  // A modal before an event verb looks ahead.
  t.same(read('A second, weaker system could arrive on Sunday.', 'Sunday'), ['date', '2024-10-27']);
  // A live blog's entry stamps are the day of the blog, not the day a forecast before them spoke of.
  const blog = find('10.42am: Most customers should be reconnected by tomorrow night.\n\n10.55am: Police have closed the A59.\n\n11.08am: The school will stay closed tomorrow.');
  t.same(blog.map((d) => d.value), ['2024-10-22T10:42', '2024-10-23TNI', '2024-10-22T10:55', '2024-10-22T11:08', '2024-10-23']);
  // A clock time that names its day is a day the narrative has reached ("the next morning" after it).
  t.same(read('Samuel Okonjo was shot shortly before 9 p.m. on Oct. 12 outside his pharmacy. He died early the next morning.', 'the next morning'), ['time', '2024-10-13TMO']);
  // Irregular past forms.
  t.same(read('Plans to scrap a third of the bus routes drew fierce criticism on Monday.', 'Monday'), ['date', '2024-10-21']);
});

t.test('deictic days, parts of days and clock times', async (t) => {
  t.same(read('The minister resigned today.', 'today'), ['date', '2024-10-22']);
  t.same(read('Rescuers ended their work yesterday.', 'yesterday'), ['date', '2024-10-21']);
  t.same(read('The results are due tomorrow.', 'tomorrow'), ['date', '2024-10-23']);
  t.same(read('The cabinet met this morning.', 'this morning'), ['time', '2024-10-22TMO']);
  t.same(read('Sirens sounded last night across the north.', 'last night'), ['time', '2024-10-21TNI']);
  t.same(read('He speaks tonight at the rally.', 'tonight'), ['time', '2024-10-22TNI']);
  t.same(read('The blast occurred at 10:35 a.m. local time.', '10:35 a.m.'), ['time', '2024-10-22T10:35']);
  t.same(read('The deadline passed at noon Thursday.', 'noon Thursday'), ['time', '2024-10-17T12:00']);
  t.same(read('The plane took off at 18:00 UTC on Monday.', '18:00 UTC on Monday'), ['time', '2024-10-21T18:00Z']);
  t.same(read('The blast came at 6am as residents slept.', '6am'), ['time', '2024-10-22T06:00']);
  // A 24-hour time after a preposition of time; a race time or a score is none.
  t.same(read('Power was restored by 20:21 on Monday.', '20:21 on Monday'), ['time', '2024-10-21T20:21']);
  t.same(read('The polls close at 22:00.', '22:00'), ['time', '2024-10-22T22:00']);
  t.same(find('He ran the mile in 3:45 and the score stood at 1:1.'), []);
});

t.test('parts of the day under discussion', async (t) => {
  t.same(read('Stocks in Tokyo fell overnight.', 'overnight'), ['time', '2024-10-21TNI']);
  t.same(read('The storm will pass overnight.', 'overnight'), ['time', '2024-10-22TNI']);
  t.same(find('The singer became a star almost overnight.'), []);
  t.same(read('The bridge reopened on Friday. By mid-afternoon, traffic was normal.', 'mid-afternoon'), ['time', '2024-10-18TAF']);
  t.same(read('At mid-afternoon yesterday, shares were up.', 'mid-afternoon yesterday'), ['time', '2024-10-21TAF']);
  t.same(read('On Monday the index rose in morning trading.', 'morning'), ['time', '2024-10-21TMO']);
  t.same(read('Traders sold heavily in the morning, then bought back.', 'the morning'), ['time', '2024-10-22TMO']);
  t.same(read('The ferry sank on Sunday. Later in the day, divers arrived.', 'the day'), ['date', '2024-10-20']);
  // A habit is no particular day; a title is no time.
  t.same(read('Owls are most vocal in the evening.', 'the evening'), ['time', 'XXXX-XX-XXTEV']);
  t.same(read('Clients usually come in the morning.', 'the morning'), ['time', 'XXXX-XX-XXTMO']);
  t.same(find('He hosted Good Talk in the Morning for a decade.').map((d) => d.text), ['a decade']);
});

t.test('halves, quarters and spans ahead', async (t) => {
  t.same(read('Sales rose 5% in the first half.', 'the first half'), ['date', '2024-H1']);
  t.same(read('Sales will rise in the second half, the company said.', 'the second half'), ['date', '2024-H2']);
  t.same(find('He scored twice in the first half of the match.'), []);
  t.same(find('He scored twice in the second half.'), []);
  t.same(read('Profit rose 3% in the quarter ended June 30.', 'the quarter'), ['date', '2024-Q2']);
  t.same(read('Profit rose in the quarter ended Sept. 30, 2023.', 'the quarter'), ['date', '2023-Q3']);
  // A fiscal quarter already named keeps its number.
  t.same(read('The fiscal first quarter was strong. In the quarter ended Sept. 29, sales rose.', 'the quarter'), ['date', '2024-Q1']);
  // Told in the past, "the quarter" is one that has ended, not the quarter ahead an outlook spoke of since.
  const quarters = find('Profit rose in the third quarter. "We are being prudent about the fourth quarter," he said. Analysts said the quarter showed that prices held.', '2024-11-08');
  t.same(quarters.map((d) => d.value), ['2024-Q3', '2024-Q4', '2024-Q3']);
  t.same(read('The weeks ahead will be difficult.', 'The weeks ahead'), ['duration', 'PXW']);
  t.same(read('The index closed lower on Friday, down 3% for the week.', 'the week'), ['date', '2024-W42']);
  t.same(read('Looking back on the previous month, we picked the month’s biggest stories.', 'the month'), ['date', '2024-09']);
  t.same(read('The damage will be felt for years to come.', 'years to come'), ['duration', 'PXY']);
});

t.test('relative periods', async (t) => {
  t.same(read('The envoy has been in Lebanon this week.', 'this week'), ['date', '2024-W43']);
  t.same(read('Inflation rose last week.', 'last week'), ['date', '2024-W42']);
  t.same(read('The bill was passed two weeks ago.', 'two weeks ago'), ['date', '2024-W41']);
  t.same(read('The party was founded 50 years ago.', '50 years ago'), ['date', '1974']);
  t.same(read('She moved here three months ago.', 'three months ago'), ['date', '2024-07']);
  t.same(read('He left the firm a few years ago.', 'a few years ago'), ['date', 'PAST_REF']);
  t.same(read('The vote was delayed earlier this month.', 'earlier this month'), ['date', '2024-10']);
  t.same(read('Talks will resume early next week.', 'early next week'), ['date', '2024-W44']);
  t.same(read('The deal should close by the end of this year.', 'the end of this year'), ['date', '2024']);
  t.same(read('Storms hit the coast over the weekend.', 'the weekend'), ['date', '2024-W42-WE']);
  t.same(read('The war broke out in 1990. The next year, the treaty was signed.', 'The next year'), ['date', '1991']);
  t.same(read('Crime fell over the past year.', 'the past year'), ['date', '2023']);
  t.same(read('The shop opened on March 3, 2010. It closed the following day.', 'the following day'), ['date', '2010-03-04']);
  t.same(read('Sales rose in 2010 and fell in the year before.', 'the year before'), ['date', '2009']);
  // "The next day" and "that day" follow the events reported, not the day of the report.
  t.same(read('The suspect was arrested on Oct. 3, police said Monday. He was charged the following day.', 'the following day'), ['date', '2024-10-04']);
  t.same(read('Divers found the wreck on Sept. 9, officials told reporters on Friday. That day, the storm ended.', 'That day'), ['date', '2024-09-09']);
  t.same(read('Police said Monday that a man was arrested. He was charged the next day.', 'the next day'), ['date', '2024-10-22']);
  // A date ahead mentioned on the way is not where a narrative in the past has got to.
  const story = 'The gunman struck on Friday and was held until his hearing on Nov. 5. The first attack began at 1:40 p.m. A second came the same day.';
  t.same(read(story, '1:40 p.m.'), ['time', '2024-10-18T13:40']);
  t.same(read(story, 'the same day'), ['date', '2024-10-18']);
  t.same(read('The company said Friday it lost money in the first half, compared with a profit a year earlier.', 'a year earlier'), ['date', '2023-H1']);
  t.same(read('Exports grew 5%, up from 3% a year earlier.', 'a year earlier'), ['date', '2023']);
  // A year back from the reporting period under discussion.
  t.same(read('Exports grew 5% in the third quarter, up from 3% a year earlier.', 'a year earlier'), ['date', '2023-Q3']);
  t.same(read('Profit rose in the third quarter, from $2 million a year ago.', 'a year ago'), ['date', '2023-Q3']);
});

t.test('ranges: each end is an expression, and the end comes after the start', async (t) => {
  const ends = (text: string): string[] => find(text).map((d) => `${d.text}=${d.value}`);
  t.same(ends('She chaired the board from 2009 to 2011.'), ['2009=2009', '2011=2011']);
  t.same(ends('She chaired the board in 2009-2011.'), ['2009=2009', '2011=2011']);
  t.same(ends('Output fell in 2009–11 and recovered in 1995-96 terms.'), ['2009=2009', '11=2011', '1995=1995', '96=1996']);
  t.same(ends('The 2019/20 season was cut short.'), ['2019=2019', '20=2020']);
  // Not ranges: an ISO month, a telephone number, counts.
  t.same(ends('The index for 2009-05 is in the annex.'), []);
  t.same(ends('Call 555-2006 for tickets.'), []);
  t.same(ends('The asteroid, catalogued as 2011 QX17, passed by.'), []);
  t.same(ends('Turnout rose from 1,995 to 2,006 voters.'), []);
  t.same(ends('The fair runs March 3-5.'), ['March 3=2025-03-03', '5=2025-03-05']);
  t.same(ends('The fair ran March 30-31, 2023, in Lyon.'), ['March 30=2023-03-30', '31, 2023=2023-03-31']);
  t.same(ends('The fair runs from Dec. 30 to Jan. 2.'), ['Dec. 30=2024-12-30', 'Jan. 2=2025-01-02']);
  t.same(ends('The exhibition will run from November to February.'), ['November=2024-11', 'February=2025-02']);
  t.same(ends('Sales rose between December and March 2025.'), ['December=2024-12', 'March 2025=2025-03']);
  t.same(ends('Prices fell from March 2023 to June.'), ['March 2023=2023-03', 'June=2023-06']);
  // An end named from the reference date keeps its own year.
  t.same(ends('The loungers were sold between January 2021 and last month.'), ['January 2021=2021-01', 'last month=2024-09']);
  t.same(ends('The show will run from Friday to Monday.'), ['Friday=2024-10-25', 'Monday=2024-10-28']);
});

t.test('durations', async (t) => {
  t.same(read('Violence has grown over the past decade.', 'the past decade'), ['duration', 'P10Y']);
  t.same(read('Violence has grown over the last 10 years.', 'the last 10 years'), ['duration', 'P10Y']);
  t.same(read('The meeting lasted three days.', 'three days'), ['duration', 'P3D']);
  t.same(read('They signed a two-year contract.', 'two-year'), ['duration', 'P2Y']);
  t.same(read('After a 16-hour flight she landed.', '16-hour'), ['duration', 'PT16H']);
  t.same(read('She spent 5 1/2 hours in the city.', '5 1/2 hours'), ['duration', 'PT5H30M']);
  t.same(read('The trial took two and a half years.', 'two and a half years'), ['duration', 'P2Y6M']);
  t.same(read('The meeting lasted for two and half hours.', 'two and half hours'), ['duration', 'PT2H30M']);
  t.same(read('A minute and a half later the pilot called.', 'A minute and a half'), ['duration', 'PT1M30S']);
  t.same(read('He was held for more than four hours.', 'more than four hours'), ['duration', 'PT4H']);
  t.same(read('The strike lasted several weeks.', 'several weeks'), ['duration', 'PXW']);
  t.same(read('The region has been at war for decades.', 'decades'), ['duration', 'PXY']);
  t.same(read('It was a year-long conflict.', 'year-long'), ['duration', 'P1Y']);
  t.same(read('For the first nine months the firm lost money.', 'the first nine months'), ['duration', 'P9M']);
  t.same(read('Three days later the army withdrew.', 'Three days'), ['duration', 'P3D']);
  // Ranges of counts: one expression valued by the lower bound; "between" makes two.
  t.same(read('Deliveries resume within two to three weeks.', 'two to three weeks'), ['duration', 'P2W']);
  t.same(read('The repair takes 3-4 hours.', '3-4 hours'), ['duration', 'PT3H']);
  t.same(read('It will take five or six years.', 'five or six years'), ['duration', 'P5Y']);
  t.same(find('The review would take between 60 and 90 days.').map((d) => `${d.text}=${d.value}`), ['60=P60D', '90 days=P90D']);
  t.same(find('Recovery takes between two to six days.').map((d) => `${d.text}=${d.value}`), ['two=P2D', 'six days=P6D']);
  t.same(read('He left home four–five hours ago.', 'four–five hours ago'), ['date', '2024-10-22']);
  t.same(read('The firm was bought 7 or 8 years ago.', '7 or 8 years ago'), ['date', '2017']);
  t.same(find('Suicides among 10–19 year olds rose.'), []);
  // Ages are not time expressions of the story.
  t.same(find('A 52-year-old doctor was shot.', REF), []);
});

t.test('sets', async (t) => {
  t.same(read('The index is published every month.', 'every month'), ['set', 'P1M']);
  t.same(read('Protesters gather daily outside the court.', 'daily'), ['set', 'P1D']);
  t.same(read('The magazine appears weekly.', 'weekly'), ['set', 'P1W']);
  t.same(read('The fee is paid annually.', 'annually'), ['set', 'P1Y']);
  t.same(read('The third flight departs each Thursday.', 'each Thursday'), ['set', 'XXXX-WXX-4']);
  t.same(read('Buses leave every two hours.', 'every two hours'), ['set', 'PT2H']);
  t.same(read('The emigrants send $1 billion a year to their families.', 'a year'), ['set', 'P1Y']);
  t.same(read('The market opens on Tuesday nights.', 'Tuesday nights'), ['set', 'XXXX-WXX-2TNI']);
});

t.test('what was expected or hoped for lies ahead of the expecting: the nearer date', async (t) => {
  // Published on a Sunday: "was set to meet on Wednesday" is the coming Wednesday, the storm expected "late
  // Wednesday night" in an article of the Thursday after it the one just gone.
  t.same(read('The Senate was set to meet on Wednesday.', 'Wednesday', '2019-08-04'), ['date', '2019-08-07']);
  t.same(read('Humberto was expected to pass by Bermuda late Wednesday night.', 'Wednesday night', '2019-09-19'), ['time', '2019-09-18TNI']);
  t.same(read('Nkurunziza was due to stand down in August.', 'August', '2020-06-11'), ['date', '2020-08']);
  t.same(read('The festival had been scheduled to run Friday through Sunday.', 'Friday', '2024-07-17'), ['date', '2024-07-19']);
  t.same(read('The municipality said it hoped to have supply restored by Friday.', 'Friday', '2024-08-25'), ['date', '2024-08-30']);
  t.same(read('She said she expected a ruling by Oct. 15.', 'Oct. 15', '2024-10-08'), ['date', '2024-10-15']);
  // "have" after a modal is what the modal governs; a perfect after it looks back.
  t.same(read('Lowry said Harkness would have a scan on Monday.', 'Monday', '2024-11-24'), ['date', '2024-11-25']);
  t.same(read('The vote would have been held on Monday.', 'Monday', '2024-11-24'), ['date', '2024-11-18']);
  // What happened is still behind.
  t.same(read('The festival ran from Friday to Sunday.', 'Friday', '2024-07-17'), ['date', '2024-07-12']);
});

t.test('since the start of the year is this year, since its end the last', async (t) => {
  t.same(read('Shares have fallen 30% since the start of the year.', 'the start of the year', '2025-09-17'), ['date', '2025']);
  t.same(read('Prices have risen since the end of the year.', 'the end of the year', '2025-02-17'), ['date', '2024']);
});

t.test('"today" in a quotation is the day it was said, when the story has just told of it', async (t) => {
  const text = 'Gov. Nora Castellanos toured the damage on Thursday afternoon.\n\n"What I saw today is heartbreaking," Castellanos told reporters. "Tomorrow we start again."\n\nThe board voted on Tuesday night. "We are sorry," Tsai said Friday. "Today is hard."';
  const got = find(text, '2024-08-31').map((d) => `${d.text}=${d.value}`);
  t.same(got, ['Thursday afternoon=2024-08-29TAF', 'today=2024-08-29', 'Tomorrow=2024-08-30', 'Tuesday night=2024-08-27TNI', 'Friday=2024-08-30', 'Today=2024-08-31']);
  // Outside quotations, and in a quotation whose frame names its day, "today" is the reference date.
  t.same(read('The storm hit on Thursday. Today the town is rebuilding.', 'Today', '2024-08-31'), ['date', '2024-08-31']);
  t.same(read('The storm hit on Thursday. "Today we rebuild," the mayor said on Saturday.', 'Today', '2024-08-31'), ['date', '2024-08-31']);
});

t.test('scheduled events, a day in a named year, quarters reported early in the year', async (t) => {
  t.same(read('The trial continues on Monday.', 'Monday', '2024-08-15'), ['date', '2024-08-19']);
  t.same(read('The trial resumes on Monday.', 'Monday', '2024-08-15'), ['date', '2024-08-19']);
  t.same(read('The festival opens on Friday.', 'Friday', '2024-08-15'), ['date', '2024-08-16']);
  t.same(read('The trial continued on Monday.', 'Monday', '2024-08-15'), ['date', '2024-08-12']);
  t.same(read('The fire began on June 3 last year.', 'June 3', '2024-08-15'), ['date', '2023-06-03']);
  const text = 'Halvorsen Foods reported a better-than-expected fourth-quarter profit on Thursday. Net sales in the quarter ended Dec. 28 rose 4%.';
  t.same(find(text, '2025-02-06').map((d) => `${d.text}=${d.value}`), ['fourth-quarter=2024-Q4', 'Thursday=2025-02-06', 'the quarter=2024-Q4', 'Dec. 28=2024-12-28']);
});

t.test('a part of the day without a day of its own is the day the story is about, even paragraphs later', async (t) => {
  const filler = 'The protesters marched through the district and the police followed them closely. '.repeat(14);
  const text = `Police shot a protester yesterday.\n\n${filler}\n\nViolence continued through the evening.`;
  t.same(read(text, 'the evening', '2019-10-02'), ['time', '2019-10-01TEV']);
});

t.test('vague references', async (t) => {
  t.same(read('Hezbollah now controls the south.', 'now'), ['date', 'PRESENT_REF']);
  t.same(read('The firm currently employs 300 people.', 'currently'), ['date', 'PRESENT_REF']);
  t.same(read('The rebels recently seized the town.', 'recently'), ['date', 'PAST_REF']);
  t.same(read('Such attacks were rare in the past.', 'the past'), ['date', 'PAST_REF']);
  t.same(read('Nobody can predict the future.', 'the future'), ['date', 'FUTURE_REF']);
  t.same(read('The talks will resume soon.', 'soon'), ['date', 'FUTURE_REF']);
  t.same(read('He hopes Islam will one day be taught here.', 'one day'), ['date', 'FUTURE_REF']);
  t.same(find('Leave as soon as you can.', REF), []);
});

t.test('things that look like dates but are not', async (t) => {
  t.same(find('Prime Minister Theresa May said the deal was dead.'), []);
  t.same(find('He may march on the capital.'), []);
  t.same(find('It is based on Resolution 1701 of the Security Council.'), []);
  t.same(find('More than 2006 people signed the petition, and 300,000 marched.'), []);
  t.same(find('The company owns 1,995 stores.'), []);
  t.same(find('The flight was Boeing 737 Max.'), []);
  t.same(find('A second attempt failed; a quarter of the staff left.'), []);
  t.same(find('The current account deficit widened.'), []);
  t.same(find('He joined the Daily Telegraph in London.'), []);
  t.same(find("Today's youth know little of the war."), []);
  t.same(find('He starred in The Last Days of Pompeii.'), []);
  t.same(find('Microsoft shipped Windows 2000 late.'), []);
});

t.test('without a publication date: anchored to the text or left underspecified', async (t) => {
  t.same(read('The minister resigned yesterday.', 'yesterday', null), ['date', 'XXXX-XX-XX']);
  t.same(read('The vote is on Tuesday.', 'Tuesday', null), ['date', 'XXXX-WXX-2']);
  t.same(read('The strike began on October 1.', 'October 1', null), ['date', 'XXXX-10-01']);
  t.same(read('Inflation rose last week.', 'last week', null), ['date', 'XXXX-WXX']);
  t.same(read('Sales fell last year.', 'last year', null), ['date', 'XXXX']);
  t.same(read('The war ended in 2006.', '2006', null), ['date', '2006']);
  // A dateline anchors what follows it.
  const text = 'Friday, January 4, 2019\n\nAn apartment block collapsed on Monday; rescuers ended their work yesterday.';
  t.same(read(text, 'Monday', null), ['date', '2018-12-31']);
  t.same(read(text, 'yesterday', null), ['date', '2019-01-03']);
});

t.test('expressions are sorted, do not overlap and match the body', async (t) => {
  const body =
    'On Tuesday, October 22, 2024, the envoy said that last week, after three days of talks, both sides agreed to meet every month ' +
    'until the end of the year. Since the 1990s, and recently in August, such talks have failed within two weeks.';
  const dates = find(body);
  t.ok(dates.length >= 8);
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    t.equal(body.slice(d.start, d.end), d.text);
    if (i > 0) t.ok(d.start >= dates[i - 1]!.end, `${d.text} does not overlap the expression before it`);
  }
});

t.test('the seed article', async (t) => {
  const raw = readFileSync(new URL('../../../shared/seed/jpost-netanyahu-blinken.txt', import.meta.url), 'utf8');
  const { doc } = prepare('text', raw, { published: '2024-10-22' });
  const got = doc.dates.map((d) => `${d.text}=${d.value}`);
  for (const want of [
    'Tuesday=2024-10-22',
    'October 7, 2023=2023-10-07',
    'October 1=2024-10-01',
    'August=2024-08',
    'year-long=P1Y',
    '2006=2006',
    'this week=2024-W43',
    'last year=2023',
    'October 8, 2023=2023-10-08',
    'Oct. 1=2024-10-01',
  ]) {
    t.ok(got.includes(want), want);
  }
  for (const d of doc.dates) t.equal(doc.body.slice(d.start, d.end), d.text);
  t.notOk(got.some((g) => g.startsWith('1701')), 'a resolution number is not a year');
});

t.test('an imperative looks ahead', async (t) => {
  t.same(read('“Ask me on Wednesday,” he said.', 'Wednesday'), ['date', '2024-10-23']);
  t.same(read('Ask me in April.', 'April'), ['date', '2025-04']);
  t.same(read('Asked about it on Monday, he smiled.', 'Monday'), ['date', '2024-10-21'], 'a participle is no imperative');
});

t.test('a closing price is a past one whatever the sentence tense', async (t) => {
  t.same(read('Halvorsen will pay $41.50 a share, a premium of 29% to the closing price on Friday.', 'Friday'), ['date', '2024-10-18']);
  t.same(read('Trading will close on Friday.', 'Friday'), ['date', '2024-10-25']);
});

t.test('"I\'ll" is "will"; weather that could come looks ahead', async (t) => {
  t.same(read('“I’ll be ready Tuesday,” he said.', 'Tuesday', '2025-06-02'), ['date', '2025-06-03']);
  t.same(read('Another 3 to 5 inches could fall Tuesday night, forecasters said.', 'Tuesday night', '2025-06-02'), ['time', '2025-06-03TNI']);
});

t.test('a forecast looks ahead of the forecast', async (t) => {
  t.same(read('More rain is forecast for the weekend.', 'the weekend', '2025-06-04'), ['date', '2025-W23-WE']);
  t.same(read('Heavy snow was predicted for Tuesday night.', 'Tuesday night', '2025-06-04'), ['time', '2025-06-03TNI'], 'told in the past, the nearer reading');
});

t.test('what lasts into a day, a span not told in the past, a participle after "with" and a deadline before an event look ahead', async (t) => {
  // Sunday, July 19, 2026.
  t.same(read('Officials say the winds could persist into Tuesday.', 'Tuesday', '2026-07-19'), ['date', '2026-07-21']);
  t.same(read('The talks dragged into Tuesday.', 'Tuesday', '2026-07-19'), ['date', '2026-07-14'], 'told in the past');
  t.same(read('Police are pursuing an inquiry into Tuesday’s crash.', 'Tuesday', '2026-07-19'), ['date', '2026-07-14'], 'an event named, not a span');
  t.same(read('Officials said 140 firefighters were assigned, with more crews arriving from Alberta on Monday.', 'Monday', '2026-07-19'), ['date', '2026-07-20']);
  t.same(read('A report on Monday with a view to strengthening the rules was sent to ministers.', 'Monday', '2026-07-19'), ['date', '2026-07-13'], 'a gerund after a preposition');
  // Tuesday, December 8, 2026.
  const warning = 'The weather service has issued a snow warning from 7 p.m. Wednesday through 7 a.m. Saturday.';
  t.same(read(warning, '7 p.m. Wednesday', '2026-12-08'), ['time', '2026-12-09T19:00']);
  t.same(read('The studio’s grand reopening runs from 10 a.m. to 4 p.m. Saturday.', '4 p.m. Saturday', '2026-05-22'), ['time', '2026-05-23T16:00']);
  t.same(read('The studio’s grand reopening runs from 10 a.m. to 4 p.m. Saturday.', '10 a.m.', '2026-05-22'), ['time', '2026-05-23T10:00']);
  t.same(read('Polls were open from 7 a.m. to 8 p.m. Monday.', '8 p.m. Monday', '2026-12-08'), ['time', '2026-12-07T20:00'], 'told in the past');
  // Sunday, October 18, 2026.
  t.same(read('The coach said he would address it before Monday’s game against Vancouver.', 'Monday', '2026-10-18'), ['date', '2026-10-19']);
  t.same(read('He said he would appeal Monday’s ruling.', 'Monday', '2026-10-18'), ['date', '2026-10-12']);
  t.same(read('It said two flights would leave on Monday, with the third departing each Thursday from August 6.', 'August 6', '2026-02-13'), ['date', '2026-08-06'], 'after a clause that looks ahead, ahead');
});

t.test('a bare infinitive after a past verb of perception or causation takes its tense', async (t) => {
  // Tuesday, November 24, 2026.
  t.same(read('The company saw its shares rise 9.8 per cent on Monday.', 'Monday', '2026-11-24'), ['date', '2026-11-23']);
  t.same(read('Fans watched the team play on Sunday.', 'Sunday', '2026-11-24'), ['date', '2026-11-22']);
  t.same(read('The leaders meet Monday.', 'Monday', '2026-11-24'), ['date', '2026-11-30'], 'a present event verb still looks ahead');
});

t.test('midnight of a day borrowed, the small hours after a night and the night after an afternoon', async (t) => {
  // Wednesday, September 9, 2026: a past midnight is the one that opened the day, not the coming one.
  t.same(read('“They phoned me at midnight. Since then, nothing,” she said.', 'midnight', '2026-09-09'), ['time', '2026-09-08T24:00']);
  // Thursday, November 19, 2026.
  t.same(read('Talks were deadlocked on Thursday. A draft released shortly after midnight left the figure blank.', 'midnight', '2026-11-19'), ['time', '2026-11-19T00:00']);
  t.same(read('Results came in early Wednesday. She told supporters shortly before midnight that she had won.', 'midnight', '2026-11-04'), ['time', '2026-11-03T24:00']);
  t.same(read('On Saturday, fans gathered downtown. The party ended at midnight.', 'midnight', '2026-11-04'), ['time', '2026-10-31T24:00'], 'a day gone: the midnight that closed it');
  t.same(read('Early Saturday morning, somewhat after midnight, police responded to a call.', 'midnight', '2019-07-23'), ['time', '2019-07-20T00:00']);
  t.same(read('The talks will run until midnight.', 'midnight', '2026-11-19'), ['time', '2026-11-19T24:00']);
  t.same(read('They went to see the midnight sun.', 'midnight', '2026-06-30'), null, 'no time of a day');
  // Sunday, July 19, 2026.
  t.same(read('The fire doubled in size overnight. The district expanded the order at 4:30 a.m.', '4:30 a.m.', '2026-07-19'), ['time', '2026-07-19T04:30']);
  const fire = 'The fire grew to 3,200 hectares Sunday morning, up from 1,500 hectares Saturday afternoon. “We saw extreme fire behaviour overnight. That is not typical at 2 a.m.”';
  t.same(read(fire, 'overnight', '2026-07-19'), ['time', '2026-07-18TNI']);
  t.same(read(fire, '2 a.m.', '2026-07-19'), ['time', '2026-07-19T02:00']);
});

t.test('a time followed by "that year" takes the year named before, and "that year" is not read from it', async (t) => {
  const text = 'In 2022, people died in their cars. The blizzard that struck over Christmas weekend that year killed 47 people.';
  t.same(read(text, 'Christmas', '2026-12-08'), ['date', '2022-12-25']);
  t.same(read(text, 'that year', '2026-12-08'), ['date', '2022']);
  t.same(read('The plant opened in 2019. On March 3 that year, it closed.', 'March 3', '2026-12-08'), ['date', '2019-03-03']);
  t.same(read('The plant opened in 2019. In March that year, it closed.', 'March', '2026-12-08'), ['date', '2019-03']);
  t.same(read('It opened in 2019. In 2020, it grew. Later that year, it closed.', 'Later that year', '2026-12-08'), ['date', '2020']);
});

t.test('a weekday in a name or one more of a kind is no date; "today" of a state in a relative clause is the present', async (t) => {
  t.same(read('Amelia Frost, the restaurant critic of the Sunday Review, said the stars were overdue.', 'Sunday', '2026-07-14'), null);
  t.same(read('“You don’t get a second Sunday lunch by refusing to cook the first one.”', 'Sunday', '2026-07-14'), null);
  t.same(read('He spoke at a Saturday rally in Texas.', 'Saturday', '2026-07-14'), ['date', '2026-07-11'], 'one day of a kind');
  t.same(read('The Monday meeting was cancelled.', 'Monday', '2026-07-14'), ['date', '2026-07-13']);
  const fibre = 'The deal was signed on Wednesday. “It will bring fibre to towns that today have no reliable broadband,” the chairman said.';
  t.same(read(fibre, 'today', '2026-06-18'), ['date', 'PRESENT_REF']);
  t.same(read('The court that today ruled on the case was split.', 'today', '2026-06-18'), ['date', '2026-06-18']);
});

t.test('Thanksgiving in a story filed from Canada is the second Monday of October', async (t) => {
  t.same(read('CALGARY — The Flames won 4-3. “Actually, we already had Thanksgiving,” he said.', 'Thanksgiving', '2026-10-18'), ['date', '2026-10-12']);
  t.same(read('HALIFAX, N.S. (CP) — Thanksgiving 2025 was quiet.', 'Thanksgiving 2025', '2026-10-18'), ['date', '2025-10-13']);
  t.same(read('The Flames won in Calgary. “We already had Thanksgiving,” he said.', 'Thanksgiving', '2026-12-01'), ['date', '2026-11-26'], 'no Canadian dateline: the US one');
});

t.test('"the year" of a period is one named in the paragraph or the one before, else the reference year', async (t) => {
  const far = 'Revenue rose from €300 million in 2024.\n\nThe founders spoke.\n\nThe board met.\n\nInvestment fell 18 per cent in the first half of the year.';
  t.same(read(far, 'the first half of the year', '2026-07-21'), ['date', '2026-H1']);
  const near = 'Revenue rose from €300 million in 2024.\n\nInvestment fell 18 per cent in the first half of the year.';
  t.same(read(near, 'the first half of the year', '2026-07-21'), ['date', '2024-H1']);
});

t.test('a quarter ahead of a moment in the past takes the nearer reading', async (t) => {
  // Tuesday, November 24, 2026: the coming first quarter is nearer than the one gone.
  const file = 'She said the company would file for approval “before the end of the first quarter” and hoped to launch the drug by the end of 2027.';
  t.same(read(file, 'the first quarter', '2026-11-24'), ['date', '2027-Q1']);
  t.same(read('The company had hoped to file in the first quarter.', 'the first quarter', '2026-11-24'), ['date', '2027-Q1']);
  t.same(read('The company filed in the first quarter.', 'the first quarter', '2026-11-24'), ['date', '2026-Q1'], 'told in the past');
});

t.test('a modal looks ahead inside a clause reported in the past, unless negated "could" or a modal perfect', async (t) => {
  // Tuesday, November 3, 2026.
  t.same(read('A club official said Ortega would fly to Denver on Wednesday and could make his first start for the team on Friday.', 'Friday', '2026-11-03'), ['date', '2026-11-06']);
  t.same(read('Forecasters warned that strong winds may batter the coast from Friday.', 'Friday', '2026-11-03'), ['date', '2026-11-06']);
  t.same(read('Officials said the bridge could not be reopened on Friday.', 'Friday', '2026-11-03'), ['date', '2026-10-30'], 'the past of "can"');
  t.same(read('The minister said the talks could have ended on Friday.', 'Friday', '2026-11-03'), ['date', '2026-10-30'], 'a past possibility');
});

t.test('what someone was urged, asked or told to do lies ahead of the asking', async (t) => {
  // Wednesday, November 25, 2026; Tuesday, November 10, 2026.
  t.same(read('The fire chief urged campers to “pack up early, not on Saturday morning”.', 'Saturday morning', '2026-11-25'), ['time', '2026-11-28TMO']);
  t.same(read('The shire asked households to put their bins out before Friday.', 'Friday', '2026-11-25'), ['date', '2026-11-27']);
  t.same(read('The chain asked the judge to allow clearance sales as soon as this weekend.', 'this weekend', '2026-11-10'), ['date', '2026-W46-WE']);
  t.same(read('The shire told households on Friday that bins would be collected.', 'Friday', '2026-11-25'), ['date', '2026-11-20'], 'no infinitive');
});

t.test('the present simple of a scheduled event looks ahead, past a parenthetical aside; a company reports results on a set day', async (t) => {
  // Tuesday, November 3, 2026.
  t.same(read('The Hawks (5-2) face the Chicago Bulls on Thursday.', 'Thursday', '2026-11-03'), ['date', '2026-11-05']);
  t.same(read('Brightwell Systems reports quarterly results on Thursday.', 'Thursday', '2026-11-03'), ['date', '2026-11-05']);
  t.same(read('The agency reports that the ship sank on Thursday.', 'Thursday', '2026-11-03'), ['date', '2026-10-29'], 'a report, no schedule');
});

t.test('the noun phrase after a participle is its object, not the subject of a present verb', async (t) => {
  // Monday, November 9, 2026.
  t.same(read('Priya Nair of Apex Racing won a wet round of the national series at the harbour circuit on Sunday night, moving six points clear at the top.', 'Sunday night', '2026-11-09'), ['time', '2026-11-08TNI']);
});

t.test('a participle clause after "since" tells of the past', async (t) => {
  // Tuesday, November 24, 2026.
  t.same(read('Morales, who has been without a club since leaving Ashford in February, is expected to return.', 'February', '2026-11-24'), ['date', '2026-02']);
});

t.test('a deadline given lies ahead, unless given before a past told in the past perfect', async (t) => {
  // Tuesday, September 1, 2026.
  t.same(read('The tribunal gave the union until Friday to reply.', 'Friday', '2026-09-01'), ['date', '2026-09-04']);
  t.same(read('The tribunal had given the union until Friday to reply, but the deadline passed.', 'Friday', '2026-09-01'), ['date', '2026-08-28']);
});

t.test('"forecast" is also a past form, whose object lies ahead of the forecast', async (t) => {
  // Tuesday, September 1, 2026.
  t.same(read('The weather bureau forecast heavy showers over the ranges through Saturday and warned of flash flooding.', 'Saturday', '2026-09-01'), ['date', '2026-09-05']);
});

t.test('"a second" before a noun is an ordinal, no duration', async (t) => {
  t.same(read('Queues formed outside the clinics for a second week.', 'a second'), null);
  t.same(read('She ran for a second term in 2016.', 'a second'), null);
  t.same(read('He paused for a second before answering.', 'a second'), ['duration', 'PT1S']);
});

t.test('"not … overnight" is "not at once"; a night told of with a month and no day is no night in particular', async (t) => {
  // Monday, November 9, 2026.
  t.same(read('“The club isn’t going to rebuild this squad overnight,” he said on Sunday.', 'overnight', '2026-11-09'), null);
  t.same(read('The warden told the committee last month that wards were being watched by one nurse overnight.', 'overnight', '2026-11-09'), ['time', 'XXXX-XX-XXTNI']);
  t.same(read('The wards were evacuated on Sunday. Police did not release the names overnight.', 'overnight', '2026-11-09'), ['time', '2026-11-07TNI'], 'a night of the story');
});

t.test('"the new year", "the night before" and "the year starting …"', async (t) => {
  t.same(read('The council said the bypass would open in the new year.', 'the new year', '2026-11-20'), ['date', '2027']);
  t.same(read('Talks will resume in the new year.', 'the new year', '2026-01-12'), ['date', '2026'], 'the year just begun');
  t.same(read('Thousands gathered to ring in the new year.', 'the new year', '2026-11-20'), null, 'the holiday');
  t.same(read('The ship docked on Monday. Its crew had been warned the night before.', 'the night before', '2026-11-20'), ['time', '2026-11-15TNI']);
  t.same(read('The levy would raise 40 billion in the fiscal year starting next July.', 'the fiscal year', '2026-11-20'), ['duration', 'P1Y']);
});

t.test('a weekday or a holiday inside a name, or after a place it names a club with, is no date', async (t) => {
  const dates = (body: string): string[] => annotate({ body, published: '2026-11-24' }).dates.map((d) => d.text);
  t.same(dates('The fans protested on Saturday. Former Leeds Tuesday coach Alan Pike joined them.'), ['Saturday']);
  t.same(dates('Funds were raised at the Grand Orchestra of Christmas Charity in Warsaw.'), []);
  t.same(dates('Ministers met in Leeds Tuesday to discuss the plan.'), ['Tuesday'], 'a place, then the day');
  t.same(dates('Police in Leeds Tuesday arrested two men.'), ['Tuesday']);
});

t.test('a photo caption tells in the present what was taken before: its day lies behind, and so does a midnight after it', async (t) => {
  // Tuesday, March 2, 2027.
  const body = 'Floodwaters rise around homes in Dunmore on Sunday evening. (Supplied: Regional Fire Service)\n\n"We watched it from the porch until midnight," he said.';
  t.same(read(body, 'Sunday evening', '2027-03-02'), ['time', '2027-02-28TEV']);
  t.same(read(body, 'midnight', '2027-03-02'), ['time', '2027-02-28T24:00']);
  t.same(read('Supporters gather outside the courthouse on Monday. (AP Photo/Lena Ortiz)', 'Monday', '2027-03-02'), ['date', '2027-03-01']);
  t.same(read('The Hawks host the Bulls on Monday.', 'Monday', '2027-03-02'), ['date', '2027-03-08'], 'no caption: a fixture ahead');
});

t.test('warnings, unknown ends and reported plans told in the past look ahead of the telling', async (t) => {
  // Friday, April 9, 2027.
  t.same(read('Ferries stayed in port on Thursday as forecasters warned of gales along the coast by Sunday morning.', 'Sunday morning', '2027-04-09'), ['time', '2027-04-11TMO']);
  t.same(read('The weather office issued a frost warning for the valleys from 9 p.m. Saturday to 8 a.m. Sunday.', '9 p.m. Saturday', '2027-04-09'), ['time', '2027-04-10T21:00']);
  t.same(read('The weather office issued a frost warning for the valleys from 9 p.m. Saturday to 8 a.m. Sunday.', '8 a.m. Sunday', '2027-04-09'), ['time', '2027-04-11T08:00']);
  t.same(read('Crews cleared the road from 9 p.m. Saturday to 8 a.m. Sunday.', '9 p.m. Saturday', '2027-04-09'), ['time', '2027-04-03T21:00'], 'a span told in the past, no warning');
  t.same(read('The board voted on Tuesday to close the reservoir to boats until at least the end of June.', 'the end of June', '2027-04-09'), ['date', '2027-06']);
  t.same(read('The ministry said it would release revised estimates on Monday.', 'Monday', '2027-04-06'), ['date', '2027-04-12']);
});

t.test('a weekday before the head word of a place name is a word of the name, and anchors nothing', async (t) => {
  // Monday, May 10, 2027.
  const body = 'The barge ran aground on the night of March 3 last year, an hour after leaving Anacortes for Friday Harbor with a load of gravel. A deckhand raised the alarm at 11:15 p.m. that night.';
  t.same(find(body, '2027-05-10').map((d) => d.text).includes('Friday'), false);
  t.same(read(body, '11:15 p.m.', '2027-05-10'), ['time', '2026-03-03T23:15']);
  t.same(read(body, 'that night', '2027-05-10'), ['time', '2026-03-03TNI']);
  t.same(read('Divers searched the bay near Thursday Island on Sunday.', 'Sunday', '2027-05-10'), ['date', '2027-05-09']);
  t.same(read('Divers searched the bay near Thursday Island on Sunday.', 'Thursday'), null);
});

t.test('a clock time without a day borrows neither the day of a clause after it nor the start of a state lasting until now', async (t) => {
  // Tuesday, January 12, 2027.
  const body =
    'Residents of Kelby were told this morning to leave their homes.\n\nAn evacuation order was issued shortly after 4am for Kelby and Morrow, where floodwaters have covered 3,000 hectares since the levee failed on Saturday night.\n\nThe river crept over the main road about 2am, police said.';
  t.same(read(body, '4am', '2027-01-12'), ['time', '2027-01-12T04:00']);
  t.same(read(body, '2am', '2027-01-12'), ['time', '2027-01-12T02:00']);
  t.same(read(body, 'Saturday night', '2027-01-12'), ['time', '2027-01-09TNI']);
  t.same(read('At 11pm the levee failed near Morrow on Saturday night.', '11pm', '2027-01-12'), ['time', '2027-01-09T23:00'], 'a day in its own clause');
});

t.test('a wire dateline names its date after the place and a comma', async (t) => {
  t.same(read('GREAT FALLS, Montana, May 14 (Reuters) - A grain elevator collapsed on Thursday.', 'May 14', '2027-05-14'), ['date', '2027-05-14']);
  t.same(read('Theresa May 14 times refused to answer.', 'May 14', '2027-05-14'), null, 'a name and a number');
});

t.test('a number after "the number of" or "a total of" is a count, no year', async (t) => {
  t.same(read('“We dispute the number of 1600,” the union said.', '1600'), null);
  t.same(read('The death toll rose to a total of 1850 by evening.', '1850'), null);
  t.same(read('The mill was built in 1850 by the river.', '1850'), ['date', '1850']);
});

t.test('the first or last three or six months of a named year are its quarter or half', async (t) => {
  t.same(read('The audit covers the last three months of 2023 and found gaps.', 'the last three months of 2023'), ['date', '2023-Q4']);
  t.same(read('Sales fell in the first six months of last year.', 'the first six months of last year'), ['date', '2023-H1']);
  t.same(read('Sales fell in the first nine months of 2023.', 'the first nine months'), ['duration', 'P9M'], 'no single period');
});

t.test('a month in the past perfect lies before the day of a past year the story tells of', async (t) => {
  // Thursday, September 16, 2027.
  const body =
    'A former harbour pilot told the inquiry on Tuesday that the tug’s radar had been failing since July.\n\nThe tug capsized on the night of Nov. 2 last year off Point Carrow.\n\nAn engineer said the winch had been replaced in May. The inquiry resumes in October.';
  t.same(read(body, 'July', '2027-09-16'), ['date', '2026-07']);
  t.same(read(body, 'May', '2027-09-16'), ['date', '2026-05']);
  t.same(read(body, 'October', '2027-09-16'), ['date', '2027-10'], 'no past perfect');
  t.same(read('The council said on Monday the pool had been closed since July.', 'July', '2027-09-16'), ['date', '2027-07'], 'no day of an earlier year');
});

t.test('the members of a list of months or days share their anchor', async (t) => {
  const ends = (text: string, published: string): string[] => find(text, published).map((d) => `${d.text}=${d.value}`);
  // Wednesday, June 3, 2026: told in the past, July alone is this year's (a month ahead), August alone last year's.
  t.same(ends('The agency said orders for July and August were already lower than a year ago.', '2026-06-03'), ['July=2026-07', 'August=2026-08', 'a year ago=2025']);
  t.same(ends('Ticket sales for September, October or November had slowed.', '2026-08-12'), ['September=2026-09', 'October=2026-10', 'November=2026-11']);
  // The next year when a month comes more than half a year earlier in the calendar.
  t.same(ends('Exports slumped in December and January.', '2026-01-20'), ['December=2025-12', 'January=2026-01']);
  // A year written on the last member goes to those before it.
  t.same(ends('Exports slumped in May and June 2024.', '2026-01-20'), ['May=2024-05', 'June 2024=2024-06']);
  // Saturday, January 31, 2026: the Saturday after that Friday, not the same day.
  t.same(ends('The two clubs will meet on Friday and Saturday.', '2026-01-31'), ['Friday=2026-02-06', 'Saturday=2026-02-07']);
  // A day just before the one named first keeps its reading; so does one later in the same week.
  t.same(ends('The letters were sent on Friday and Thursday.', '2026-01-30'), ['Friday=2026-01-30', 'Thursday=2026-01-29']);
  t.same(ends('The letters were sent on Monday and Friday.', '2026-01-31'), ['Monday=2026-01-26', 'Friday=2026-01-30']);
  t.same(ends('The ferry will sail on Oct. 30 and Nov. 2.', '2026-10-01'), ['Oct. 30=2026-10-30', 'Nov. 2=2026-11-02']);
  // A member named from the reference date keeps its reading.
  t.same(ends('Talks were held on Monday and last Thursday.', '2026-01-28'), ['Monday=2026-01-26', 'last Thursday=2026-01-22']);
});

t.test("the direction of a weekday or month follows the tense of the date's own clause", async (t) => {
  // Tuesday, January 27, 2026. A warning in the present perfect is one of now; a clause with "when" after the date
  // that looks ahead puts the day ahead.
  t.same(read('The utility has warned of blackouts on Thursday.', 'Thursday', '2026-01-31'), ['date', '2026-02-05']);
  t.same(read('The utility has warned of rolling blackouts across the northern and western suburbs on Thursday, when demand is forecast to peak.', 'Thursday', '2026-01-27'), ['date', '2026-01-29']);
  t.same(read('Rangers shut the reserve on Thursday, when temperatures are forecast to reach 45 degrees.', 'Thursday', '2026-01-31'), ['date', '2026-02-05']);
  t.same(read('Rangers shut the reserve on Thursday, when temperatures reached 45 degrees.', 'Thursday', '2026-01-31'), ['date', '2026-01-29']);
  // A passive expectation reported after "said that" is the speaker's present: ahead of the report, when the report
  // names no day of its own; else the nearer reading.
  t.same(read('The forecaster said the front had stalled, adding that relief was not expected until late Sunday.', 'Sunday', '2026-01-27'), ['date', '2026-02-01']);
  t.same(read('The harbour master said the tanker was expected on Sunday.', 'Sunday', '2026-01-27'), ['date', '2026-01-25']);
  t.same(read('The harbour master said that the tanker was expected on Sunday.', 'Sunday', '2026-01-27'), ['date', '2026-02-01']);
  t.same(read('The harbour master said on Monday that the tanker was expected on Sunday.', 'Sunday', '2026-01-27'), ['date', '2026-01-25']);
  // A clause of time in the present that opens the sentence speaks of the future, unless the main clause is past.
  t.same(read('"When the audit comes out in September, we expect the council to explain exactly how those contracts were awarded.', 'September', '2026-04-29'), ['date', '2026-09']);
  t.same(read('When the audit is published in September, we hope to learn how those contracts were awarded.', 'September', '2026-04-29'), ['date', '2026-09']);
  t.same(read('When the storm hit in September, thousands fled.', 'September', '2026-04-29'), ['date', '2025-09']);
  // What someone was worried about lies ahead of the worrying: the nearer reading.
  t.same(read('The apprentice said he was nervous about his final assessment in May.', 'May', '2026-02-18'), ['date', '2026-05']);
});
