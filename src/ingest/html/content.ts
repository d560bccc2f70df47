/**
 * Main-content extraction from a parsed page.
 *
 * 1. The page is linearised into text blocks (paragraphs, headings, list items, cells), each with its
 *    length, the share of its text inside links and its function-word density.
 * 2. Blocks are judged on their own: "good" (prose), "bad" (link lists, boilerplate phrases) or "short".
 *    Elements are judged by their names (tag, class, id, role): navigation, sidebars, footers, comments,
 *    share bars, related links, newsletter and cookie prompts mark a boilerplate region; a region that holds
 *    most of the page's text is a layout wrapper, not boilerplate.
 * 3. The container is the element with the most good text less the bad text inside it.
 * 4. Inside the container, boilerplate regions, link lists, boilerplate phrases, date and byline lines and
 *    captions are dropped; what remains are the article's paragraphs and sub-headings.
 */
import { boilerKind, endsSentence, isAuthorBio, isSummaryHeader, parseByline, splitCaption, words, type BoilerKind } from '../boilerplate.ts';
import { detectLanguage, stopwordSet } from '../language.ts';
import { parseDateLine } from '../pubdate.ts';
import { collapse, names, type ChildNode, type Document, type Element } from './dom.ts';

export interface ContentOptions {
  /** Read element roles from tag, class and id names (navigation, comments, share bars …). */
  semantics: boolean;
  /** Drop blocks matching the shared boilerplate phrase patterns. */
  patterns: boolean;
  /** Inside the chosen container, drop boilerplate regions and link lists. */
  prune: boolean;
}

export const DEFAULT_CONTENT_OPTIONS: ContentOptions = { semantics: true, patterns: true, prune: true };

export interface Block {
  el: Element;
  text: string;
  len: number;
  linkLen: number;
  /** 1–6 for h1–h6, 0 otherwise. */
  heading: number;
  tag: string;
  inList: boolean;
  inTable: boolean;
  inPre: boolean;
  inCaption: boolean;
  inQuote: boolean;
  kind: 'good' | 'bad' | 'short';
  /** Inside a boilerplate region (by element names). */
  region: boolean;
  /** The shared patterns' verdict on the text (computed once). */
  boiler?: BoilerKind | null;
}

export interface ContentResult {
  blocks: Block[];
  /** The blocks kept as the article, in order. */
  kept: Block[];
  container: Element | null;
  captions: string[];
  credits: string[];
  /** Dropped blocks' text (for inspection). */
  removed: string[];
  language: string | null;
  /** Good text in the container: how confident the choice is. */
  goodChars: number;
  /** Text of the page's blocks, all of them: what any other choice could find. */
  pageChars: number;
  /** Prose (good blocks) anywhere on the page, boilerplate regions included. */
  pageGood: number;
}

const SKIP = new Set(
  'script style template iframe svg math canvas object embed applet button select option optgroup textarea input head map audio video source track picture img link meta dialog datalist output progress param area frame frameset noframes base rt rp'.split(
    ' ',
  ),
);
const BLOCK = new Set(
  'address article aside blockquote body center dd details dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section summary table tbody td tfoot th thead tr ul caption'.split(
    ' ',
  ),
);
const HEADING: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

const BR = '\u2028';
const BR_ALL = /\u2028/g;

/** Class tokens of caption and photo-credit elements ("wp-caption-text", "image-caption", "bu", "photo-credit"). */
const CAPTION_TOKEN =
  /^(?:bu|(?:[a-z0-9]+[-_]+)*(?:caption|captions|figcaption|bildunterschrift|bildtext|legende|credit|credits|photocredit|imagecredit)(?:[-_]+(?:text|inner|wrapper|wrap|container|content))?)$/i;
const NOT_CAPTION_TAG = new Set(['body', 'html', 'main', 'article', 'section']);

function isCaptionElement(el: Element): boolean {
  if (el.name === 'figcaption') return true;
  const c = el.attribs.class;
  if (!c || NOT_CAPTION_TAG.has(el.name)) return false;
  for (const t of c.split(/\s+/)) if (t && CAPTION_TOKEN.test(t)) return true;
  return false;
}

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  const st = a.style;
  if (st && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(st)) return true;
  const c = a.class;
  return !!c && /(?:^|\s)(?:hidden|sr-only|visually-hidden|screen-reader-text|screenreader|element-invisible|offscreen|a11y-hidden|u-hidden|is-hidden|d-none)(?:\s|$)/i.test(c);
}

