import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import t from 'tap';
import { extractHtml, extractHtmlWith, DEFAULT_HTML_OPTIONS } from '../../src/ingest/html.ts';
import { elementRole } from '../../src/ingest/html/content.ts';
import { headlineText } from '../../src/ingest/html/metadata.ts';
import { decodeHtmlBytes } from '../../src/ingest/html/decode.ts';
import { find, parseHtml, type Element } from '../../src/ingest/html/dom.ts';
import { prepare } from '../../src/ingest/prepare.ts';
import type { ArticleDraft } from '../../src/ingest/types.ts';
import { countItem, scores } from '../../scripts/extract-score.ts';

const page = (name: string) => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), 'utf8');
const texts = (d: ArticleDraft, kind: 'paragraph' | 'heading') => d.blocks.filter((b) => b.kind === kind).map((b) => d.body.slice(b.start, b.end));

t.test('a news page: article text without navigation, share bar, related links, newsletter, comments, sidebar, footer, cookies', async (t) => {
  const d = extractHtml(page('news-article.html'), { url: 'https://herald.example/news/2024/05/riverside-park' });
  t.equal(d.title, 'Council approves new riverside park');
  t.equal(d.published, '2024-05-14');
  t.equal(d.published_source, 'json-ld');
  t.same(d.authors, ['Priya Raman', 'Tom Okafor']);
  t.equal(d.source, 'The Millbrook Herald');
  t.equal(d.language, 'en');
  t.equal(d.canonical_url, 'https://herald.example/news/2024/05/riverside-park');
  t.equal(d.description, 'The former gasworks site will become a park with wetlands and a cycle path.');
  t.equal(d.image_caption, 'The gasworks site seen from the river');
  t.same(d.credits, ['Ana Lopes/Herald']);
  t.same(texts(d, 'heading'), ['Cleaning up the ground']);
  const paras = texts(d, 'paragraph');
  t.match(paras[0], /^The former gasworks site will become a park/, 'the standfirst opens the body');
  t.match(paras[1], /^Millbrook city council has approved plans/);
  t.equal(paras.at(-1), 'The park is due to open in the spring of 2026.');
  t.equal(paras.length, 7);
  for (const junk of ['Council approves new riverside park', 'Home', 'Sport', 'Share on', 'Related', 'Gasworks clean-up to start', 'morning briefing', 'Topics', 'comments', 'RiverWatcher', 'potholes', 'Most read', 'Herald Trust', 'All rights reserved', 'cookies', 'Photo:', 'seen from the river', 'By Priya', '14 May 2024']) {
    t.notOk(d.body.includes(junk), `no "${junk}" in the body`);
  }
});

t.test('a blog page: WordPress markup, hAtom date, vcard author, list, sidebar widget and comments', async (t) => {
  const d = extractHtml(page('blog-post.html'));
  t.equal(d.title, 'Repairing a 1970s radio, part two', 'the h2 that matches the page title, not the site-name h1');
  t.equal(d.published, '2021-03-03');
  t.same(d.authors, ['Kim Halvorsen']);
  t.same(texts(d, 'heading'), ['What I used']);
  t.ok(d.body.includes('Flux pen and fresh 60/40 solder'), 'list items are kept');
  t.match(texts(d, 'paragraph').at(-1), /Next time: the tuning lamp and a new dial cord\.$/);
  for (const junk of ['Workbench Notes', 'Posted on', 'Share this', 'Twitter', 'part one', 'This entry was posted', 'Great write-up', 'Leave a Reply', 'email address', 'I restore old radios', 'WordPress']) {
    t.notOk(d.body.includes(junk), `no "${junk}" in the body`);
  }
});

