import { readFileSync } from 'node:fs';
import t from 'tap';
import { prepare } from '../../src/ingest/prepare.ts';
import { typographicQuotes } from '../../src/ingest/draft.ts';
import { analyzeText, cleanText } from '../../src/ingest/text.ts';
import type { ArticleDraft } from '../../src/ingest/types.ts';
import { readWikinews } from '../../scripts/lib/wikinews.ts';
import { checkWikinewsCleaning } from '../../scripts/lib/wikinews-cleaning.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/text/${name}`, import.meta.url), 'utf8');
const SEED = new URL('../../../shared/seed/jpost-netanyahu-blinken.txt', import.meta.url);

const paragraphs = (d: ArticleDraft) => d.blocks.filter((b) => b.kind === 'paragraph').map((b) => d.body.slice(b.start, b.end));
const headings = (d: ArticleDraft) => d.blocks.filter((b) => b.kind === 'heading').map((b) => d.body.slice(b.start, b.end));

/** The body is its blocks, in order, joined by blank lines. */
function blocksJoin(d: ArticleDraft): boolean {
  let pos = 0;
  for (const b of d.blocks) {
    const text = d.body.slice(b.start, b.end);
    if (b.start < pos || text !== text.trim() || !text) return false;
    pos = b.end;
  }
  return d.blocks.map((b) => d.body.slice(b.start, b.end)).join('\n\n') === d.body;
}

t.test('the seed article becomes a clean article', async (t) => {
  const d = cleanText(readFileSync(SEED, 'utf8'));
  t.equal(d.title, 'Netanyahu to Blinken: Assassination attempt against me can’t be ignored');
  t.equal(d.published, '2024-10-22');
  t.equal(d.published_source, 'caption');
  t.same(headings(d), ['Reaffirming the US’s commitment to Israel', 'Pushing for ceasefire']);
  const paras = paragraphs(d);
  t.match(paras[0], /^Iran and Hezbollah’s assassination attempt cannot be disregarded/);
  t.match(paras.at(-1), /^He also emphasized to Blinken that/);
  t.equal(d.captions.length, 1);
  t.match(d.captions[0], /^U\.S\. Secretary of State Antony Blinken disembarks an aircraft .* October 22, 2024\.$/);
  t.same(d.credits, ['REUTERS/Nathan Howard/Pool']);
  t.equal(d.language, 'en');
  for (const junk of [
    'Jesus\' Coming Back',
    'disembarks an aircraft',
    'credit:',
    'Stay updated with the latest news!',
    'Subscribe to The Jerusalem Post Newsletter',
    'Reuters contributed to this report.',
    'JPost',
    'Leave A Reply',
    'cookies',
  ]) {
    t.notOk(d.body.includes(junk), `no "${junk}" in the body`);
  }
  t.notOk(paras.includes('0'), 'no lone comment counter');
  t.equal(d.body.split('\n\n').length, 27, 'every paragraph and heading of the article is kept');
  t.ok(blocksJoin(d), 'the body is its blocks joined by blank lines');
});

t.test('the seed survives other ways of copying it: single newlines, CRLF, hard wrapping', async (t) => {
  const seed = readFileSync(SEED, 'utf8');
  const wrap = (text: string, width: number) =>
    text
      .split('\n')
      .map((line) => {
        const out: string[] = [];
        let cur = '';
        for (const w of line.split(' ')) {
          if ((cur + ' ' + w).trim().length > width) {
            out.push(cur.trim());
            cur = w;
          } else cur += ' ' + w;
        }
        out.push(cur.trim());
        return out.join('\n');
      })
      .join('\n');
  const reference = cleanText(seed);
  for (const [name, text] of Object.entries({
    'single newlines': seed.replace(/\n\s*\n/g, '\n'),
    CRLF: seed.replace(/\n/g, '\r\n'),
    'wrapped at 72 columns': wrap(seed, 72),
  })) {
    const d = cleanText(text);
    t.equal(d.title, reference.title, `${name}: title`);
    t.equal(d.published, '2024-10-22', `${name}: date`);
    t.equal(d.body, reference.body, `${name}: same body`);
    t.same(d.captions, reference.captions, `${name}: captions`);
  }
});

t.test('a published date given by the caller wins', async (t) => {
  const d = cleanText(readFileSync(SEED, 'utf8'), { published: '2024-10-23' });
  t.equal(d.published, '2024-10-23');
  t.equal(d.published_source, 'input');
});

t.test('the text format of the CLI path uses the cleaner', async (t) => {
  const { draft, doc } = prepare('text', readFileSync(SEED, 'utf8'));
  t.equal(doc.title, draft.title);
  t.equal(doc.published, '2024-10-22');
  t.equal(doc.blocks.filter((b) => b.kind === 'heading').length, 2);
});

interface Expect {
  title: string | null;
  published: string | null;
  source?: string | null;
  authors?: string[];
  headings?: string[];
  captions?: string[];
  credits?: string[];
  language?: string;
  first: RegExp;
  last: RegExp;
  paragraphs?: number;
  absent: string[];
  description?: RegExp;
}