interface Ctx {
  /** Level of the heading element the text is in (a <div> inside an <h1> is still the headline). */
  heading: number;
  link: boolean;
  list: boolean;
  table: boolean;
  pre: boolean;
  caption: boolean;
  quote: boolean;
}

/** Linearises a subtree into text blocks. */
export function linearize(root: Document | Element): Block[] {
  const blocks: Block[] = [];
  let buf = '';
  let linkLen = 0;
  let owner: Element = root as Element;
  let ownerCtx: Ctx = { heading: 0, link: false, list: false, table: false, pre: false, caption: false, quote: false };
  const flush = () => {
    if (!buf) return;
    let text: string;
    if (ownerCtx.pre) text = buf.replace(/^\s*\n|\s+$/g, '').replace(BR_ALL, '\n');
    else if (buf.includes(BR)) text = collapse(buf.replace(BR_ALL, ' \n ')).replace(/ ?\n ?/g, '\n').replace(/^\n+|\n+$/g, '');
    else text = collapse(buf);
    buf = '';
    const ll = linkLen;
    linkLen = 0;
    if (!text || !/[\p{L}\p{N}]/u.test(text)) return;
    // Composed characters (NFC): "ü", not "u" and a combining diaeresis.
    if (/[\u0300-\u036f]/.test(text)) text = text.normalize('NFC');
    const tag = owner.name;
    blocks.push({
      el: owner,
      text,
      len: text.length,
      linkLen: Math.min(ll, text.length),
      // A short <div> inside a heading is the heading's text; anything longer is a heading left unclosed.
      heading: HEADING[tag] ?? (ownerCtx.heading && (tag === 'div' || tag === 'span') && text.length <= 150 ? ownerCtx.heading : 0),
      tag,
      inList: ownerCtx.list,
      inTable: ownerCtx.table,
      inPre: ownerCtx.pre,
      inCaption: ownerCtx.caption,
      inQuote: ownerCtx.quote,
      kind: 'short',
      region: false,
    });
  };
  let depth = 0;
  const walk = (n: Document | Element, ctx: Ctx) => {
    // Pathologically deep markup: below this depth, text is taken flat instead of recursing further.
    if (++depth > 400) {
      buf += ' ' + flatText(n) + ' ';
      depth--;
      return;
    }
    for (const c of n.children as ChildNode[]) {
      if (c.type === 'text') {
        const d = (c as unknown as { data: string }).data;
        buf += d;
        if (ctx.link) linkLen += collapse(d).length + (/^\s/.test(d) ? 1 : 0);
        continue;
      }
      if (c.type !== 'tag') continue;
      const el = c as Element;
      const name = el.name;
      if (SKIP.has(name) || isHidden(el)) continue;
      if (name === 'br') {
        buf += BR;
        continue;
      }
      if (BLOCK.has(name)) {
        flush();
        const prev = owner;
        const prevCtx = ownerCtx;
        const inner: Ctx = {
          heading: HEADING[name] ?? ctx.heading,
          link: ctx.link,
          list: ctx.list || name === 'li' || name === 'dd' || name === 'dt',
          table: ctx.table || name === 'td' || name === 'th',
          pre: ctx.pre,
          caption: ctx.caption || isCaptionElement(el),
          quote: ctx.quote || name === 'blockquote',
        };
        owner = el;
        ownerCtx = inner;
        walk(el, inner);
        flush();
        owner = prev;
        ownerCtx = prevCtx;
      } else if (name === 'pre') {
        flush();
        const prev = owner;
        const prevCtx = ownerCtx;
        owner = el;
        ownerCtx = { ...ctx, pre: true };
        walk(el, ownerCtx);
        flush();
        owner = prev;
        ownerCtx = prevCtx;
      } else {
        walk(el, name === 'a' ? { ...ctx, link: true } : ctx);
      }
    }
    depth--;
  };
  walk(root, ownerCtx);
  flush();
  return blocks;
}