t.test('a German page: language, meta date and author, German boilerplate', async (t) => {
  const d = extractHtml(page('german-article.html'));
  t.equal(d.language, 'de');
  t.equal(d.title, 'Stadtbibliothek verlängert Öffnungszeiten');
  t.equal(d.published, '2023-02-07');
  t.equal(d.published_source, 'meta');
  t.same(d.authors, ['Jana Vogt']);
  t.equal(d.source, 'Lokalnachrichten Talstadt');
  t.match(texts(d, 'paragraph')[0], /^Ab März ist die Stadtbibliothek/);
  t.match(texts(d, 'paragraph').at(-1), /sagte sie\.$/);
  for (const junk of ['Startseite', 'Anzeige', 'Lesen Sie auch', 'Lesecafé', 'Artikel teilen', 'Ähnliche Beiträge', 'Musikschule', 'Impressum']) {
    t.notOk(d.body.includes(junk), `no "${junk}" in the body`);
  }
  // The pipeline receives the language, so English-only stages can be skipped.
  const { doc } = prepare('html', page('german-article.html'));
  t.equal(doc.language, 'de');
});

t.test('a wire story: dateline, date from the URL, credit line as author', async (t) => {
  const d = extractHtml(page('wire-story.html'), { url: 'https://wire.example/world/2024/01/09/ports-reopen' });
  t.equal(d.published, '2024-01-09');
  t.equal(d.published_source, 'url');
  t.same(d.authors, ['Sam Visser']);
  t.match(texts(d, 'paragraph')[0], /^ROTTERDAM, Jan 9 \(Wire\) - Ports/);
  t.equal(texts(d, 'paragraph').length, 3);
  for (const junk of ['Reporting by', 'More from World', 'Flights cancelled', 'Markets']) t.notOk(d.body.includes(junk), `no "${junk}" in the body`);
  // Without a URL the dateline has no year, and no date is guessed.
  t.equal(extractHtml(page('wire-story.html')).published, null);
});

t.test('caller hints win over what the page says', async (t) => {
  const d = extractHtml(page('news-article.html'), { title: 'Given title', published: '2024-06-01', authors: ['Someone Else'], language: 'en' });
  t.equal(d.title, 'Given title');
  t.equal(d.published, '2024-06-01');
  t.equal(d.published_source, 'input');
  t.same(d.authors, ['Someone Else']);
});

t.test('ablation switches change the result', async (t) => {
  const html = page('news-article.html');
  const full = extractHtmlWith(html);
  const noSemantics = extractHtmlWith(html, {}, { ...DEFAULT_HTML_OPTIONS, semantics: false });
  t.not(noSemantics.body, full.body, 'element names matter');
  const readabilityOnly = extractHtmlWith(html, {}, { ...DEFAULT_HTML_OPTIONS, rules: false });
  t.ok(readabilityOnly.body.includes('Millbrook city council has approved plans'), 'Readability alone finds the article');
});

t.test('element roles from class and id names', async (t) => {
  const el = (tag: string, cls: string): Element => find(parseHtml(`<${tag} class="${cls}"></${tag}>`), (e) => e.name === tag)!;
  t.equal(elementRole(el('div', 'post-comments')), -1);
  t.equal(elementRole(el('div', 'jp-relatedposts')), -1);
  t.equal(elementRole(el('div', 'author-box-wrap')), -1);
  t.equal(elementRole(el('div', 'sidebar-right')), 0, 'a layout modifier, not a sidebar');
  t.equal(elementRole(el('article', 'post type-post tag-news category-local')), 1);
  t.equal(elementRole(el('div', 'elementor-widget elementor-widget-theme-post-content')), 1);
  t.equal(elementRole(el('article', 'comment-body')), -1);
  t.equal(elementRole(el('nav', '')), -1);
});

t.test('page bytes are decoded by BOM, declared charset or UTF-8 validity', async (t) => {
  t.equal(decodeHtmlBytes(Buffer.from('<p>Grüße</p>', 'utf8')), '<p>Grüße</p>');
  t.equal(decodeHtmlBytes(Buffer.from('<meta charset="iso-8859-1"><p>Gr\xfc\xdfe</p>', 'latin1')), '<meta charset="iso-8859-1"><p>Grüße</p>');
  t.equal(decodeHtmlBytes(Buffer.from('<p>caf\xe9</p>', 'latin1')), '<p>café</p>', 'invalid UTF-8 falls back to windows-1252');
});

