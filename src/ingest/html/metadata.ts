/**
 * Page metadata: title, publication date, authors, site name, description, language, canonical URL and the
 * lead image's caption, from JSON-LD, Open Graph and other meta tags, microdata, <time> elements, the URL and
 * bylines in the page.
 */
import { parsePublished } from '../dates.ts';
import { boilerKind, parseByline, splitNames, withoutRoles, words } from '../boilerplate.ts';
import { findDates, isoDate, parseDateLine } from '../pubdate.ts';
import { collapse, decodeEntities, elements, names, previousSibling, spacedText, textOf, type Document, type Element } from './dom.ts';

export interface PageMeta {
  title: string | null;
  published: string | null;
  /** "json-ld", "meta", "microdata", "time", "url", "text", "modified". */
  publishedSource: string | null;
  authors: string[];
  siteName: string | null;
  description: string | null;
  /** Language declared by the page (<html lang>, meta, JSON-LD). */
  declaredLanguage: string | null;
  canonicalUrl: string | null;
  imageCaption: string | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const ARTICLE_TYPES = /^(?:newsarticle|article|blogposting|reportagenews|analysisnewsarticle|opinionnewsarticle|reviewnewsarticle|backgroundnewsarticle|scholarlyarticle|techarticle|liveblogposting|socialmediaposting|report|posting|review|recipe|howto|medicalwebpage|webpage|itempage|aboutpage|faqpage|qapage|videoobject|event|creativework)$/i;

function ldType(o: { [k: string]: Json }): string {
  const t = o['@type'];
  return (Array.isArray(t) ? t.filter((x) => typeof x === 'string').join(' ') : typeof t === 'string' ? t : '').toLowerCase();
}

/** Rank of a JSON-LD node as the page's article: lower is better; Infinity when it is not one. */
function ldRank(o: { [k: string]: Json }): number {
  const types = ldType(o).split(/\s+/);
  let best = Infinity;
  for (const t of types) {
    if (!ARTICLE_TYPES.test(t)) continue;
    const r = /article|posting|news|report/.test(t) ? 0 : /recipe|review|howto|videoobject/.test(t) ? 1 : 2;
    best = Math.min(best, r);
  }
  return best;
}

function flattenLd(v: Json, out: { [k: string]: Json }[]): void {
  if (Array.isArray(v)) for (const x of v) flattenLd(x, out);
  else if (v && typeof v === 'object') {
    out.push(v);
    if (v['@graph']) flattenLd(v['@graph'], out);
    if (v.mainEntity && typeof v.mainEntity === 'object') flattenLd(v.mainEntity, out);
  }
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return collapse(decodeEntities(v)) || null;
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

function ldNames(v: Json | undefined, personsOnly: boolean): string[] {
  if (!v) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap((x) => ldNames(x, personsOnly));
  if (typeof v === 'object') {
    const t = ldType(v);
    if (personsOnly && /organization|corporation|newsmediaorganization/.test(t)) return [];
    const n = str(v.name);
    return n ? [n] : [];
  }
  return [];
}

/** The day a URL's path names ("/2023/11/08/", "-20231108-"), as YYYY-MM-DD. */
export function urlDate(url: string): string | null {
  const m = /(?:^|[/_-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(url.replace(/^https?:\/\/[^/]+/, ''));
  return m ? isoDate(+m[1]!, +m[2]!, +m[3]!) : null;
}

/** A date value from metadata → YYYY-MM-DD. */
export function metaDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const d = parsePublished(v);
  if (d) return d;
  let m = /^(\d{4})(\d{2})(\d{2})(?:$|T|\d)/.exec(v);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(v);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  const found = findDates(v);
  return found.length ? found[0]!.date : null;
}

const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'article.published', 'datepublished',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'published_time', 'published-date', 'date_published',
  'parsely-pub-date', 'sailthru.date', 'citation_publication_date', 'citation_date', 'citation_online_date',
  'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.date', 'dcterms.date', 'date',
  'article_date_original', 'originalpublicationdate', 'cxenseparse:recs:publishtime', 'og:pubdate', 'pdate',
  'created', 'creation_date', 'release_date', 'displaydate', 'dat',
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dc.date.modified', 'dcterms.modified', 'last-modified', 'lastmod', 'revised'];
const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'citation_author', 'byl', 'og:article:author', 'book:author', 'twitter:creator:name', 'dc.contributor'];
const TITLE_SEP = /\s+[|–—·•»:\-/]\s+|\s+[|»]\s*|\s*[|»]\s+/;

/** Academic and professional letters after a name, which a comma split would make an author of their own ("Grant Tinsley, PhD"). */
const CREDENTIAL = /^(?:ph\.?\s?d|m\.?d|d\.?o|r\.?d|r\.?n|m\.?s|m\.?a|b\.?a|b\.?s|m\.?p\.?h|mba|jd|j\.d|esq|cpa|dds|dvm|lcsw|facp|mrcp|frcp|jr|sr|ii|iii|iv)\.?$/i;
/** A weekday a byline line runs on into ("Alex Bozarjian Thursday, May 2"). */
const TRAILING_DAY = /\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.*$/i;

function cleanAuthor(a: string, siteName: string | null): string[] {
  let s = collapse(a.replace(/<[^>]+>/g, ' '));
  if (!s || /^https?:|^www\.|@|\[at\]|\(at\)|^\/\//i.test(s)) return [];
  s = s
    .replace(/^(?:(?:ein |eine )?(?:beitrag|artikel|text|post|story|article|blog beitrag)\s+(?:von|by)|(?:veröffentlicht|geschrieben|erstellt|verfasst|posted|written|published|publié|écrit|publicado|escrito|scritto|pubblicato)\s+(?:von|by|par|por|da)|by|von|par|por|de|door|di|autor(?:in)?:?|autoren:?|author:?|authors:?|text:?|von:)\s+/i, '')
    .replace(/\s*[|–—]\s*.*$/, '')
    .replace(TRAILING_DAY, '');
  if (!s || (siteName && s.toLowerCase() === siteName.toLowerCase() && words(s).length > 3)) return [];
  if (s.length > 80 || /\d{3,}/.test(s)) return [];
  const parts = s.split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*/).map((x) => x.trim()).filter(Boolean);
  return parts
    .map((p) => p.replace(/[\s\-–—|:,;]+$/, '').trim())
    .filter((p) => !CREDENTIAL.test(p))
    .filter(
      (p) =>
        p &&
        words(p).length <= 5 &&
        !/admin|^(?:redaktion|editor|staff|team|guest|gast|author|autor|by|von)$/i.test(p) &&
        // Comment-form labels and placeholders are not names.
        !/[*]|\((?:erforderlich|required|obligatoire|obligatorio|pflichtfeld)\)|^(?:name|e-?mail|website|webseite|url|kommentar|comment|your name|ihr name|dein name)\b|^(?:no|unknown|anonymous|unbekannt)\s+(?:author|autor)$/i.test(p) &&
        !/\.[a-z]{2,6}(?:\/|$)/i.test(p) &&
        !boilerKind(p),
    );
}

function stripSite(title: string, siteName: string | null): string {
  let t = collapse(title);
  if (siteName) {
    const sn = siteName.toLowerCase();
    const parts = t.split(TITLE_SEP);
    if (parts.length > 1) {
      const kept = parts.filter((p) => p.toLowerCase() !== sn && !sn.includes(p.toLowerCase()) && !p.toLowerCase().includes(sn));
      if (kept.length && kept.length < parts.length) t = kept.join(' - ');
    }
  }
  const parts = t.split(/\s+[|–—·•»/]\s+|\s+-\s+|\s+:{1,2}\s+(?=[^:]*$)/);
  if (parts.length > 1) {
    // "Headline | Site": the long part is the headline when the others are short.
    const sorted = [...parts].sort((a, b) => words(b).length - words(a).length);
    const longest = sorted[0]!;
    if (sorted.slice(1).every((p) => words(p).length <= 4) && words(longest).length >= 3) t = longest;
  }
  return t;
}

const KICKER = /(?:^|[\s_-])(?:kicker|overline|dachzeile|topline|roofline|eyebrow|subheadline|titleheader|flag|rubric|label|category|tag|spitzmarke)(?:$|[\s_-])|(?:^|\s)(?:visually-hidden|sr-only|screen-reader-text|hidden)(?:\s|$)/i;
const HEADLINE_PART = /(?:^|[\s_-])(?:headline|title|heading__title|titletext|title-text)(?:$|[\s_-])/i;

/**
 * The headline in an <h1>, without its kicker: "<span class=kicker>Klimaschutz</span><span>: </span>
 * <span class=title>Bohren, bis es heiß wird</span>" → "Bohren, bis es heiß wird".
 */
export function headlineText(h1: Element): string {
  const parts = [...elements(h1)];
  const main = parts.find((e) => (e.attribs.itemprop === 'headline' || HEADLINE_PART.test(e.attribs.class ?? '')) && words(spacedText(e)).length >= 2);
  if (main) return spacedText(main);
  if (parts.some((e) => KICKER.test(e.attribs.class ?? '') || e.attribs['aria-hidden'] === 'true')) {
    const out: string[] = [];
    const walk = (n: Element) => {
      for (const c of n.children) {
        if (c.type === 'text') out.push(c.data);
        else if (c.type === 'tag' && !KICKER.test(c.attribs.class ?? '') && c.attribs['aria-hidden'] !== 'true') {
          walk(c);
          out.push(' ');
        }
      }
    };
    walk(h1);
    const t = collapse(out.join('')).replace(/^[\s:–—-]+/, '');
    if (words(t).length >= 2) return t;
  }
  return spacedText(h1);
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function similar(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return false;
  if (x === y) return true;
  // "Headline | Site": a heading that is the title's first part is the headline.
  const parts = b.split(TITLE_SEP);
  if (parts.length > 1 && norm(parts[0]!) === x) return true;
  // Containment counts when the shorter covers most of the longer: a site name inside "Headline | Site" does not.
  if (x.includes(y) || y.includes(x)) return Math.min(x.length, y.length) >= 0.6 * Math.max(x.length, y.length);
  const wa = new Set(x.split(' '));
  const wb = y.split(' ');
  const common = wb.filter((w) => wa.has(w)).length;
  return common / Math.max(wa.size, wb.length) >= 0.6;
}

const DATE_NAME = /(?:^|[\s_-])(?:time|zeit|published|publish|pubdate|posted|dateline|byline|timestamp|fecha|data)(?:$|[\s_-])|date|datum|meta/i;
const AUTHOR_NAME = /(?:^|[\s_-])(?:author|authors|autor|autoren|byline|by-line|writer|reporter|verfasser|creator|firma)(?:$|[\s_-])|author|byline/i;

/**
 * Reads the page's metadata. `url` is the page's address when known (a date in it counts);
 * `container` is the element holding the main text (dates and bylines near it are preferred).
 */
export function readMetadata(doc: Document, url?: string | null, container?: Element | null): PageMeta {
  const meta = new Map<string, string>();
  const ld: { [k: string]: Json }[] = [];
  let htmlLang: string | null = null;
  let titleTag: string | null = null;
  let canonical: string | null = null;
  const h1s: Element[] = [];
  const times: Element[] = [];
  const itemDates: string[] = [];
  const itemAuthors: string[] = [];
  const relAuthors: string[] = [];
  const dateEls: Element[] = [];
  const authorEls: Element[] = [];
  let itemHeadline: string | null = null;

  for (const el of elements(doc)) {
    const a = el.attribs;
    switch (el.name) {
      case 'html':
        if (a.lang || a['xml:lang']) htmlLang = (a.lang || a['xml:lang'])!.trim() || null;
        break;
      case 'meta': {
        const key = (a.property || a.name || a.itemprop || a['http-equiv'] || '').toLowerCase().trim();
        const content = a.content ?? a.value;
        if (key && content && !meta.has(key)) meta.set(key, content.trim());
        break;
      }
      case 'link':
        if (!canonical && /(?:^|\s)canonical(?:\s|$)/i.test(a.rel ?? '') && a.href) canonical = a.href.trim();
        if (/(?:^|\s)author(?:\s|$)/i.test(a.rel ?? '') && el.children.length) relAuthors.push(collapse(textOf(el)));
        break;
      case 'title':
        if (titleTag === null && el.parent && (el.parent as Element).name !== 'svg') titleTag = collapse(textOf(el));
        break;
      case 'script':
        if (/ld\+json/i.test(a.type ?? '')) {
          const raw = el.children
            .map((c) => (c.type === 'text' ? (c as unknown as { data: string }).data : ''))
            .join('')
            .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|\]\]>\s*$/g, '')
            .trim();
          try {
            // Raw line breaks inside strings are common and invalid: as whitespace they are harmless.
            flattenLd(JSON.parse(raw.replace(/[\n\r\t\f\v]+/g, ' ')) as Json, ld);
          } catch {
            /* invalid JSON-LD is ignored */
          }
        }
        break;
      case 'h1':
        h1s.push(el);
        break;
      case 'time':
        times.push(el);
        break;
      case 'abbr':
      case 'span':
        // hAtom: <abbr class="published" title="2019-10-16T14:33:00-07:00">
        if (a.title && /\b(?:published|dtstart|updated|date)\b/.test(a.class ?? '') && /^\d{4}-\d{2}-\d{2}/.test(a.title)) {
          if (/published|dtstart/.test(a.class ?? '')) itemDates.push(a.title);
        }
        break;
      case 'a':
        if (/(?:^|\s)author(?:\s|$)/i.test(a.rel ?? '')) relAuthors.push(collapse(textOf(el)));
        break;
    }
    const ip = a.itemprop;
    if (ip) {
      if (/\bdatePublished\b|\bdateCreated\b/.test(ip)) {
        const v = a.content ?? a.datetime ?? collapse(textOf(el));
        if (v) itemDates.push(v);
      } else if (/\bauthor\b|\bcreator\b/.test(ip) && el.name !== 'meta') {
        const nameEl = [...elements(el)].find((x) => x.attribs.itemprop === 'name');
        const v = nameEl ? (nameEl.attribs.content ?? collapse(textOf(nameEl))) : (a.content ?? collapse(textOf(el)));
        if (v && v.length < 100) itemAuthors.push(v);
      } else if (/\bheadline\b/.test(ip) && !itemHeadline && el.name !== 'meta') itemHeadline = collapse(textOf(el)) || null;
    }
    if ((a.class || a.id) && el.name !== 'body' && el.name !== 'html') {
      const n = names(el);
      if (DATE_NAME.test(n) && dateEls.length < 40) dateEls.push(el);
      if (AUTHOR_NAME.test(n) && authorEls.length < 40) authorEls.push(el);
    }
  }