const cases: Record<string, Expect> = {
  'wire-dateline.txt': {
    title: 'Harbor authority approves dredging plan after months of delay',
    published: '2024-03-06',
    source: 'dateline',
    authors: ['Maria Okonkwo', 'Peter Lindqvist'],
    headings: [],
    first: /^ROTTERDAM, March 6 \(Reuters\) - The Port/,
    last: /^Shipping lines have warned/,
    paragraphs: 6,
    absent: ['Skip to main content', 'Markets', '3 minute read', 'Updated 2 hours ago', 'Facebook', 'Advertisement', 'Reporting by', 'Our Standards', 'Read Next', 'Shipping rates climb', 'Dockworkers vote'],
  },
  'cnn-style.txt': {
    title: 'City council votes to turn downtown parking garage into housing',
    published: '2024-03-05',
    source: 'updated-line',
    authors: ['Dana Whitfield'],
    headings: ['What happens next'],
    first: /^A parking garage in the heart of Millbrook/,
    last: /^The company has converted two similar buildings/,
    paragraphs: 6,
    absent: ['Live TV', 'Link Copied', 'Tweet', 'Advertisement', 'Related article', 'Mayor unveils plan', 'Ad Feedback', 'contributed to this report', 'Most Read', 'Storm knocks out power'],
  },
  'bbc-style.txt': {
    title: 'Rare bird returns to coastal marsh after 40 years',
    published: '2024-03-05',
    source: 'published-line',
    headings: ['Restoring the reed beds'],
    captions: ['The bittern was spotted by volunteers during a routine count', 'Volunteers planted more than 20,000 reeds'],
    credits: ['Coastal Wildlife Trust', 'Owen Price'],
    first: /^A rare wading bird has been recorded/,
    last: /^Experts say the bird remains vulnerable/,
    paragraphs: 7,
    absent: ['Published', 'Share', 'Save', 'Image source', 'Image caption', 'Follow BBC', 'Related topics', 'Conservation', 'More on this story', 'wins award'],
  },
  'guardian-style.txt': {
    title: 'Tractors block roads in capital as farmers demand cuts to fuel tax',
    published: '2024-03-07',
    source: 'dateline',
    authors: ['Lena Brandt'],
    headings: [],
    captions: ['Protesters sound their horns outside the agriculture ministry on Thursday.'],
    credits: ['Rui Matos/AFP/Getty Images'],
    description: /^Hundreds of vehicles converged/,
    first: /^Farmers drove hundreds of tractors/,
    last: /^Many farmers say they are selling at a loss/,
    paragraphs: 5,
    absent: ['Farmers protest', 'Lena Brandt', 'GMT', 'Photograph', 'Explore more', 'Reuse this content', 'Most viewed', 'Europe\n'],
  },
  'wordpress-blog.txt': {
    title: 'Library to extend opening hours on weekends',
    published: '2023-01-12',
    source: 'published-line',
    authors: ['Helen Marsh'],
    first: /^The county library will stay open until 8 p\.m\. on Saturdays and Sundays from next month, the library board announced at its meeting this week\. The change/,
    last: /^Residents can find the full timetable/,
    paragraphs: 7,
    absent: ['Riverside Chronicle', 'Home »', 'Posted on', 'Tags:', 'Share this', 'Like Loading', 'Comments', 'Ann Fielding', 'wonderful news', 'Leave a Reply', 'email address', 'Save my name'],
  },
  'ap-style.txt': {
    title: 'Wildfire forces evacuation of mountain towns',
    published: null,
    authors: ['James Abernathy', 'Carla Reyes'],
    first: /^BOULDER CREEK, Colo\. \(AP\) — A fast-moving wildfire/,
    last: /^The cause of the fire was under investigation\.$/,
    paragraphs: 6,
    absent: ['Associated Press writer', '___', 'Copyright', 'All rights reserved', 'may not be published'],
  },
  'dated-first-line.txt': {
    title: null,
    published: '2020-11-18',
    source: 'dateline',
    first: /^Volunteers in the coastal town of Port Amble/,
    last: /^Council engineers inspected the new bridge/,
    paragraphs: 4,
    absent: ['Wednesday, November 18, 2020'],
  },
  'german-style.txt': {
    title: 'Neue Radwege sollen bis zum Sommer fertig sein',
    published: '2024-10-22',
    source: 'dateline',
    authors: ['Katrin Hofmann'],
    credits: ['Stadtverwaltung'],
    language: 'de',
    first: /^Die Stadt will bis zum Sommer drei neue Radwege/,
    last: /^Kritik kam von den Anwohnern der Lindenstraße/,
    paragraphs: 4,
    absent: ['Startseite', 'Von Katrin', '14:35', 'Anzeige', 'Foto:', 'Lesen Sie auch', 'Parkgebühren', 'Kommentare', 'Mehr zum Thema'],
  },
  'hard-wrapped.txt': {
    title: 'School board approves four-day week trial for rural district',
    published: '2023-06-14',
    source: 'published-line',
    authors: ['Thomas Ekwueme'],
    headings: ['Why the board wants a change'],
    first: /^The Greenfield school board voted on Tuesday to trial a four-day school week in its three rural primary schools from September, becoming the first district in the region to test the schedule\.$/,
    last: /^Some parents have raised concerns about childcare on Fridays\. The board said it would review the trial after one year and publish the results\.$/,
    paragraphs: 4,
    absent: ['VALLEY COURIER', 'Published', 'Read more', 'Bus routes', 'Copyright'],
  },
};