t.test('the segment scorer follows trafilatura', async (t) => {
  const item = { with: ['first  segment', 'second'], without: ['menu', 'footer text'] };
  const c = countItem(item, 'the first segment and the\nfooter   text');
  t.same(c, { tp: 1, fp: 1, fn: 1, tn: 1 });
  t.same(countItem(item, null), { tp: 0, fp: 0, fn: 2, tn: 2 });
  const s = scores({ tp: 3, fp: 1, fn: 1, tn: 5 });
  t.equal(s.precision, 0.75);
  t.equal(s.recall, 0.75);
  t.equal(s.f, 0.75);
  t.equal(s.accuracy, 0.8);
});

t.test('the eval script scores a folder in trafilatura format and prints JSON last', async (t) => {
  const root = new URL('../..', import.meta.url).pathname;
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/eval-extract.ts', '--data', 'test/fixtures/html-eval'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const last = JSON.parse(out.trim().split('\n').at(-1)!);
  t.equal(last.pages, 3);
  t.equal(last.all.f, 1);
  t.equal(last.english.tp + last.english.fn, 6, 'the two English pages');
  t.equal(last.metadata.all.date.accuracy, 1);
  t.equal(last.metadata.all.author.accuracy, 1);
  t.equal(last.metadata.all.title.accuracy, 1);
  t.ok(last.pages_per_second > 0);
});

t.test('fragments, tables and pathological markup', async (t) => {
  t.equal(extractHtml('').body, '');
  t.match(extractHtml('just some text without any tags, a sentence long enough to be the article itself.').body, /^just some text/);
  t.equal(extractHtml('<table><tr><td>Name</td><td>Value</td></tr><tr><td>Alpha</td><td>1</td></tr></table>').body.split('\n\n').at(-1), '1', 'numbers in cells are data');
  const deep = '<div>'.repeat(20000) + 'Deep text that is long enough to be a real paragraph in the body of the page.' + '</div>'.repeat(20000);
  t.match(extractHtml(deep).body, /^Deep text/, 'deeply nested markup does not overflow the stack');
});

t.test('the headline without its kicker', async (t) => {
  const h = (html: string) => headlineText(find(parseHtml(html), (e) => e.name === 'h1')!);
  t.equal(h('<h1><span class="article-heading__kicker">Climate</span><span class="visually-hidden">: </span><span class="article-heading__title">Drilling until it gets hot</span></h1>'), 'Drilling until it gets hot');
  t.equal(h('<h1><span class="overline">Budget talks</span> <span>Council agrees on new park</span></h1>'), 'Council agrees on new park');
  t.equal(h('<h1>Council agrees on <em>new</em> park</h1>'), 'Council agrees on new park');
});

t.test('bylines: credentials after a comma and a trailing weekday are not authors', async (t) => {
  const html = (author: string) =>
    `<html><head><title>Harbour reopens after repairs</title><meta name="author" content="${author}"></head><body><article><h1>Harbour reopens after repairs</h1>` +
    '<p>The harbour of Porto Vela reopened on Monday after two years of repairs, the port authority said in a statement.</p>' +
    '<p>Ships will be able to dock at all twelve berths from next week, harbour master Ana Ribeiro told reporters.</p></article></body></html>';
  t.same(extractHtml(html('Grant Tinsley, PhD')).authors, ['Grant Tinsley']);
  t.same(extractHtml(html('Ana Ribeiro, M.D., and Tom Okafor')).authors, ['Ana Ribeiro', 'Tom Okafor']);
  t.same(extractHtml(html('Alex Bozarjian Thursday, May 2, 2024')).authors, ['Alex Bozarjian']);
});

t.test('a UTC timestamp a day after the date in the URL gives way to the URL', async (t) => {
  const html = (time: string) =>
    `<html><head><title>Harbour reopens after repairs</title><meta property="article:published_time" content="${time}"></head><body><article><h1>Harbour reopens after repairs</h1>` +
    '<p>The harbour of Porto Vela reopened on Monday after two years of repairs, the port authority said in a statement.</p>' +
    '<p>Ships will be able to dock at all twelve berths from next week, harbour master Ana Ribeiro told reporters.</p></article></body></html>';
  const url = 'https://news.example/2023/11/08/harbour-reopens';
  t.equal(extractHtml(html('2023-11-09T05:30:59Z'), { url }).published, '2023-11-08', 'an evening story in UTC');
  t.equal(extractHtml(html('2023-11-08T23:30:59-06:00'), { url }).published, '2023-11-08');
  t.equal(extractHtml(html('2023-11-12T10:00:00Z'), { url }).published, '2023-11-12', 'a later date is another story: the metadata stays');
});

