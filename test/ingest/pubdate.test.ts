import t from 'tap';
import { chooseDate, completeYear, findDates, parseDateLine, parseWireDateline, weekdayMentions } from '../../src/ingest/pubdate.ts';

t.test('explicit dates in several spellings', async (t) => {
  const dates = (s: string) => findDates(s).map((d) => d.date);
  t.same(dates('arrives in Tel Aviv, Israel, October 22, 2024.'), ['2024-10-22']);
  t.same(dates('on Tuesday, 22 October 2024 and 1st of March, 2023'), ['2024-10-22', '2023-03-01']);
  t.same(dates('Oct. 1, 2023 / 2024-10-22T10:00:00Z'), ['2023-10-01', '2024-10-22']);
  t.same(dates('22.10.2024, 14:35 Uhr; 10/22/2024; 22/10/2024'), ['2024-10-22', '2024-10-22', '2024-10-22']);
  t.same(dates('am 3. März 2021'), ['2021-03-03']);
  t.same(dates('February 30, 2024 is not a date; version 1.2.2024b'), []);
});

t.test('date and time stamp lines', async (t) => {
  t.same(parseDateLine('Friday, January 4, 2019'), { date: '2019-01-04', kind: 'plain' });
  t.same(parseDateLine('Published: 22 October 2024'), { date: '2024-10-22', kind: 'published' });
  t.same(parseDateLine('Updated 3:45 PM EST, Tue March 5, 2024'), { date: '2024-03-05', kind: 'updated' });
  t.same(parseDateLine('Last modified on Thu 7 Mar 2024 16.05 GMT'), { date: '2024-03-07', kind: 'updated' });
  t.same(parseDateLine('Oct. 22, 2024 10:12 a.m. ET'), { date: '2024-10-22', kind: 'plain' });
  t.same(parseDateLine('Published 10:00 GMT 22 October 2024 | Updated 12:30 GMT 23 October 2024'), { date: '2024-10-22', kind: 'published' });
  // A clock time and a regional zone without standard or daylight ("MT", "ET") before the date; the update after a bar.
  t.same(parseDateLine('Published 7:40 a.m. MT March 3, 2025 | Updated 1:05 p.m. MT March 4, 2025'), { date: '2025-03-03', kind: 'published' });
  t.same(parseDateLine('Posted 11:20 p.m. AKST Jan. 8, 2025'), { date: '2025-01-08', kind: 'published' });
  t.same(parseDateLine('Updated 2 hours ago'), { date: null, kind: 'updated' });
  // A time zone written as an offset, and an update note after the stamp.
  t.same(parseDateLine('June 4, 2025 9:30 AM GMT+2 Updated 5 mins ago'), { date: '2025-06-04', kind: 'plain' });
  t.same(parseDateLine('4 June 2025 18:05 UTC+05:30'), { date: '2025-06-04', kind: 'plain' });
  t.same(parseDateLine('June 4, 2025 Last updated June 5, 2025'), { date: '2025-06-04', kind: 'plain' });
  // A reading time beside the stamp is part of the stamp line.
  t.same(parseDateLine('Published March 9, 2025 | 7 min read'), { date: '2025-03-09', kind: 'published' });
  t.same(parseDateLine('Updated 8:15 AM PST, Mar. 9, 2025 · 3 min read'), { date: '2025-03-09', kind: 'updated' });
  t.same(parseDateLine('Mar 9, 2025 | 12-minute read'), { date: '2025-03-09', kind: 'plain' });
  t.equal(parseDateLine('7 min read'), null);
  // So is a section label before a labelled stamp, not a byline.
  t.same(parseDateLine('Health | Published November 17, 2026 4:12 PM EST'), { date: '2026-11-17', kind: 'published' });
  t.same(parseDateLine('World News | Updated Nov. 3, 2025'), { date: '2025-11-03', kind: 'updated' });
  t.equal(parseDateLine('By Jane Doe | Published May 2, 2025'), null);
  t.equal(parseDateLine('Mar 9, 2025 | Politics'), null);
  t.equal(parseDateLine('June 4, 2025 the council updated its rules'), null);
  t.equal(parseDateLine('The meeting on October 22, 2024 was long.'), null);
  t.equal(parseDateLine('Netanyahu met Blinken'), null);
});

t.test('wire datelines', async (t) => {
  t.match(parseWireDateline('WASHINGTON, Oct 22 (Reuters) - The United States said'), { place: 'WASHINGTON', date: null, month: 10, day: 22 });
  t.match(parseWireDateline('JERUSALEM, October 22, 2024 — Israel said'), { date: '2024-10-22' });
  t.match(parseWireDateline('BOULDER CREEK, Colo. (AP) — A fire'), { month: null });
  t.match(parseWireDateline('OSLO/HELSINKI, Feb 9 (Reuters) - Two grid operators'), { place: 'OSLO/HELSINKI', month: 2, day: 9 });
  t.equal(parseWireDateline('Reuters/Ipsos polling - which ended on Friday - showed'), null);
  t.equal(parseWireDateline('The United States - which helped defend Israel - said'), null);
  t.equal(parseWireDateline('Iran and Hezbollah’s assassination attempt cannot be disregarded'), null);
});

t.test('weekday mentions check guessed dates', async (t) => {
  const wd = weekdayMentions('the two men met in Jerusalem on Tuesday.');
  t.same(wd, [2]);
  t.same(chooseDate([{ date: '2024-10-21', source: 'text', rank: 5, needsWeekdayCheck: true }], wd), null, 'a Monday does not fit "on Tuesday"');
  t.same(
    chooseDate(
      [
        { date: '2024-10-22', source: 'caption', rank: 5, needsWeekdayCheck: true },
        { date: '2023-10-07', source: 'text', rank: 6, needsWeekdayCheck: true },
      ],
      wd,
    ),
    { date: '2024-10-22', source: 'caption' },
  );
  t.same(chooseDate([{ date: '2024-01-01', source: 'published-line', rank: 1 }], wd), { date: '2024-01-01', source: 'published-line' }, 'stated dates need no check');
  t.equal(completeYear(3, 6, 'first presented in February 2022; the board voted on Wednesday', weekdayMentions('on Wednesday')), '2024-03-06');
});