for (const [file, e] of Object.entries(cases)) {
  t.test(`fixture ${file}`, async (t) => {
    const d = cleanText(fixture(file));
    t.equal(d.title, e.title, 'title');
    t.equal(d.published, e.published, 'publication date');
    if (e.source !== undefined) t.equal(d.published_source, e.source, 'date source');
    if (e.authors) t.same(d.authors, e.authors, 'authors');
    if (e.headings) t.same(headings(d), e.headings, 'headings');
    if (e.captions) t.same(d.captions, e.captions, 'captions');
    if (e.credits) t.same(d.credits, e.credits, 'credits');
    if (e.description) t.match(d.description, e.description, 'description');
    t.equal(d.language, e.language ?? 'en', 'language');
    const paras = paragraphs(d);
    t.match(paras[0], e.first, 'first paragraph');
    t.match(paras.at(-1), e.last, 'last paragraph');
    if (e.paragraphs) t.equal(paras.length, e.paragraphs, 'paragraph count');
    for (const junk of e.absent) t.notOk(d.body.includes(junk), `no "${junk.trim()}" in the body`);
    t.ok(blocksJoin(d), 'the body is its blocks joined by blank lines');
  });
}

t.test('analyzeText explains every line', async (t) => {
  const { lines } = analyzeText(fixture('cnn-style.txt'));
  const role = (s: string) => lines.find((l) => l.text === s);
  t.match(role('Advertisement'), { role: 'removed', why: 'advertisement' });
  t.match(role('By Dana Whitfield, CNN'), { role: 'byline' });
  t.match(role('Updated 3:45 PM EST, Tue March 5, 2024'), { role: 'date', why: 'updated' });
  t.match(role('Mayor unveils plan to speed up building permits'), { role: 'removed', why: 'related link' });
});

t.test('an announced list keeps its items even without bullets', async (t) => {
  const text = [
    'Volunteers rebuilt the footbridge over twelve weekends, using timber donated by the local sawmill and tools lent by residents.',
    'The group says anyone planning a similar project will need:',
    'a permit from the county',
    'an engineer to check the design',
    'insurance for the volunteers',
    'The county council inspected the bridge on Monday and declared it safe for walkers and cyclists.',
  ].join('\n\n');
  const d = cleanText(text);
  t.ok(d.body.includes('an engineer to check the design'), 'list items kept');
  t.equal(d.blocks.length, 6);
});

t.test('a lone short first line is the title', async (t) => {
  const d = cleanText('A headline\n\nFirst paragraph of the story.\n\nSecond paragraph.');
  t.equal(d.title, 'A headline');
  t.equal(d.body, 'First paragraph of the story.\n\nSecond paragraph.');
});

t.test('a closing sentence of names is body, the page furniture after it is not', async (t) => {
  const text = [
    'Albion 2-1 Rovers: late Haddad header wins it',
    'Yusuf Haddad scored in the 89th minute as Albion came from behind to beat Rovers on Saturday, their fourth win in a row at the Foundry.',
    'Rovers had led through a first-half penalty, and their manager said afterwards that the decision to award the winner should have gone the other way.',
    'Albion, who finished 14th last season, have lost only once in the league since August, a run that has surprised even their own supporters.',
    'Rovers host Fenwick City next Saturday.',
    'Share this article',
    'Follow us on Facebook',
  ].join('\n\n');
  const d = cleanText(text);
  t.equal(paragraphs(d).at(-1), 'Rovers host Fenwick City next Saturday.');
});

t.test('text without prose is kept as it is', async (t) => {
  t.equal(cleanText('One line only').body, 'One line only');
  t.equal(cleanText('').body, '');
});

t.test('text that is all prose is kept whole', async (t) => {
  const text = 'The committee met on Monday to discuss the budget for next year.\n\nMembers agreed to raise spending on schools by four percent, the chair said.';
  const d = cleanText(text);
  t.equal(d.body, text);
  t.equal(d.title, null);
});


t.test('Wikinews articles keep their bodies and their dateline dates', async (t) => {
  const c = checkWikinewsCleaning(readWikinews());
  t.equal(c.articles, 295);
  t.ok(c.datelines > 150, `${c.datelines} articles open with a dateline`);
  t.equal(c.datelines_read, c.datelines, 'every dateline is read');
  t.ok(c.prose_kept / c.prose_lines >= 0.99, `prose lines kept: ${c.prose_kept}/${c.prose_lines}`);
});