t.test('a byline role in the page is not an author', async (t) => {
  const html = '<html><head><title>Bus drivers vote to strike</title></head><body><article><h1>Bus drivers vote to strike</h1><p class="byline">By <a href="/a/owen">Owen March</a> | <span class="role">Transportation Reporter</span></p><p>Members of the drivers union voted 91% in favour of a strike on Tuesday, the union said, after talks with the transit authority broke down over pay and scheduling.</p><p>The strike would begin on Monday unless a deal is reached, union leaders told members at a meeting in the city centre on Tuesday evening.</p></article></body></html>';
  t.same(extractHtml(html, {}).authors, ['Owen March']);
});

t.test('a dek written as a second headline is the subtitle, not the first paragraph', async (t) => {
  const body = [
    'The county water board voted 5-2 on Tuesday to cap groundwater pumping for the next ten years, ending a dispute that has divided farmers and towns for more than a decade.',
    'Farmers had warned that the cap would force them to leave thousands of acres unplanted, while towns said their wells were running dry every summer.',
    'The board said the cap would be reviewed every two years and could be eased after wet winters, a compromise that neither side had asked for.',
  ];
  const html = (dek: string) =>
    `<html><body><article><header><h1>Water board caps groundwater pumping for a decade</h1>${dek}</header>` +
    `<div class="story-body">${body.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;
  const d = extractHtml(html('<p class="article-dek">Farmers say limits will idle thousands of acres across the valley</p>'));
  t.equal(d.description, 'Farmers say limits will idle thousands of acres across the valley');
  t.match(texts(d, 'paragraph')[0], /^The county water board voted/);
  // A standfirst written as a sentence opens the body.
  const s = extractHtml(html('<p class="standfirst">Farmers say the limits will idle thousands of acres across the valley.</p>'));
  t.match(texts(s, 'paragraph')[0], /^Farmers say the limits/);
});

t.test('a summary box above the story ("Key points:" and a list) is not body, unless it is all there is', async (t) => {
  const story = [
    'The council voted on Tuesday night to close the Elm Street library branch at the end of the year, saying the building needed repairs it could not afford.',
    '"We have run out of options for that building," council leader Maya Trent said after the vote, which passed seven to four.',
    'Library users said they would take the decision to the regional ombudsman and hold a protest outside the branch on Saturday morning.',
    'The branch opened in 1962 and lends about 40,000 books a year, according to the council, most of them to children and older readers.',
  ];
  const items = ['The Elm Street branch will close in December', 'The council says it cannot pay for repairs', 'Users plan a protest on Saturday'];
  const html = (box: string, paras: string[]) =>
    `<html><body><article><h1>Council votes to close Elm Street library</h1><p class="byline">By Jo Hart</p>${box}` +
    `${paras.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const list = `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
  for (const header of ['<h2>Key points:</h2>', '<p><strong>Key takeaways</strong></p>', '<h3>Quick read</h3>']) {
    const d = extractHtml(html(`<div class="box">${header}${list}</div>`, story));
    t.notMatch(d.body, /Key points|Key takeaways|Quick read|will close in December|cannot pay|plan a protest/, header);
    t.match(d.body, /^The council voted on Tuesday night/, header);
  }
  // The same box as short paragraphs.
  const paras = extractHtml(html(`<h2>In short</h2>${items.map((i) => `<p>${i}</p>`).join('')}`, story));
  t.match(paras.body, /^The council voted on Tuesday night/);
  // A box with no story under it is the text.
  t.match(extractHtml(html(`<h2>Key points:</h2>${list}`, [])).body, /will close in December/);
  // A list under the same header further down the story is the story's.
  const later = extractHtml(html('', [...story.slice(0, 2), 'Key points:', ...story.slice(2)]).replace('<p>Key points:</p>', `<h2>Key points:</h2>${list}`));
  t.match(later.body, /will close in December/);
});
