import t from 'tap';
import { boilerKind, isRelatedHeader, parseByline, splitCaption } from '../../src/ingest/boilerplate.ts';
import { detectLanguage } from '../../src/ingest/language.ts';

t.test('boilerplate lines by kind', async (t) => {
  const kinds: [string, string][] = [
    ['Advertisement', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Share on Facebook', 'share'],
    ['Facebook Twitter LinkedIn Email', 'share'],
    ['Subscribe to our daily newsletter', 'call-to-action'],
    ['Stay informed with breaking news alerts!', 'call-to-action'],
    ['Sign up for our weekly briefing', 'call-to-action'],
    ['We use cookies to personalise content and ads. By continuing you agree to our use of cookies.', 'cookie'],
    ['Leave a comment', 'comments'],
    ['12 Comments', 'counter'],
    ['0', 'counter'],
    ['5 min read', 'counter'],
    ['Duration: 1 minute 12 seconds', 'counter'],
    ['Duration: 3:05', 'counter'],
    ['Jane Doe contributed reporting.', 'contributed'],
    ['Additional reporting by Jane Doe in Paris', 'contributed'],
    ['A version of this article appears in print on March 2, 2025, Section A, Page 7 with the headline: Port Strike Ends.', 'contributed'],
    ['This article appeared in the Sunday print edition of The Valley Post.', 'contributed'],
    ['Appeared in the March 2, 2025, print edition as \'Port Strike Ends After Nine Days\'.', 'contributed'],
    ['© 2024 Example Media Group. All rights reserved.', 'copyright'],
    ['Tags: Elections, Congress', 'tags'],
    ['Home > News > World', 'navigation'],
    ['Sports / Cycling', 'navigation'],
    ['READ MORE: Ten things to know about the vote', 'related'],
    ['You may also like', 'related'],
    ['Jane Doe is a senior reporter covering energy.', 'author-bio'],
    ['Ähnliche Beiträge', 'related'],
    ['Das könnte Sie auch interessieren', 'related'],
    ['Kommentar schreiben', 'related'],
    ['Aufrufe: 1120', 'counter'],
    ['For the latest stories download the Herald apps for iOS and Android.', 'call-to-action'],
    ['If you’re seeing this message but you’re already a subscriber, you can log in for immediate access.', 'call-to-action'],
    ['Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie diese Form des Journalismus.', 'call-to-action'],
    ['WWW.EXAMPLENEWS.COM', 'navigation'],
    ['3 Gedanken zu “Ein langer Sommer”', 'comments'],
    ['Tel.: 030 123 456 Fax: 030 123 457 E-Mail: presse@example.org', 'navigation'],
    ['Sie sind aktuell nicht eingeloggt.', 'call-to-action'],
    ['Die Bilder in diesem Blog stehen unter einer Creative Commons Lizenz.', 'call-to-action'],
    ['Używamy informacji zapisanych za pomocą cookies w celach reklamowych.', 'cookie'],
    ['Our Standards: The Harbour Wire Trust Principles.', 'navigation'],
    ['Our editorial values | Corrections policy', 'navigation'],
    ['Learn more about our editorial guidelines', 'navigation'],
    ['Social Sharing', 'share'],
    ['Please enable JavaScript to view the comments powered by Disqus.', 'call-to-action'],
  ];
  for (const [line, kind] of kinds) t.equal(boilerKind(line), kind, line);
});

t.test("an audio player's label is boilerplate", async (t) => {
  t.equal(boilerKind('Listen to this article 00:04:12'), 'counter');
  t.equal(boilerKind('Listen to this article'), 'counter');
  t.equal(boilerKind('Listen to the story (5 min)'), 'counter');
  t.equal(boilerKind('Listen to the residents of this street'), null);
});

t.test('article sentences are not boilerplate', async (t) => {
  for (const line of [
    'The company said it had 2 million subscribers at the end of the quarter.',
    'Officials said they would share the findings with the public next week.',
    'The court ruled that the newspaper had breached copyright by printing the letters.',
    'Reaffirming the commitment to the alliance',
    'The biologists said the gas is produced by life and can accumulate in an atmosphere.',
    'Comments made by the minister on Monday drew criticism from the opposition.',
    'Residents were urged to download the government contact-tracing app before the holiday.',
    'Streaming subscribers get a discount if they sign a two-year contract, the company said.',
    'Finland hopes to become a member of the alliance before the summit in July.',
    'Customers can cancel at any time without a fee, according to the new rules.',
    'She baked chocolate chip cookies for the whole school on Friday.',
    'A version of the bill that appeared in print last year was withdrawn after protests.',
    'The story appeared in print and online on the same day, the editor said.',
    'Tickets can be booked by phone, fax or e-mail, the organisers said.',
    'Our standards for drinking water are among the strictest in Europe, the minister said.',
    'The club said its values and principles had not changed since 1902.',
    'Die Stadt will bis zum Sommer drei neue Radwege zwischen dem Bahnhof und den Stadtteilen bauen.',
  ]) {
    t.equal(boilerKind(line), null, line);
  }
});

t.test('a link or a promo behind a label is boilerplate, also when its headline is a question', async (t) => {
  for (const line of [
    'Read more: Who pays for the new bridge, and when will it open?',
    'Also read: Port strike enters its third week',
    'READ | Flood warnings issued for three river valleys',
    'WATCH | Crews battle the blaze overnight',
    'Watch: Aerial footage of the landslide above the village (2:05)',
    'Listen: The week in politics (24:10)',
  ]) {
    t.equal(boilerKind(line), 'related', line);
  }
  // A labelled sentence that ends in a full stop is text.
  t.equal(boilerKind('Watch: the council met for six hours and voted on nothing.'), null);
});

t.test('notices in the site\'s voice: disclaimers, gambling notices, "catch all the news" promos, sign-up pitches', async (t) => {
  for (const line of [
    'Disclaimer: The Valley Post welcomes debate, but comments that break our rules will be removed without notice.',
    'Privacy notice: Our newsletters may include offers from partners and advertisers we work with.',
    'Odds supplied by our betting partner. Must be 21+. Please gamble responsibly.',
    'Catch all the latest sports news, scores and live updates on Metro Daily.',
    '(Catch the latest business news and market updates on The Ledger.)',
    'Everything you need to know about the markets, in your inbox before breakfast with our Morning Brief newsletter. Subscribe now.',
    // Public-radio pledge lines.
    'WQRT relies on listeners like you.',
    'Become a sustaining member today.',
  ]) {
    t.equal(boilerKind(line), 'call-to-action', line);
  }
  for (const line of [
    'The bookmaker said customers must be 18 to open an account, and that it checks every one.',
    'Voters can register now for the March election, the county clerk said.',
    'A disclaimer on the bottle warned that the drink contained caffeine.',
    'The museum depends on visitors like you, the director told the crowd.',
  ]) {
    t.equal(boilerKind(line), null, line);
  }
});

t.test('captions and credits', async (t) => {
  t.same(splitCaption('Protesters in Paris on Monday. (credit: REUTERS/Jane Doe)'), { caption: 'Protesters in Paris on Monday.', credit: 'REUTERS/Jane Doe' });
  t.same(splitCaption('Protesters in Paris on Monday. Photograph: Jane Doe/AFP/Getty Images'), { caption: 'Protesters in Paris on Monday.', credit: 'Jane Doe/AFP/Getty Images' });
  t.same(splitCaption('The president speaks in Ohio. (AP Photo/Evan Doe)'), { caption: 'The president speaks in Ohio.', credit: 'AP Photo/Evan Doe' });
  t.same(splitCaption('Image source, Getty Images'), { caption: null, credit: 'Getty Images' });
  t.same(splitCaption('Image caption, Crowds gathered outside'), { caption: 'Crowds gathered outside', credit: null });
  t.same(splitCaption('Photo: Jane Doe'), { caption: null, credit: 'Jane Doe' });
  // A label before a caption and its credit in brackets.
  t.same(splitCaption('Photo: Ferry crews tie up at the north pier on Sunday. (Marta Quist / The Harbour Gazette)'), {
    caption: 'Ferry crews tie up at the north pier on Sunday.',
    credit: 'Marta Quist / The Harbour Gazette',
  });
  t.same(splitCaption('AFP via Getty Images'), { caption: null, credit: 'AFP via Getty Images' });
  t.same(splitCaption('Fishermen haul in their nets at dawn on Sunday. (ANI Photo)'), { caption: 'Fishermen haul in their nets at dawn on Sunday.', credit: 'ANI Photo' });
  t.same(splitCaption('The new bridge seen from the east bank. (Staff photo)'), { caption: 'The new bridge seen from the east bank.', credit: 'Staff photo' });
  // A credit after the last sentence without a label, and the text of a link to license the picture after it.
  t.same(splitCaption('Dock workers leave the port of Santos, Brazil, March 4, 2025. REUTERS/Ana Lima Purchase Licensing Rights'), {
    caption: 'Dock workers leave the port of Santos, Brazil, March 4, 2025.',
    credit: 'REUTERS/Ana Lima',
  });
  t.same(splitCaption('Firefighters work through the night. Jane Doe/AFP via Getty Images'), { caption: 'Firefighters work through the night.', credit: 'Jane Doe/AFP via Getty Images' });
  t.same(splitCaption('Item 2 of 3 Firefighters work through the night. Jane Doe/AFP via Getty Images'), { caption: 'Firefighters work through the night.', credit: 'Jane Doe/AFP via Getty Images' }, "a gallery's counter is no part of the caption");
  t.equal(splitCaption('The survey was carried out by Reuters/Ipsos.'), null);
  // Single words joined by a slash are a breadcrumb, not a credit.
  t.equal(splitCaption('Sports / Cycling'), null);
  t.same(splitCaption('Lena Marsh / The Ledger'), { caption: null, credit: 'Lena Marsh / The Ledger' });
  t.same(splitCaption('DPA/K. Weber'), { caption: null, credit: 'DPA/K. Weber' });
  t.equal(splitCaption('“We have made real progress,” the minister said at the launch. Archive/The Daily Post'), null, 'no agency: it may be the text');
  t.equal(splitCaption('He said so. Reuters/Ipsos polls found most voters disagreed'), null);
  t.equal(splitCaption('The mayor thanked the volunteers (and the Photo Club) for their work.'), null);
  t.equal(splitCaption('Reuters contributed to this report.'), null);
  t.equal(splitCaption('The minister said the talks (held in Geneva) went well.'), null);
  // "Courtesy of" and a name is a credit, alone or after the caption's last sentence.
  t.same(splitCaption('The quartet rehearses in a Lisbon studio in June. Courtesy of Harbour Films'), { caption: 'The quartet rehearses in a Lisbon studio in June.', credit: 'Courtesy of Harbour Films' });
  // "Supplied" names who gave the picture.
  t.same(splitCaption('Floodwater covers the main street on Friday. (Supplied: State Emergency Service)'), {
    caption: 'Floodwater covers the main street on Friday.',
    credit: 'State Emergency Service',
  });
  t.same(splitCaption('Tents line the oval after the storm. (Supplied)'), { caption: 'Tents line the oval after the storm.', credit: 'Supplied' });
  // A photographer's and a paper's names after the caption's sentence, no label.
  t.same(splitCaption('Crews clear fallen trees on Elm Road on Tuesday. Mara Quinn/Lakeside Herald'), {
    caption: 'Crews clear fallen trees on Elm Road on Tuesday.',
    credit: 'Mara Quinn/Lakeside Herald',
  });
  t.same(splitCaption('Hikers cross the dry riverbed near Tempe on Sunday. Dan Ortiz/The Arizona Republic'), {
    caption: 'Hikers cross the dry riverbed near Tempe on Sunday.',
    credit: 'Dan Ortiz/The Arizona Republic',
  });
  t.same(splitCaption('Hikers cross the dry riverbed near Tempe on Sunday. Dan Ortiz/USA TODAY'), {
    caption: 'Hikers cross the dry riverbed near Tempe on Sunday.',
    credit: 'Dan Ortiz/USA TODAY',
  });
  t.equal(splitCaption('The vote was close. Maria Lopez/Green Party members abstained'), null);
  // The outlet and its photographer in brackets.
  t.same(splitCaption('Sandbags line the main street on Friday. (Valley News: Tom Reyes)'), {
    caption: 'Sandbags line the main street on Friday.',
    credit: 'Valley News: Tom Reyes',
  });
  t.equal(splitCaption('The plan was approved (Council minutes: item four) last week.'), null);
  t.equal(splitCaption('The vote was close. Maria Lopez/Green Party'), null);
  t.same(splitCaption('Photo courtesy of the Okonkwo family'), { caption: null, credit: 'Photo courtesy of the Okonkwo family' });
  t.equal(splitCaption('She returned the call as a courtesy.'), null);
  t.equal(splitCaption('Courtesy of the council, the pool reopened early.'), null);
});

t.test('bylines', async (t) => {
  t.same(parseByline('By Jane Doe'), ['Jane Doe']);
  t.same(parseByline('Written By: Jane Doe'), ['Jane Doe']);
  t.same(parseByline('by: Jane Doe'), ['Jane Doe']);
  t.same(parseByline('By JANE DOE and JOHN ROE, Associated Press'), ['Jane Doe', 'John Roe']);
  t.same(parseByline('Von Hans Müller'), ['Hans Müller']);
  // A role after the name is not an author.
  t.same(parseByline('By Priya Raman, Health Correspondent'), ['Priya Raman']);
  t.same(parseByline('By Hemi Walsh, Political Reporter'), ['Hemi Walsh']);
  // An agency after a middle dot, a bullet or a dash is not a name.
  t.same(parseByline('By Amélie Gagnon · Agence France-Presse'), ['Amélie Gagnon']);
  t.same(parseByline('By Tom Baird • The Star'), ['Tom Baird']);
  t.same(parseByline('By Rosa Lind – Staff Writer'), ['Rosa Lind']);
  // A wire name in capitals, the agency after it in ordinary case.
  t.same(parseByline('By MARIA DELGADO Associated Press'), ['Maria Delgado']);
  t.same(parseByline('By KEN OTA AP Business Writer'), ['Ken Ota']);
  t.equal(parseByline('By Tuesday, the troops had withdrawn.'), null);
  t.equal(parseByline('By the end of the year'), null);
  // A station's or paper's name and a bar before the byline.
  t.same(parseByline('WQRT | By Tomas Lindgren'), ['Tomas Lindgren']);
  t.same(parseByline('The Harbour Star · By Aiko Mori'), ['Aiko Mori']);
});

t.test('related-links headers', async (t) => {
  t.ok(isRelatedHeader('Related Articles'));
  t.ok(isRelatedHeader('More from Politics:'));
  t.notOk(isRelatedHeader('Related to the case, the police said'));
});

t.test('language detection', async (t) => {
  t.equal(detectLanguage('The minister said on Tuesday that the government would not change its plans for the budget this year.'), 'en');
  t.equal(detectLanguage('Die Stadt will bis zum Sommer drei neue Radwege zwischen dem Bahnhof und den östlichen Stadtteilen bauen.'), 'de');
  t.equal(detectLanguage('Le gouvernement a annoncé mardi une série de mesures pour soutenir les agriculteurs dans la crise.'), 'fr');
  t.equal(detectLanguage('El gobierno anunció el martes una serie de medidas para apoyar a los agricultores en la crisis.'), 'es');
  t.equal(detectLanguage('Правительство во вторник объявило о ряде мер по поддержке фермеров во время кризиса.'), 'ru');
  t.equal(detectLanguage('政府周二宣布了一系列措施，以支持处于危机中的农民。这些措施包括减税和补贴。'), 'zh');
  t.equal(detectLanguage('ok'), null);
});

t.test('a labelled promotion and a reporter\'s beat with a handle to follow are boilerplate; a sentence of the story is not', async (t) => {
  t.equal(boilerKind('Sponsored content: Predictive maintenance for turboprop fleets — learn more'), 'advertisement');
  t.equal(boilerKind('Eleanor Marsh covers the Supreme Court for The Federal Courier. Follow her on X @emarsh_law.'), 'author-bio');
  // How to reach the writer: a person and an address or a number.
  t.equal(boilerKind('Contact Omar Reyes at oreyes@valleypost.com or 555-0134. Follow him on X @OmarReyesVP.'), 'author-bio');
  t.equal(boilerKind('Reach the reporter at 555-201-3344.'), 'author-bio');
  t.equal(boilerKind('You can email her at tips@harbornews.org'), 'author-bio');
  t.equal(boilerKind('Residents can contact the council at 555-0199 to report a leak.'), null);
  t.equal(boilerKind('Eleanor Marsh covers the Supreme Court for The Federal Courier.'), null);
  t.equal(boilerKind('The sponsored content rules were tightened last year, the regulator said.'), null);
});