t.test('wire-service typewriter quotation marks become curly ones, so the quotations are found', async (t) => {
  t.equal(typographicQuotes("Albright said, ``We are friends,'' and left. It's Rock''n''roll."), 'Albright said, “We are friends,” and left. It\'s Rock\'\'n\'\'roll.');
  const { doc } = prepare('text', "NAIROBI, Kenya (AP) _ Secretary of State Madeleine Albright visited the embassy on Tuesday.\n\n``We are friends,'' Tanzanian Foreign Minister Jakaya Kikwete said.", { published: '1998-08-18' });
  const q = doc.quotes.find((x) => x.text.startsWith('We are friends'));
  t.equal(q?.kind, 'direct');
  t.equal(q?.text, 'We are friends');
});

t.test('the pitch inside a newsletter sign-up box is not body, though it runs long without a full stop', async (t) => {
  const text = [
    'Harbour ferry fares to rise by a fifth from April',
    'The regional transport authority said on Tuesday that fares on all harbour ferry routes would rise by 20 per cent from April, the first increase in six years.',
    'The authority blamed higher fuel and maintenance costs and said the extra money would pay for two new vessels due to enter service next year.',
    'Sign up to The Commute',
    'Free weekly newsletter',
    'Start every week with the transport stories that matter to you and the people who keep the city moving',
    'Privacy notice: Our newsletters may include offers from partners and advertisers we work with.',
    'Commuter groups criticised the rise, saying it would push more people back into their cars at a time when the roads were already congested.',
    'The authority will hold a public hearing on the fares in March before the board votes on them.',
  ].join('\n');
  const d = cleanText(text);
  t.notMatch(d.body, /Start every week/);
  t.match(d.body, /Commuter groups criticised the rise/);
  t.equal(paragraphs(d).length, 4);
});

t.test('a wire dateline without a year takes the year from the page when the text has none', async (t) => {
  const text = [
    'Ministers agree to share grid reserves over winter',
    'By Ana Ruiz',
    'File: Power lines near the border, June 4, 2025. REUTERS/Ana Ruiz',
    'LISBON, June 4 (Reuters) - Energy ministers from Spain and Portugal agreed on Wednesday to share emergency power reserves over the winter, after a blackout last spring exposed the weakness of links between their grids.',
    'The two governments will set up a joint control room in Badajoz and hold the first drill in October, the ministers told reporters after the meeting.',
    'Grid operators in both countries welcomed the deal but said new cross-border lines would still be needed to avoid another blackout.',
  ].join('\n');
  const d = cleanText(text);
  t.equal(d.published, '2025-06-04');
  t.equal(d.published_source, 'dateline');
});