  // JSON-LD: the best-ranked article node.
  let art: { [k: string]: Json } | null = null;
  let artRank = Infinity;
  for (const o of ld) {
    const r = ldRank(o);
    if (r < artRank) {
      art = o;
      artRank = r;
    }
  }
  const publisher = art && art.publisher && typeof art.publisher === 'object' ? ldNames(art.publisher, false)[0] ?? null : null;
  const ldSite = ld.find((o) => /website/.test(ldType(o)));
  let siteName = meta.get('og:site_name') ?? publisher ?? str(ldSite?.name) ?? meta.get('application-name') ?? null;

  // ---- title
  const ogTitle = meta.get('og:title') ?? meta.get('twitter:title') ?? null;
  const ldHeadline = art ? str(art.headline) ?? (artRank === 0 ? str(art.name) : null) : null;
  const refRaw = ogTitle ?? ldHeadline ?? titleTag;
  const reference = refRaw ? stripSite(refRaw, siteName) : null;
  let h1: string | null = null;
  const h1Texts = h1s.map((e) => headlineText(e)).filter((t) => t && words(t).length <= 40);
  if (container) {
    // The h1 nearest the main text: inside it, or the last one before it.
    const inside = h1s.find((e) => isWithin(e, container));
    if (inside) h1 = headlineText(inside);
  }
  if (!h1) {
    if (h1Texts.length === 1) h1 = h1Texts[0]!;
    else if (reference) h1 = h1Texts.find((t) => similar(t, reference)) ?? null;
  }
  // Many blog themes use the h1 for the site's name and an h2 for the post's title: the heading that matches the
  // page's own title is the headline.
  if (h1 && reference && !similar(h1, reference)) {
    const h2 = [...elements(doc)].find((e) => (e.name === 'h2' || e.name === 'h3') && similar(spacedText(e), reference) && words(spacedText(e)).length >= 2);
    h1 = h2 ? spacedText(h2) : null;
  }
  let title: string | null = null;
  if (h1) title = h1;
  else if (ldHeadline) title = ldHeadline;
  else if (ogTitle) title = stripSite(ogTitle, siteName);
  else if (itemHeadline) title = itemHeadline;
  else if (titleTag) title = stripSite(titleTag, siteName);
  else if (h1Texts.length) title = h1Texts[0]!;
  if (title) title = collapse(title) || null;
  // Without a declared site name, "Headline | Site" in the title element names the site.
  if (!siteName && title && titleTag) {
    const parts = collapse(titleTag).split(TITLE_SEP);
    const last = parts[parts.length - 1]!;
    if (parts.length === 2 && norm(parts[0]!) === norm(title) && words(last).length <= 4) siteName = last;
  }

