import { endsSentence, normLine, parseByline, words } from './boilerplate.ts';
import { applyHints, emptyDraft, joinBlocks } from './draft.ts';
import { DEFAULT_CONTENT_OPTIONS, extractContent, type ContentOptions, type ContentResult } from './html/content.ts';
import { names, parseHtml, type Document, type Element } from './html/dom.ts';
import { readabilityHtml } from './html/readability.ts';
import { readMetadata } from './html/metadata.ts';
import { detectLanguage } from './language.ts';
import { completeYear, findDates, parseDateLine, parseWireDateline, weekdayMentions } from './pubdate.ts';
import type { ArticleDraft, ArticleHints } from './types.ts';

export interface HtmlOptions extends ContentOptions {
  /** The block extractor's rules; off: Readability alone decides what the article is. */
  rules: boolean;
  /** Readability: "fallback" when the block extractor finds little text, "always" to compare both, or "off". */
  readability: 'off' | 'fallback' | 'always';
}

export const DEFAULT_HTML_OPTIONS: HtmlOptions = { ...DEFAULT_CONTENT_OPTIONS, rules: true, readability: 'fallback' };

/** Below this much main text the block extractor's result is checked against Readability's. */
const FALLBACK_CHARS = 1000;

function textLength(c: ContentResult): number {
  return c.kept.reduce((n, b) => n + b.len, 0);
}

/** The main text: the block extractor's, Readability's, or the better of the two. */
function mainContent(doc: Document, html: string, opts: HtmlOptions, lang: string | null | undefined): ContentResult {
  const own = opts.rules ? extractContent(doc, opts, lang) : null;
  // A short result is worth a second opinion only when the page has much more prose than was kept.
  const len = own ? textLength(own) : 0;
  const short = !!own && len < FALLBACK_CHARS && (own.pageGood > 2 * len + 300 || (len < 300 && own.pageChars > 3 * len + 500));
  const ask = !opts.rules || opts.readability === 'always' || (opts.readability === 'fallback' && short);
  if (!ask || opts.readability === 'off') return own ?? extractContent(doc, opts, lang);
  const rHtml = readabilityHtml(html);
  if (!rHtml) return own ?? extractContent(doc, opts, lang);
  const alt = extractContent(parseHtml(rHtml), opts, lang);
  if (!own) return { ...alt, container: null };
  const a = textLength(alt);
  const o = textLength(own);
  // Readability's text replaces the own only when it is much longer (the own choice missed the article).
  return a > 2 * o && a > 200 ? { ...alt, container: null } : own;
}

const DEK_NAME = /(?:^|[\s_-])(?:dek|deck|standfirst|strapline|subtitle|subhead|subheadline|sub-headline|sub-title)(?:$|[\s_-])/;

/**
 * A dek right under the headline, named so (dek, standfirst, subtitle, …) and written as a second headline: one
 * clause without a full stop. It is the article's subtitle; a standfirst written as a sentence opens the body.
 */
function isHeadlineDek(el: Element, text: string, container: Element | null): boolean {
  const n = words(text).length;
  if (n < 4 || n > 40 || endsSentence(text) || /[.!?]\s+\p{Lu}/u.test(text)) return false;
  for (let e: Element | null = el; e && e !== container; e = e.parent && e.parent.type === 'tag' ? (e.parent as Element) : null) {
    if (DEK_NAME.test(names(e))) return true;
  }
  return false;
}