t.test('bylines on a line of their own above the text: several names, a name and its town, a name an author\'s note speaks of', async (t) => {
  const body = [
    'The state water board approved a plan on Monday to cap groundwater pumping in the valley for the next ten years, ending a dispute that has lasted more than a decade.',
    'Farmers had warned that the cap would force them to leave thousands of acres unplanted, while towns said their wells were running dry.',
    'The board said the plan would be reviewed every two years and could be eased after wet winters.',
  ];
  const head = (byline: string[]) => ['Water board caps valley groundwater pumping for a decade', 'News', 'Environment', ...byline, ...body];
  t.same(cleanText(head(['Farida Yusuf and Kwame Mensah', 'May 12, 2025']).join('\n')).authors, ['Farida Yusuf', 'Kwame Mensah']);
  t.same(cleanText(head(['Farida Yusuf, Fresno']).join('\n')).authors, ['Farida Yusuf']);
  const withNote = cleanText([...head(['Niamh Gallagher']), 'Niamh Gallagher is an environment reporter with The Valley Times'].join('\n'));
  t.same(withNote.authors, ['Niamh Gallagher']);
  t.notMatch(withNote.body, /Niamh/);
  // A name above the writer's social handle, with no "By".
  const handled = cleanText(head(['Farida Yusuf', '@faridayusuf_VT']).join('\n'));
  t.same(handled.authors, ['Farida Yusuf']);
  t.notMatch(handled.body, /@/);
  t.same(cleanText(head(['Farida Yusuf', 'Follow @fyusuf']).join('\n')).authors, ['Farida Yusuf']);
  // The writer's role on a line between the name and the handle or the date is no name.
  t.same(cleanText(head(['Farida Yusuf', 'Environment Correspondent', '@faridayusuf_VT']).join('\n')).authors, ['Farida Yusuf']);
  t.same(cleanText(head(['Farida Yusuf', 'Environment Correspondent', 'May 12, 2025']).join('\n')).authors, ['Farida Yusuf']);
  t.same(cleanText(head(['Farida Yusuf', 'Environment correspondent', 'Mon 12 May 2025 09.10 BST']).join('\n')).authors, ['Farida Yusuf']);
  // So is the paper's name between the writer's and the date.
  t.same(cleanText(head(['Farida Yusuf', 'Valley Evening Courier', 'May 12, 2025']).join('\n')).authors, ['Farida Yusuf']);
  // A name and the writer's role after a comma, without "By".
  t.same(cleanText(head(['Published 9:10am 12 May 2025', 'Farida Yusuf, Environment Reporter']).join('\n')).authors, ['Farida Yusuf']);
  t.same(cleanText(head(['Farida Yusuf | Staff Writer']).join('\n')).authors, ['Farida Yusuf']);
  t.same(cleanText(head(['Farida Yusuf, Fresno County Supervisor']).join('\n')).authors, []);
  // A list of names with their handles (the members of a committee) is not a byline.
  const members = ['Asha Mehta', '@ashamehta', 'Tom Okafor', '@tomokafor', 'Lina Berg', '@linaberg', 'Rui Santos', '@ruisantos'];
  t.same(cleanText(head(members).join('\n')).authors, []);
  // A name alone, with nothing to say it wrote the article, is not taken for a byline.
  t.same(cleanText(head(['Central Valley']).join('\n')).authors, []);
  t.same(cleanText(head(['Central Valley', 'Share this article']).join('\n')).authors, []);
  // Nor is a menu's line above the date ("News Home").
  t.same(cleanText(head(['News Home', 'May 12, 2025']).join('\n')).authors, []);
  // Nor is a share bar's label above the date ("Social Sharing").
  t.same(cleanText(head(['Social Sharing', 'May 12, 2025']).join('\n')).authors, []);
  // A name, the outlet and the stamp between dots, without "By", is a byline.
  const stamped = cleanText(head(['Social Sharing', 'Farida Yusuf · Valley News · Posted: May 12, 2025 5:00 AM ET | Last Updated: 2 hours ago']).join('\n'));
  t.same(stamped.authors, ['Farida Yusuf']);
  t.equal(stamped.published, '2025-05-12');
  t.equal(stamped.source, 'Valley News', 'the outlet between the name and the stamp is the source');
  t.same(cleanText(head(['Farida Yusuf and Kwame Mensah · Posted: May 12, 2025']).join('\n')).authors, ['Farida Yusuf', 'Kwame Mensah']);
  // A section's name before the stamp is no writer.
  t.same(cleanText(head(['Valley News · Posted: May 12, 2025']).join('\n')).authors, []);
  // Nor is a club's name before a bare date.
  t.same(cleanText(head(['Harbour Rowing Club · May 12, 2025']).join('\n')).authors, []);
});

t.test('a short line right above a credit in its own block is the credit\'s caption', async (t) => {
  const text = [
    'Ferry crews weigh a walkout over rosters',
    '',
    'Ferry crews on the northern route said on Tuesday they would vote next week on a walkout, after talks with the operator over new rosters broke down for the third time this month.',
    '',
    'Deckhands tie up the evening boat at the north pier on Sunday.',
    '(Photo: Marta Quist / Harbour Gazette)',
    '',
    'The operator said the new rosters were needed to keep the winter timetable and that it had offered crews two extra days of leave a year.',
    '',
    'The union said it would announce the result of the vote on Friday.',
  ].join('\n');
  const d = cleanText(text);
  t.notMatch(d.body, /Deckhands tie up/);
  t.same(d.captions, ['Deckhands tie up the evening boat at the north pier on Sunday.']);
  t.match(d.body, /The union said it would announce/);
  // A paragraph set apart by a blank line from the credit under it is text.
  const apart = cleanText(text.replace('Sunday.\n(Photo', 'Sunday.\n\n(Photo'));
  t.match(apart.body, /Deckhands tie up/);
  // A caption of two sentences, on a page whose menus and link lists are many lines of one block: the text's own
  // paragraphs are set apart by blank lines.
  const menus = ['Home', 'News', 'Sport', 'Business', 'Opinion', 'Culture', 'Travel', 'Weather', 'Sign in', 'Search jobs'];
  const twoSentences = cleanText(
    [
      ...menus,
      ...text
        .split('\n')
        .map((l) => (l === '(Photo: Marta Quist / Harbour Gazette)' ? 'Photograph: Marta Quist/Harbour Gazette' : l))
        .map((l) => (l.startsWith('Deckhands') ? 'Deckhands tie up the evening boat at the north pier. The union says crews are short.' : l)),
      ...menus,
    ].join('\n'),
  );
  t.notMatch(twoSentences.body, /Deckhands tie up/);
  t.match(twoSentences.body, /The union said it would announce/);
});