/** Text of a subtree without recursion (for markup nested too deeply to walk). */
function flatText(root: Document | Element): string {
  let out = '';
  const stack: ChildNode[] = [...root.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') out += n.data;
    else if (n.type === 'tag' && !SKIP.has(n.name)) {
      out += ' ';
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Element names → roles

/**
 * Class/id words that mark boilerplate regions, matched against class tokens and their parts
 * ("post-comments", "jp-relatedposts", "author-box", "entry-meta").
 * - Content words name regions wherever they appear, also inside compounds ("relatedposts", "sharedaddy").
 * - Place words (sidebar, nav, footer, …) name regions unless a layout word says the token describes the page
 *   layout ("sidebar-right", "left-side", "nav-open").
 * - Weak words name a region only when the token is the word or ends with it ("post-tags", "entry-meta").
 */
const STRONG_NEG =
  /^(?:comment|comments|commentlist|respond|replies|disqus|related|relatedposts|share|shares|sharing|sharebar|sharethis|addthis|shariff|social|socials|newsletter|subscribe|subscription|signup|cookie|cookies|consent|gdpr|advert|adverts|advertising|advertisement|adsense|adslot|adunit|dfp|sponsor|sponsored|promo|promos|promotion|outbrain|taboola|plista|recommended|recommendations|recommend|recirculation|trending|popular|mostread|mostpopular|breadcrumb|breadcrumbs|crumbs|authorbox|authorbio|author|authors|bio|biography|sabox|saboxplugin|affiliate|embed|embedded|facebook|instagram|tiktok|popup|modal|overlay|lightbox|login|signin|searchform|search|pagination|pager|paging|prevnext|postnav|pagenav|backlinks|readmore|skiplink|tagcloud|taglist)$/;
const STRONG_STEMS = /^(?:related|sharing|share|social|comment|newsletter|advert|sponsor|outbrain|taboola|recommend|breadcrumb|disqus|cookie|consent|trending|mostread|mostpopular|authorbox|authorbio|subscri|saboxplugin|affiliate|nextpost|prevpost|nextstory|prevstory|nextarticle|prevarticle)|(?:related|sharing|comments?|newsletter|breadcrumbs?|cookies?|sponsored|adverts?|recommended|authorbox|authorbio)$/;
const PLACE_NEG = /^(?:nav|navi|navbar|navigation|menu|menus|menubar|submenu|mainmenu|topmenu|sidebar|sidebars|side|aside|widget|widgets|footer|masthead|banner|toolbar|topbar|header-nav)$/;
const WEAK_NEG =
  /^(?:foot|tags|tag|keywords|byline|bylines|dateline|timestamp|date|time|meta|metadata|postmeta|postmetadata|entrymeta|postinfo|entryinfo|print|rating|ratings|tools|skip|teasers|more|further|copyright|legal|imprint|impressum|disclaimer|ticker|carousel|slider|gallery|rss|feed|follow|contact|categories|category|cats|archive|archives|calendar|blogroll|links|linklist|button|buttons|btn|icon|icons|badge|alert|notice|offer|jobs|shop|partner|partners|extras|about|profile|avatar|caption|credit|credits|source|sources|published|updated|posted|kicker|label|labels|rubric)$/;
/** Words that name a region only as a whole token (WordPress sidebars are id="secondary"; "ad-slot" but not "cuerpo-ad"). */
const WHOLE_NEG = /^(?:secondary|tertiary|ad|ads|adbox|adslot)$/;
const FIRST_NEG = /^(?:ad|ads)$/;
/** Parts that make a token describe a state ("has-ads", "post_format-gallery", "tag-news"). */
const STATE_PART = /^(?:has|with|no|without|is|show|format|type|status|tag|category|postid|lang|term|tax)$/;
/** Position and layout words: a token with one of them describes the page layout ("sidebar-right", "left-side"). */
const LAYOUT = /^(?:left|right|top|wide|narrow|full|fixed|sticky|open|closed|on|off|enabled|disabled|active|none|\d+|col|cols|column|columns|grid|row|wrap|wrapper|container|layout|area|inner|outer|page|main|content|body|padding|margin|pad|spacing|size|sm|md|lg|xl|xs)$/;

/** Tokens that announce a state rather than a region ("has-sidebar", "no-comments", "with-ads", "tag-news"). */
const STATE_PREFIX = /^(?:has|with|no|without|show|enable|enabled|is|template|type|format|status|category|tag|postid|parent|logged|lang|tax|term|js|wp)[-_]/;

const POS_WORD = /^(?:article|articles|content|contents|post|posts|entry|entries|story|stories|text|body|main|blog|news|prose|single|detail|details|richtext|markdown|copy|articlebody|storybody|postbody|entrycontent|maincontent|intro|lead|abstract|summary|subtitle|standfirst|description|excerpt)$/;

/** −2 strong boilerplate, −1 weak boilerplate, +1 content, 0 neutral. */
function tokenRole(token: string): number {
  if (!token || STATE_PREFIX.test(token)) return 0;
  if (STRONG_NEG.test(token) || WHOLE_NEG.test(token)) return -2;
  if (PLACE_NEG.test(token) || WEAK_NEG.test(token)) return -1;
  if (POS_WORD.test(token)) return 1;
  const parts = token.split(/[-_]+|(?<=[a-z])(?=[A-Z])/).map((p) => p.toLowerCase()).filter(Boolean);
  if (parts.length === 1) {
    const p = parts[0]!;
    return p.length >= 6 && STRONG_STEMS.test(p) ? -2 : 0;
  }
  if (parts.some((p) => STATE_PART.test(p))) return 0;
  if (FIRST_NEG.test(parts[0]!)) return -2;
  if (parts.some((p) => STRONG_NEG.test(p) || (p.length >= 6 && STRONG_STEMS.test(p)))) return -2;
  const layout = parts.some((p) => LAYOUT.test(p));
  if (!layout && parts.some((p) => PLACE_NEG.test(p))) return -1;
  // Lists and tiles of teasers link to other articles ("ce_teaser_list", "teaser-item").
  if (parts.includes('teaser') && parts.some((p) => /^(?:list|item|items|tile|tiles|grid|slider|carousel|box|link|links)$/.test(p))) return -1;
  const last = parts[parts.length - 1]!;
  if (WEAK_NEG.test(last)) return -1;
  if (parts.some((p) => POS_WORD.test(p))) return 1;
  return 0;
}

const NEG_TAG = new Set(['nav', 'aside', 'footer', 'menu', 'form', 'address']);
const POS_TAG = new Set(['article', 'main']);

/** Names of the article body itself (not of a summary or an intro): they mark a layout wrapper's content. */
const BODY_NAME = /(?:^|[\s_-])(?:article|content|post|entry|story|text|body|main|prose|richtext|articlebody|storybody|postbody|entrycontent|maincontent)(?:$|[\s_-])|itemprop-articlebody|role-main/;

export function isBodyNamed(el: Element): boolean {
  return el.name === 'article' || el.name === 'main' || BODY_NAME.test(names(el));
}

/** −1 boilerplate region, +1 content, 0 neutral: from tag, class, id, role and itemprop. */
export function elementRole(el: Element): number {
  const a = el.attribs;
  if (a.itemprop === 'articleBody' || a.itemprop === 'text' || a.role === 'main') return 1;
  if (a.role === 'navigation' || a.role === 'complementary' || a.role === 'contentinfo' || a.role === 'banner' || a.role === 'search') return -1;
  const n = names(el);
  let strong = false;
  let weak = false;
  let pos = false;
  if (n) {
    for (const t of n.split(/\s+/)) {
      const r = tokenRole(t.replace(/^itemprop-|^role-/, ''));
      if (r === -2) strong = true;
      else if (r === -1) weak = true;
      else if (r > 0) pos = true;
    }
  }
  // Names win over the tag: <article class="comment-body"> is a comment, <aside class="article-intro"> is content.
  // A content name wins over a weak one ("elementor-widget theme-post-content"), not over a strong one.
  if (strong) return -1;
  if (pos) return 1;
  if (weak) return -1;
  if (NEG_TAG.has(el.name)) return -1;
  if (POS_TAG.has(el.name)) return 1;
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Block judgement

/** The shared patterns' verdict on a block, computed once per block. */
function blockBoiler(b: Block): BoilerKind | null {
  if (b.boiler === undefined) b.boiler = b.len < 400 ? boilerKind(b.text) : null;
  return b.boiler;
}

function judge(b: Block, stops: Set<string> | undefined, opts: ContentOptions): Block['kind'] {
  const ld = b.len ? b.linkLen / b.len : 0;
  if (ld > 0.5 && !b.inPre) return 'bad';
  // A number in a table cell is data, not a counter.
  if (opts.patterns && blockBoiler(b) && !(b.inTable && b.boiler === 'counter')) return 'bad';
  const ws = words(b.text);
  let sd = 0.3;
  if (stops && ws.length) {
    let n = 0;
    for (const w of ws) if (stops.has(w.toLowerCase())) n++;
    sd = n / ws.length;
  }
  const cjk = !stops && /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(b.text);
  if (b.heading) return 'short';
  if (cjk ? b.len >= 40 && ld <= 0.35 : b.len >= 70 && ld <= 0.35 && ws.length >= 8 && (sd >= 0.12 || !stops)) return 'good';
  return 'short';
}

interface Agg {
  good: number;
  bad: number;
  all: number;
  rawGood: number;
  posGood: number;
  hasH1: boolean;
  role: number;
}

/**
 * Extracts the article's blocks from a parsed page (the page is not modified).
 */
export function extractContent(doc: Document, opts: ContentOptions = DEFAULT_CONTENT_OPTIONS, langHint?: string | null): ContentResult {
  const body = (doc.children.find((c) => c.type === 'tag' && (c as Element).name === 'html') as Element | undefined) ?? doc;
  const blocks = linearize(body);
  // Language of the page text, for function-word density.
  const sample = blocks
    .filter((b) => b.len > 60)
    .slice(0, 60)
    .map((b) => b.text)
    .join('\n');
  const language = detectLanguage(sample) ?? (langHint ? langHint.toLowerCase().split(/[-_]/)[0]! : null);
  const stops = stopwordSet(language ?? 'en');
  for (const b of blocks) b.kind = judge(b, stops, opts);

  // Aggregate text per element, and find boilerplate regions.
  const agg = new Map<Element, Agg>();
  const get = (el: Element): Agg => {
    let a = agg.get(el);
    if (!a) {
      a = { good: 0, bad: 0, all: 0, rawGood: 0, posGood: 0, hasH1: false, role: opts.semantics ? elementRole(el) : 0 };
      agg.set(el, a);
    }
    return a;
  };
  let total = 0;
  for (const b of blocks) {
    total += b.len;
    const g = b.kind === 'good' && !b.inCaption ? b.len : 0;
    for (let e: Element | null = b.el; e; e = up(e)) {
      const a = get(e);
      a.all += b.len;
      a.rawGood += g;
    }
  }
  // Content-named elements lend their good text to their ancestors: a boilerplate-named element that holds
  // most of such content is a layout wrapper ("cb-post-wrap sidebar-right"), not a boilerplate region.
  for (const [el, a] of agg) {
    if (a.role <= 0 || a.rawGood === 0 || !isBodyNamed(el)) continue;
    for (let e = up(el); e; e = up(e)) {
      const pa = agg.get(e);
      if (pa && pa.posGood < a.rawGood) pa.posGood = a.rawGood;
    }
  }
  for (const b of blocks) {
    if (b.heading !== 1) continue;
    for (let e: Element | null = b.el; e; e = up(e)) agg.get(e)!.hasH1 = true;
  }
  // Most of the page's text makes a wrapper only together with the headline: a sidebar beside a short post does not.
  const isRegion = (e: Element, a: Agg) =>
    a.role < 0 && !(a.all >= total * 0.5 && a.hasH1) && !(a.rawGood > 0 && a.posGood >= a.rawGood * 0.5) && e.name !== 'body' && e.name !== 'html';
  const regionOf = (b: Block): boolean => {
    if (!opts.semantics) return false;
    for (let e: Element | null = b.el; e; e = up(e)) if (isRegion(e, agg.get(e)!)) return true;
    return false;
  };
  for (const b of blocks) b.region = regionOf(b);
  const score = (countShort: boolean) => {
    for (const a of agg.values()) a.good = a.bad = 0;
    for (const b of blocks) {
      const useful = (b.kind === 'good' || (countShort && b.kind === 'short')) && !b.inCaption;
      const good = useful && !b.region ? b.len - b.linkLen : 0;
      const bad = b.kind === 'bad' || b.region ? b.len + 10 : 0;
      for (let e: Element | null = b.el; e; e = up(e)) {
        const a = agg.get(e)!;
        a.good += good;
        a.bad += bad;
      }
    }
    // The container: most good text less bad text; a content role helps, a boilerplate region cannot be chosen.
    let best: Element | null = null;
    let bestScore = 0;
    for (const [el, a] of agg) {
      if (a.good === 0 || el.name === 'html') continue;
      if (opts.semantics && isRegion(el, a)) continue;
      if (!opts.semantics && a.role < 0 && a.all < total * 0.5) continue;
      let sc = a.good - a.bad;
      if (a.role > 0) sc *= 1.05;
      if (sc > bestScore || (sc === bestScore && best && isAncestorOf(el, best))) {
        best = el;
        bestScore = sc;
      }
    }
    // Widen to the parent while what it adds is more content than boilerplate (an intro or a heading beside the body).
    while (best && up(best) && up(best)!.name !== 'html') {
      const p = up(best)!;
      const a = agg.get(p)!;
      const c = agg.get(best)!;
      const gE = a.good - c.good;
      const bE = a.bad - c.bad;
      if (gE <= 0 || gE < bE * 0.25 || (opts.semantics && isRegion(p, a))) break;
      best = p;
    }
    return { best, bestScore };
  };
  let { best, bestScore } = score(false);
  // Pages without prose paragraphs (short posts, lists, tables): count short blocks as content too.
  if (!best || bestScore < 200) ({ best, bestScore } = score(true));
  // Text straight under the root (a fragment without elements): the root is the container.
  if (!best && blocks.some((b) => b.kind !== 'bad' && !b.region)) best = body.type === 'tag' ? (body as Element) : null;
  const container = best;
  let inContainer = container ? blocks.filter((b) => isWithin(b.el, container)) : [];
  // The standfirst often sits beside the body, between the headline and the container: take the good,
  // non-boilerplate blocks there.
  if (container && inContainer.length) {
    const firstIdx = blocks.indexOf(inContainer[0]!);
    let h1 = -1;
    for (let i = firstIdx - 1; i >= 0 && i >= firstIdx - 40; i--) {
      if (blocks[i]!.heading === 1) {
        h1 = i;
        break;
      }
    }
    if (h1 >= 0) {
      const between = blocks.slice(h1 + 1, firstIdx);
      const lead = between.filter(
        (b) =>
          !b.region &&
          b.kind !== 'bad' &&
          !b.inCaption &&
          !(opts.patterns && (boilerKind(b.text) || parseDateLine(b.text) || parseByline(b.text))) &&
          (b.kind === 'good' || (b.heading >= 2 && words(b.text).length >= 6) || (endsSentence(b.text) && words(b.text).length >= 8)),
      );
      const chars = lead.reduce((n, b) => n + b.len, 0);
      if (lead.length && lead.length <= 6 && chars < 3000) inContainer = [...lead, ...inContainer];
    }
  }
  const kept: Block[] = [];
  const captions: string[] = [];
  const credits: string[] = [];
  const removed: string[] = [];
  let seenGood = false;
  for (const b of inContainer) {
    const why = dropReason(b, opts, seenGood);
    if (why === 'caption') {
      const c = splitCaption(b.text);
      if (c?.credit && !credits.includes(c.credit)) credits.push(c.credit);
      const cap = c ? c.caption : b.text;
      if (cap && !captions.includes(cap)) captions.push(cap);
      continue;
    }
    if (why) {
      removed.push(b.text);
      continue;
    }
    if (b.kind === 'good') seenGood = true;
    kept.push(b);
  }
  if (opts.prune && opts.patterns) removed.push(...dropSummaryBox(kept));
  // A heading with nothing under it (the next kept block is a heading of the same or a higher level, or the end)
  // heads a section that was dropped: related links, comments, a newsletter box.
  if (opts.prune) {
    for (let i = kept.length - 1; i >= 0; i--) {
      const b = kept[i]!;
      if (!b.heading) continue;
      const next = kept[i + 1];
      if (!next || (next.heading && next.heading <= b.heading)) {
        removed.push(b.text);
        kept.splice(i, 1);
      }
    }
    // Short lines after the last paragraph (a name, a source, a label) are the page's, not the article's;
    // so is an author's note.
    while (kept.length > 1) {
      const b = kept[kept.length - 1]!;
      if (opts.patterns && !b.heading && isAuthorBio(b.text)) {
        removed.push(b.text);
        kept.pop();
        continue;
      }
      if (b.kind !== 'short' || b.heading || b.inList || b.inTable || b.inPre || b.len >= 60 || endsSentence(b.text)) break;
      removed.push(b.text);
      kept.pop();
    }
  }
  return { blocks, kept, container, captions, credits, removed, language, goodChars: container ? agg.get(container)!.good : 0, pageChars: total, pageGood: blocks.reduce((n, b) => n + (b.kind === 'good' ? b.len : 0), 0) };
}

/**
 * A summary box above the story ("Key points:" and a list repeating it: "The launch was halted 40 seconds before lift-off", …)
 * is not its text: a summary header before the story's paragraphs (a standfirst may come first) and the list items or
 * short lines under it are dropped, unless no story follows. Returns the dropped blocks' text.
 */
function dropSummaryBox(kept: Block[]): string[] {
  const h = kept.findIndex((b) => !b.inList && b.len <= 40 && isSummaryHeader(b.text));
  if (h < 0 || kept.slice(0, h).filter((b) => b.kind === 'good' && !b.inList).length > 1) return [];
  const listed = kept[h + 1]?.inList ?? false;
  let j = h + 1;
  while (j < kept.length && j - h <= 8 && !kept[j]!.heading && (listed ? kept[j]!.inList : kept[j]!.kind === 'short' && words(kept[j]!.text).length <= 30)) j++;
  const after = kept.slice(j).filter((b) => b.kind === 'good').reduce((n, b) => n + b.len, 0);
  if (j === h + 1 || after < 400) return [];
  return kept.splice(h, j - h).map((b) => b.text);
}

/** The parent element, or null at the top of the tree. */
function up(e: Element): Element | null {
  const p = e.parent;
  return p && p.type === 'tag' ? (p as Element) : null;
}

function isWithin(el: Element, container: Element): boolean {
  for (let e: Element | null = el; e; e = e.parent as Element | null) if (e === container) return true;
  return false;
}

function isAncestorOf(a: Element, b: Element): boolean {
  for (let e = b.parent as Element | null; e; e = e.parent as Element | null) if (e === a) return true;
  return false;
}

function dropReason(b: Block, opts: ContentOptions, seenGood: boolean): string | null {
  if (b.inCaption) return 'caption';
  if (!opts.prune) return null;
  if (b.region) return 'region';
  const ld = b.len ? b.linkLen / b.len : 0;
  if (ld > 0.5 && !b.inPre) return 'links';
  if (opts.patterns && b.len < 700 && !b.heading) {
    // A short paragraph made only of boilerplate sentences ("To read on, subscribe. Already a subscriber? Log in.").
    const sentences = b.text.split(/(?<=[.!?…])\s+(?=[\p{Lu}"„“¿¡])/u);
    if (sentences.length > 1 && sentences.every((x) => boilerKind(x))) return 'pattern';
  }
  if (opts.patterns && b.len < 400) {
    if (blockBoiler(b) && !(b.inTable && b.boiler === 'counter')) return 'pattern';
    if (b.len < 120 && (parseDateLine(b.text) || (!seenGood && parseByline(b.text)))) return 'meta';
    if (b.len < 200 && !endsSentence(b.text) && splitCaption(b.text)?.credit && !b.heading) return 'caption';
  }
  return null;
}