  // ---- publication date
  let published: string | null = null;
  let publishedSource: string | null = null;
  const take = (value: string | null | undefined, source: string) => {
    if (published) return;
    const d = metaDate(value);
    if (d) {
      published = d;
      publishedSource = source;
    }
  };
  if (art) take(str(art.datePublished) ?? str(art.dateCreated) ?? str(art.uploadDate), 'json-ld');
  for (const o of ld) if (!published && ldRank(o) < Infinity) take(str(o.datePublished), 'json-ld');
  for (const k of PUBLISHED_META) take(meta.get(k), 'meta');
  for (const v of itemDates) take(v, 'microdata');
  // <time> elements: one marked as the publication, else the first near the main text.
  const pubTime = times.find((t) => t.attribs.pubdate !== undefined || /publish|pubdate|created|posted|entry-date|post-date/i.test(names(t)));
  if (pubTime) take(pubTime.attribs.datetime ?? collapse(textOf(pubTime)), 'time');
  // The article's zone: from its headline on (its footer, with author and date lines, follows the text).
  // Dates before it belong to navigation, teasers and archives.
  const zoneStart = (() => {
    if (!container) return 0;
    const cStart = container.startIndex ?? 0;
    const before = h1s.filter((h) => (h.startIndex ?? 0) <= cStart || isWithin(h, container));
    if (before.length) return before[before.length - 1]!.startIndex ?? 0;
    const p = container.parent && container.parent.type === 'tag' ? (container.parent as Element) : null;
    return p?.startIndex ?? cStart;
  })();
  // The zone ends with the container's parent: article footers (author, date) follow the text.
  const inZone = (e: Element) => (container ? e.startIndex >= zoneStart : true);
  if (!published) {
    const near = times.filter(inZone);
    for (const t of near) {
      const prev = previousSibling(t);
      const label = prev && prev.type === 'text' ? prev.data : '';
      if (/aktualisiert|updated|modified|geändert/i.test(label + ' ' + names(t))) continue;
      take(t.attribs.datetime ?? collapse(textOf(t)), 'time');
      if (published) break;
    }
  }
  const dayInUrl = url ? urlDate(url) : null;
  if (dayInUrl) take(dayInUrl, 'url');
  if (!published) {
    // Date-named elements ("entry-date", "post-meta", "datum") in the article's zone.
    for (const e of dateEls.filter(inZone)) {
      const t = collapse(spacedText(e));
      if (!t || t.length > 200) continue;
      const line = parseDateLine(t);
      if (line?.date && line.kind !== 'updated') take(line.date, 'text');
      else if (!line) {
        const found = findDates(t);
        if (found.length && !/(?:aktualisiert|updated|modified|geändert|stand)/i.test(t.slice(0, found[0]!.start))) take(found[0]!.date, 'text');
      }
      if (published) break;
    }
  }
  if (art) take(str(art.dateModified), 'modified');
  for (const k of MODIFIED_META) take(meta.get(k), 'modified');
  // Metadata timestamps are often in UTC, which moves an evening story to the next day; the day in the URL is the
  // local one.
  if (published && dayInUrl && published !== dayInUrl && Math.abs(Date.parse(published) - Date.parse(dayInUrl)) === 86_400_000) {
    published = dayInUrl;
    publishedSource = 'url';
  }