t.test("a media player's block (its label, its length, a line on the clip) is not body", async (t) => {
  const text = [
    'Ferry crews weigh a walkout over rosters',
    '',
    'Ferry crews on the northern route said on Tuesday they would vote next week on a walkout, after talks with the operator over new rosters broke down for the third time this month.',
    '',
    'Video',
    'Duration: 2 minutes 5 seconds',
    'Deckhands describe a double shift on the winter boats.',
    '',
    'The operator said the new rosters were needed to keep the winter timetable and that it had offered crews two extra days of leave a year.',
    '',
    'The union said it would announce the result of the vote on Friday.',
  ].join('\n');
  const d = cleanText(text);
  t.notMatch(d.body, /Duration|Deckhands describe/);
  t.match(d.body, /The operator said/);
  // Without the clip's length, the lines under a label may be the text's.
  const noLength = cleanText(text.replace('Duration: 2 minutes 5 seconds\n', ''));
  t.match(noLength.body, /Deckhands describe/);
});

t.test("a page title's site part after a dash is dropped when it names the site; the site's name is the source", async (t) => {
  const body = [
    'The harbour authority said on Tuesday that it would dredge the eastern channel next spring, after two cargo ships ran aground there in October.',
    'Pilots had warned for years that silt was building up faster than the authority could clear it, a spokesperson for the pilots’ union said.',
    'The work is expected to cost about $14 million and to close the channel to large ships for six weeks.',
  ];
  const page = (head: string[], tail: string[] = []) => cleanText([...head, ...body, ...tail].join('\n'));
  // Named like a news outlet, or as the site names itself in its own lines.
  const outlet = page(['Harbour authority to dredge channel after groundings - Bayside Evening Star']);
  t.equal(outlet.title, 'Harbour authority to dredge channel after groundings');
  t.equal(outlet.source, 'Bayside Evening Star');
  const own = page(['Harbour authority to dredge channel after groundings - Port City Voice'], ['Get Port City Voice alerts on your phone. Download our app']);
  t.equal(own.title, 'Harbour authority to dredge channel after groundings');
  t.equal(own.source, 'Port City Voice');
  // A dash inside a headline stays, and so does a name the page gives no site.
  t.equal(page(['Harbour authority to dredge channel - and pilots are relieved']).title, 'Harbour authority to dredge channel - and pilots are relieved');
  t.equal(page(['Harbour authority to dredge channel after groundings - Eastern Shore', 'Eastern Shore']).title, 'Harbour authority to dredge channel after groundings - Eastern Shore');
  // The headline alone on its own line, the page title with the site's name above it.
  const both = page(['Harbour authority to dredge channel after groundings | The Bayside Ledger', 'Local', 'Harbour authority to dredge channel after groundings'], [
    "Sign up for The Ledger's Evening Edition newsletter.",
    '© 2025 Bayside Ledger Media Group. All rights reserved.',
  ]);
  t.equal(both.title, 'Harbour authority to dredge channel after groundings');
  t.equal(both.source, 'The Bayside Ledger', "the page title's site, not the newsletter's name");
  // A section or a phrase after the bar is not the site; then a newsletter names its owner, a copyright note the paper, not its company.
  const newsletter = page(['Harbour authority to dredge channel after groundings | Business'], ["Sign up for The Ledger's Evening Edition newsletter."]);
  t.equal(newsletter.title, 'Harbour authority to dredge channel after groundings');
  t.equal(newsletter.source, 'The Ledger');
  t.equal(page(['Harbour authority to dredge channel after groundings | May 3, 2025']).source, null);
  t.equal(page(['Harbour authority to dredge channel after groundings'], ['(c) 2025 Bayside Ledger Media Group. All rights reserved.']).source, 'Bayside Ledger');
  t.equal(page(['Harbour authority to dredge channel after groundings'], ['(c) 2025 Harbourview Media. All rights reserved.']).source, 'Harbourview Media');
  // A copyright note with a comma after the year or links after the name; the site's app; its promo for more news.
  const title = ['Harbour authority to dredge channel after groundings'];
  t.equal(page(title, ['Copyright © 2025, Harbourview Media']).source, 'Harbourview Media');
  t.equal(page(title, ['© 2025 The Bayside Courier | Terms of Use | Privacy Policy']).source, 'The Bayside Courier');
  t.equal(page(title, ['Download The Port City Ledger App to get market updates.']).source, 'The Port City Ledger');
  t.equal(page(title, ['Catch all the Business News and Latest News Updates on The Port City Ledger.']).source, 'The Port City Ledger');
  // The paper's name on a line of its own in the page's head; not a section's name.
  const masthead = page([...title, 'Bayside Evening Courier', 'Menu']);
  t.equal(masthead.title, 'Harbour authority to dredge channel after groundings');
  t.equal(masthead.source, 'Bayside Evening Courier');
  t.equal(page([...title, 'Business News', 'Menu']).source, null);
});