/** HTML page → clean article, with extraction options (for evaluation and ablation). */
export function extractHtmlWith(html: string, hints: ArticleHints = {}, opts: HtmlOptions = DEFAULT_HTML_OPTIONS): ArticleDraft {
  const doc = parseHtml(html);
  const content = mainContent(doc, html, opts, hints.language);
  const meta = readMetadata(doc, hints.url, content.container);
  const title = meta.title;
  const titleNorm = title ? normLine(title) : null;

  const parts: { text: string; kind: 'paragraph' | 'heading' }[] = [];
  let headline: string | null = null;
  let dek: string | null = null;
  for (const b of content.kept) {
    // The headline is the title, not a block of the body: the title itself, or an h1 before any text.
    if (b.heading && parts.length === 0 && ((titleNorm && normLine(b.text) === titleNorm) || (b.heading === 1 && !headline))) {
      headline ??= b.text;
      continue;
    }
    if (headline && !dek && parts.length === 0 && !b.heading && isHeadlineDek(b.el, b.text, content.container)) {
      dek = b.text;
      continue;
    }
    for (const p of b.text.split(/\n{2,}/)) parts.push({ text: b.inPre ? p : p.replace(/\n/g, ' '), kind: b.heading ? 'heading' : 'paragraph' });
  }
  const { body, blocks } = joinBlocks(parts);

  // Publication date: metadata first, then a dateline opening the text, then a date line dropped from it.
  let published = meta.published;
  let publishedSource = meta.publishedSource;
  if (!published || publishedSource === 'modified') {
    const first = parts.find((p) => p.kind === 'paragraph');
    const wire = first ? parseWireDateline(first.text) : null;
    // Date lines dropped from the text, or lines of its paragraphs ("Veröffentlicht am 16.08.2019" above a <br>).
    const lines = [...content.removed, ...content.kept.slice(0, 3).map((b) => b.text), ...content.kept.slice(-3).map((b) => b.text)].flatMap((t) => t.split('\n'));
    const line = lines.map((r) => (r.length < 120 ? parseDateLine(r) : null)).find((d) => d?.date && d.kind !== 'updated');
    const wireDate = wire?.date ?? (wire?.month && wire.day ? completeYear(wire.month, wire.day, body, weekdayMentions(first!.text)) : null);
    if (wireDate) [published, publishedSource] = [wireDate, 'dateline'];
    else if (line?.date) [published, publishedSource] = [line.date, 'text'];
    else {
      // A date in a short line between the headline and the text, or at the text's start ("Hamburg, 2. November 2021").
      const first = content.kept[0];
      const start = first ? content.blocks.indexOf(first) : -1;
      let h1 = start;
      while (h1 > 0 && start - h1 < 15 && content.blocks[h1]!.heading !== 1) h1--;
      const near = start >= 0 ? [...content.blocks.slice(Math.max(0, h1), start), ...content.kept.slice(0, 2)] : [];
      for (const b of near) {
        if (b.len > 150) continue;
        const d = findDates(b.text)[0];
        if (d && !/aktualisiert|updated|modified|geändert|stand\b/i.test(b.text.slice(0, d.start))) {
          [published, publishedSource] = [d.date, 'text'];
          break;
        }
      }
      // Last resort: the first short line with a date after the headline (an article footer, a "last changed" line).
      if (!published && start >= 0) {
        for (const b of content.blocks.slice(Math.max(0, h1))) {
          if (b.len > 150 || b.inList) continue;
          const d = findDates(b.text)[0];
          if (d) {
            [published, publishedSource] = [d.date, 'text'];
            break;
          }
        }
      }
    }
  }
  let authors = meta.authors;
  if (!authors.length) {
    for (const r of content.removed) {
      const by = r.length < 120 ? parseByline(r) : null;
      if (by) {
        authors = by;
        break;
      }
    }
  }
  // The text says which language it is in more reliably than the page's declaration.
  const detected = body.length >= 200 ? detectLanguage(body, 2500) : null;
  const declared = meta.declaredLanguage ? meta.declaredLanguage.toLowerCase().split(/[-_]/)[0]! : null;
  const language = detected ?? declared ?? content.language;
  const captions: string[] = [];
  for (const c of [meta.imageCaption, ...content.captions]) if (c && !captions.some((x) => normLine(x) === normLine(c))) captions.push(c);

  const draft: ArticleDraft = {
    ...emptyDraft(hints),
    title: title ?? headline,
    body,
    blocks,
    published,
    published_source: publishedSource,
    canonical_url: meta.canonicalUrl,
    source: meta.siteName,
    authors,
    language,
    description: dek ?? meta.description,
    image_caption: meta.imageCaption ?? content.captions[0] ?? null,
    captions,
    credits: content.credits,
    removed: content.removed,
  };
  return applyHints(draft, hints);
}

/** HTML page → clean article: main text without boilerplate, and the page's metadata. */
export function extractHtml(html: string, hints: ArticleHints = {}): ArticleDraft {
  return extractHtmlWith(html, hints);
}