  // ---- authors
  const authors: string[] = [];
  const addAuthors = (list: string[]) => {
    for (const a of list) for (const n of cleanAuthor(a, siteName)) if (!authors.some((x) => x.toLowerCase() === n.toLowerCase())) authors.push(n);
  };
  if (art) {
    // Authors given as references to nodes elsewhere in the graph: {"@id": "…#/schema/person/…"}.
    const byId = new Map<string, { [k: string]: Json }>();
    for (const o of ld) if (typeof o['@id'] === 'string') byId.set(o['@id'], o);
    const resolve = (v: Json | undefined): Json | undefined => {
      if (Array.isArray(v)) return v.map((x) => resolve(x) ?? null);
      if (v && typeof v === 'object' && typeof v['@id'] === 'string' && !v.name) return byId.get(v['@id']) ?? v;
      return v;
    };
    addAuthors(ldNames(resolve(art.author), true));
  }
  if (!authors.length) for (const k of AUTHOR_META) if (!authors.length && meta.get(k)) addAuthors([meta.get(k)!]);
  if (!authors.length) addAuthors(itemAuthors);
  if (!authors.length) addAuthors(relAuthors.filter((r) => r && words(r).length <= 5));
  if (!authors.length) {
    // Author-named elements in the article's zone: hCard names first ("author vcard" > "fn"), then bylines.
    const els = authorEls.filter(inZone);
    const fn = els.flatMap((e) => [...elements(e)].filter((x) => /(?:^|\s)(?:fn|author-name|author_name|name)(?:\s|$)/.test(x.attribs.class ?? '')));
    for (const e of [...fn, ...els]) {
      const t = collapse(spacedText(e));
      if (!t || t.length > 120) continue;
      const by = parseByline(t);
      if (by) addAuthors(by);
      else if (words(t).length <= 3 && !/\d|[:©]/.test(t) && !isLabel(t)) addAuthors([t]);
      else if (words(t).length <= 6 && !/\d/.test(t)) {
        const n = splitNames(t.replace(/^[^:]{1,20}:\s*/, ''));
        if (n.length) addAuthors(n);
      }
      if (authors.length) break;
    }
  }