t.test("neither the writer's name nor the paper's name in a masthead is the title, though the text names them", async (t) => {
  const text = [
    'Outage drags on for valley as repairs stall',
    'Lakeside Evening Herald',
    'NEWS  SPORTS  WEATHER  OBITUARIES',
    'Omar Reyes',
    'Lakeside Evening Herald',
    'Published 6:05 a.m. CT March 3, 2025',
    '',
    'More than 30,000 homes were without power on Monday after a storm brought down lines across the valley overnight, the utility told the Lakeside Evening Herald.',
    '',
    'Crews were working to restore service to hospitals and care homes first, a spokesperson said.',
    '',
    'Omar Reyes and a photographer followed one crew on its rounds through the night.',
  ].join('\n');
  const d = cleanText(text);
  t.equal(d.title, 'Outage drags on for valley as repairs stall');
  t.same(d.authors, ['Omar Reyes']);
  t.equal(d.published, '2025-03-03');
  // A paper's name not named like an outlet is the site's when the head shows it twice, once after "The".
  const republic = cleanText(text.replace('Lakeside Evening Herald', 'The Lakeside Republic').replace('Lakeside Evening Herald', 'Lakeside Republic'));
  t.same(republic.authors, ['Omar Reyes']);
  t.equal(republic.source, 'The Lakeside Republic');
});

t.test('the links under a related-links header in the text are not body, bulleted or numbered, however they end', async (t) => {
  const text = (header: string, items: string[]) =>
    [
      'Library to open on Sundays from next month',
      '',
      'The city library will open on Sundays from next month after the council found money for four extra staff, the mayor said on Thursday.',
      '',
      'The branch has been closed on Sundays since budget cuts in 2019, and a petition to reopen it gathered more than 5,000 names.',
      '',
      header,
      ...items,
      '',
      'Librarians said Sunday opening would help students who work during the week and families who cannot visit on weekdays.',
      '',
      'The council will review the hours after six months.',
    ].join('\n');
  const bulleted = cleanText(text('Read more:', ['- Council votes to keep pool open after protest', '- Why are so many branches closing?']));
  t.notMatch(bulleted.body, /pool open|branches closing/);
  t.match(bulleted.body, /Librarians said Sunday opening/);
  const numbered = cleanText(
    text('Most Popular', ['1. Ferry fares to rise in spring', '2. Who will replace the city manager?', '3. Is it safe to swim at the lake this weekend?']),
  );
  t.notMatch(numbered.body, /Ferry fares|city manager|swim at the lake/);
  t.match(numbered.body, /Librarians said Sunday opening/);
});

t.test('a byline, a town and a stamp between bars; inline promos before the last paragraph do not end the text', async (t) => {
  const text = [
    'Ferry service suspended as cyclone nears the coast',
    'Home | India | Cities',
    'Written by Meera Pillai | Kochi | Updated: Jun 3, 2026 18:25 IST',
    '',
    'KOCHI: Ferry services to the islands were suspended on Wednesday as a cyclone moved towards the coast, the port authority said.',
    '',
    'Fishermen have been told not to venture into the sea until Saturday, officials said.',
    '',
    'Also Read | How cyclones are named',
    'Also Read: Rain forecast for the weekend',
    '',
    'Relief camps have been opened in three coastal districts.',
  ].join('\n');
  const d = cleanText(text);
  t.same(d.authors, ['Meera Pillai']);
  t.equal(d.published, '2026-06-03');
  t.match(d.body, /Relief camps have been opened/);
  t.notMatch(d.body, /Also Read|cyclones are named/);
});

t.test('the headline above a standfirst is the title: its words count once each against the text, names with digits (G20) among them', async (t) => {
  const text = [
    'G20 talks deadlock over debt relief as deadline nears',
    'Finance',
    'Poorer countries accuse lenders of stalling as draft communique leaves relief figure open',
    'Maya Lindqvist in Durban',
    'Wed 8 Jul 2026 10.15 BST',
    'Finance ministers at the G20 talks in Durban were at odds on Wednesday over debt relief, with poorer countries accusing private lenders of stalling and a draft communique leaving the size of the relief open.',
    'The draft, circulated overnight by the South African presidency, left a blank where the relief figure should be.',
    'Several African ministers said they would not sign a communique that pushed the question of relief to next year.',
  ].join('\n');
  const d = cleanText(text);
  t.equal(d.title, 'G20 talks deadlock over debt relief as deadline nears');
});

t.test("an agency's standards trailer right after the last paragraph is not body", async (t) => {
  const text = [
    'Dockers end strike at northern grain terminal',
    'By Ana Ruiz',
    'OSLO, May 6 (Harbour Wire) - Dockworkers at the northern grain terminal returned to work on Wednesday after a nine-day strike over night-shift pay, the port authority said.',
    'The union said members had accepted a new offer that raises night-shift pay by 12% over two years.',
    'Grain exporters said it would take about a week to clear the backlog of ships waiting to load.',
    'Our Standards: The Harbour Wire Trust Principles.',
  ].join('\n\n');
  const d = cleanText(text);
  t.notMatch(d.body, /Our Standards|Trust Principles/);
  t.match(d.body, /clear the backlog of ships waiting to load\.$/);
});

t.test('a summary box above the story ("Key points:" and a list of sentences) is not body, unless it is all there is', async (t) => {
  const story = [
    'The council voted on Tuesday night to close the Elm Street library branch at the end of the year, saying the building needed repairs it could not afford.',
    '"We have run out of options for that building," council leader Maya Trent said after the vote, which passed seven to four.',
    'Library users said they would take the decision to the regional ombudsman and hold a protest outside the branch on Saturday morning.',
  ];
  const items = [
    'The Elm Street branch will close its doors at the end of December this year.',
    'Repairs to the roof and the wiring would have cost more than the council can spend.',
    'Library users plan a protest outside the branch on Saturday morning.',
  ];
  const page = (box: string[], paras: string[]) => ['Council votes to close Elm Street library', 'By Jo Hart', ...box, ...paras];
  const cases: [string, string][] = [
    ['blank lines', page(['Key points:', ...items], story).join('\n\n')],
    ['bullets', page(['Key takeaways', ...items.map((i) => '- ' + i)], story).join('\n\n')],
    ['one block', ['Council votes to close Elm Street library', '', 'By Jo Hart', '', 'Quick read', ...items, '', ...story.flatMap((p) => [p, ''])].join('\n')],
  ];
  for (const [name, text] of cases) {
    const d = cleanText(text);
    t.notMatch(d.body, /Key points|Key takeaways|Quick read|close its doors|roof and the wiring/, name);
    t.match(d.body, /^The council voted on Tuesday night/, name);
  }
  // A box with no story under it is the text.
  t.match(cleanText(page(['In short:', ...items], []).join('\n\n')).body, /close its doors/);
});

t.test("a wire dateline's year: the caption's year that fits the lead's weekday wins over an older year the text mentions", async (t) => {
  const text = [
    'Farmers block road to northern quarry for a fifth day',
    'By Ana Ruiz',
    'Tractors parked across the quarry road near Valdera, March 15, 2026. REUTERS/Ana Ruiz',
    'VALDERA, March 17 (Reuters) - Farmers kept tractors parked across the only road to the Valdera quarry on Tuesday, a fifth day of protests over dust from the site, the operator said.',
    'The operator said the blockade had stopped all deliveries and that it would ask a court to order the road cleared.',
    'A similar protest at the same quarry lasted nine days in 2019 and ended with a deal to water the road twice a day.',
  ].join('\n');
  const d = cleanText(text);
  t.equal(d.published, '2026-03-17');
  t.equal(d.published_source, 'dateline');
});

t.test("a newsletter box after the text does not end it: a sentence after the box that speaks of the story is the story's", async (t) => {
  const text = (last: string) =>
    [
      'Harbour council delays vote on new ferry fares',
      'By Jo Hart',
      'The harbour council put off a vote on new ferry fares on Monday night after islanders packed the meeting to object to a 40% rise for day tickets.',
      'Councillors said they needed more time to study a petition signed by 2,300 islanders, and asked the ferry operator for its accounts.',
      'The operator says the rise is needed to pay for two new boats that will enter service next spring.',
      'Sign up for The Harbour Post\'s Islands newsletter',
      'Get the latest from the islands in your inbox every Friday.',
      last,
      'Read more:',
      '- Islanders fear the cost of the new boats',
    ].join('\n\n');
  const story = cleanText(text('The council will vote on the ferry fares at its next meeting, on June 4.'));
  t.match(story.body, /The council will vote on the ferry fares at its next meeting, on June 4\.$/);
  t.notMatch(story.body, /Sign up|inbox/);
  // A sentence about something else after the box is the page's.
  const page = cleanText(text('The Harbour Post has served readers on the coast since 1887 and is owned by its staff.'));
  t.notMatch(page.body, /since 1887/);
  t.match(page.body, /two new boats that will enter service next spring\.$/);
});

t.test('a date stamp beside a comment counter, an audio player label and "by:" bylines', async (t) => {
  const text = [
    'Harbour council delays vote on new ferry fares',
    'The Harbour Post',
    'Listen to this article 00:03:41',
    'Written By: Jo Hart',
    '12 May 2026 | 4 comments',
    'The harbour council put off a vote on new ferry fares on Monday night after islanders packed the meeting to object to a 40% rise for day tickets.',
    'Councillors said they needed more time to study a petition signed by 2,300 islanders, and asked the ferry operator for its accounts.',
  ].join('\n\n');
  const d = cleanText(text);
  t.equal(d.title, 'Harbour council delays vote on new ferry fares');
  t.equal(d.published, '2026-05-12');
  t.same(d.authors, ['Jo Hart']);
  t.notMatch(d.body, /Listen|comments/);
  const joined = cleanText(['Harbour council delays vote on new ferry fares', 'Updated: May 12, 2026 / 10:48 PM EDT', 'by: Jo Hart', text.split('\n\n').slice(5).join('\n')].join('\n'));
  t.same(joined.authors, ['Jo Hart'], 'a "by:" byline joined to the stamp line above it');
});