  // ---- the rest
  const description = meta.get('og:description') ?? meta.get('description') ?? meta.get('twitter:description') ?? (art ? str(art.description) : null) ?? null;
  const declaredLanguage =
    htmlLang ?? meta.get('content-language') ?? meta.get('language') ?? meta.get('dc.language') ?? meta.get('og:locale') ?? (art ? str(art.inLanguage) : null) ?? null;
  const canonicalUrl = canonical ?? meta.get('og:url') ?? (art ? str(art.url) : null) ?? null;
  let imageCaption: string | null = null;
  if (art && art.image && typeof art.image === 'object') {
    const img = (Array.isArray(art.image) ? art.image[0] : art.image) as Json;
    if (img && typeof img === 'object' && !Array.isArray(img)) imageCaption = str(img.caption) ?? str(img.description);
  }
  return {
    title,
    published,
    publishedSource,
    authors: withoutRoles(authors),
    siteName: siteName ? collapse(siteName) : null,
    description: description ? collapse(description) : null,
    declaredLanguage,
    canonicalUrl,
    imageCaption,
  };
}

/** Words that label an author line rather than name anyone. */
function isLabel(t: string): boolean {
  return /^(?:by|von|par|por|autor(?:in)?|author|authors|autoren|verfasser|written by|posted by|redaktion|about the author|über den autor|mehr|more|alle beiträge|all posts)[:\s]*$/i.test(t.trim());
}

function isWithin(el: Element, container: Element): boolean {
  for (let e: Element | null = el; e; e = e.parent && e.parent.type === 'tag' ? (e.parent as Element) : null) if (e === container) return true;
  return false;
}

