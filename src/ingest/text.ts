import {
  BYLINE_ROLE,
  boilerKind,
  endsSentence,
  isAllCaps,
  isAuthorBio,
  isCommentsMarker,
  isHandleLine,
  isPersonName,
  isRelatedHeader,
  isSummaryHeader,
  isTitleCase,
  normLine,
  OUTLET_WORD,
  parseByline,
  splitCaption,
  words,
  type BoilerKind,
  type CaptionSplit,
} from './boilerplate.ts';
import { applyHints, emptyDraft, joinBlocks } from './draft.ts';
import { detectLanguage, stopwordSet } from './language.ts';
import {
  chooseDate,
  completeYear,
  consistentWithWeekdays,
  findDates,
  parseDateLine,
  parseWireDateline,
  weekdayMentions,
  yearsIn,
  type DateCandidate,
  type DateLine,
} from './pubdate.ts';
import type { ArticleDraft, ArticleHints } from './types.ts';

/** What the cleaner decided about one line of the input. */
export type LineRole =
  | 'title'
  | 'description'
  | 'paragraph'
  | 'heading'
  | 'caption'
  | 'credit'
  | 'byline'
  | 'date'
  | 'removed';

export interface TextLine {
  text: string;
  role: LineRole;
  /** Why the line was removed or given its role (a boilerplate kind, "head", "tail", "duplicate", …). */
  why: string;
}

interface Unit {
  text: string;
  norm: string;
  nWords: number;
  terminal: boolean;
  boiler: BoilerKind | null;
  caption: CaptionSplit | null;
  /** The line follows the one before it with no blank line between (one block of the page). */
  tight: boolean;
  byline: string[] | null;
  dateLine: DateLine | null;
  /** Index of the first unit with the same normalised text, or -1. */
  dupOf: number;
  /** How many units share this normalised text. */
  repeats: number;
  stopRatio: number;
  role: LineRole | null;
  why: string;
}

// ---------------------------------------------------------------------------------------------
// Lines and hard wrapping

/**
 * Splits raw text into lines, joining hard-wrapped lines back into paragraphs when the text is wrapped. `tight` tells,
 * for each line, that it follows the one before with no blank line between.
 */
function splitLines(raw: string): { lines: string[]; tight: boolean[] } {
  const lines = raw
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim());
  const lengths = lines.filter((l) => l.length > 0).map((l) => l.length).sort((a, b) => a - b);
  let wrapped = false;
  let width = Infinity;
  if (lengths.length >= 8) {
    width = lengths[Math.floor(lengths.length * 0.9)]!;
    const nearWidth = lengths.filter((n) => n >= width * 0.7 && n <= width + 2).length;
    const longer = lengths.filter((n) => n > width + 2).length;
    wrapped = width >= 40 && width <= 160 && nearWidth >= lengths.length * 0.45 && longer <= lengths.length * 0.1;
  }
  const out: string[] = [];
  const tight: boolean[] = [];
  let cur = '';
  let curTight = false;
  let prevLen = 0;
  const flush = () => {
    if (cur) {
      out.push(cur);
      tight.push(curTight);
    }
  };
  for (const l of lines) {
    if (!l) {
      flush();
      cur = '';
      prevLen = 0;
      continue;
    }
    // In wrapped text a line shorter than the wrap width ended its paragraph (or is a heading, a byline, …).
    // In any text, a line that stops mid-sentence and a next line that goes on in lower case are one paragraph.
    const continues =
      !!cur &&
      !/^[•*·–—-]\s/.test(l) &&
      ((wrapped && prevLen >= width * 0.7) || (!endsSentence(cur) && /^\p{Ll}/u.test(l) && words(cur).length >= 6));
    if (continues) cur += ' ' + l;
    else {
      flush();
      curTight = !!cur;
      cur = l;
    }
    prevLen = l.length;
  }
  flush();
  return { lines: out, tight };
}

function stopRatio(text: string, stops: Set<string> | undefined): number {
  const ws = words(text);
  if (!stops || ws.length === 0) return 0.5;
  let n = 0;
  for (const w of ws) if (stops.has(w.toLowerCase())) n++;
  return n / ws.length;
}

/**
 * A writer's name, the outlet and a stamp between dots or bars, with no "By": "Jane Doe · Valley News · Posted: May 4, 2026
 * 5:00 AM ET | Last Updated: 2 hours ago". The first part names the writer (or writers: "Jane Doe and John Roe") when a
 * later part is a labelled stamp, the parts between are short names (the outlet, the desk) and those after it are stamps too.
 * A part named like an outlet ("Valley News") is the site's name.
 */
function stampedByline(text: string): { names: string[]; dateLine: DateLine; outlet: string | null } | null {
  if (!/\s[|•·]\s/.test(text)) return null;
  const parts = text.split(/\s+[|•·]\s+/);
  const di = parts.findIndex((p) => parseDateLine(p));
  const dateLine = di >= 1 ? parseDateLine(parts[di]!) : null;
  // The stamp is labelled ("Posted:", "Updated"): a bare date after a name may follow a club's or a team's.
  if (!dateLine || dateLine.kind === 'plain') return null;
  const names = parts[0]!.split(/\s*(?:,|\band\b|&)\s*/);
  if (!names.every((n) => isPersonName(n))) return null;
  const short = (p: string) => words(p).length <= 4 && /^\p{Lu}/u.test(p) && !endsSentence(p) && !parseByline(p);
  if (!parts.slice(1, di).every(short) || !parts.slice(di + 1).every((p) => parseDateLine(p))) return null;
  return { names, dateLine, outlet: parts.slice(1, di).find((p) => isOutletName(p)) ?? null };
}

function makeUnits(raw: string, stops: Set<string> | undefined): Unit[] {
  const { lines, tight } = splitLines(raw);
  const first = new Map<string, number>();
  const count = new Map<string, number>();
  const units: Unit[] = lines.map((text, i) => {
    const norm = normLine(text);
    if (norm && !first.has(norm)) first.set(norm, i);
    count.set(norm, (count.get(norm) ?? 0) + 1);
    const nWords = words(text).length;
    let dateLine = parseDateLine(text);
    let byline = parseByline(text);
    if (!dateLine && !byline) {
      // "Posted on January 12, 2023 by Helen Marsh", "22 October 2024 | By Jane Doe"
      const m = /^(.+?)\s*(?:[|•·,–—-]\s*)?\b((?:by|von|par|por):?\s+.+)$/iu.exec(text);
      // "By Jane Doe on March 5, 2024", "von Anna Muster am 14. Mai 2014, 15:40 Uhr"
      const m2 = /^((?:by|von|par|por)\s+.+?)\s*(?:,|\||\bon\b|\bam\b|\ble\b|\bel\b)\s+(.+)$/iu.exec(text);
      const pairs: [string, string][] = [];
      if (m) pairs.push([m[2]!, m[1]!]);
      if (m2) pairs.push([m2[1]!, m2[2]!]);
      for (const [bp, dp] of pairs) {
        if (dateLine) break;
        const d = parseDateLine(dp);
        const b = parseByline(bp);
        if (d && b) {
          dateLine = d;
          byline = b;
        }
      }
    }
    // A byline, the writer's town or desk and a stamp between bars: "Written by Jane Doe | Pune | Updated: Jul 8, 2026 11:40 IST".
    if (!dateLine && /\s[|•·]\s/.test(text)) {
      const parts = text.split(/\s+[|•·]\s+/);
      const di = parts.findIndex((p) => parseDateLine(p));
      const bi = parts.findIndex((p) => parseByline(p));
      const other = (p: string, k: number) => k === di || k === bi || (words(p).length <= 3 && /^\p{Lu}/u.test(p) && !endsSentence(p));
      if (di >= 0 && bi >= 0 && parts.every(other)) {
        dateLine = parseDateLine(parts[di]!);
        byline = parseByline(parts[bi]!);
      }
    }
    // A stamp beside a comment counter or a reading time: "17 August 2026 | 3 comments", "May 4, 2026 · 5 min read".
    if (!dateLine && /\s[|•·]\s/.test(text)) {
      const parts = text.split(/\s+[|•·]\s+/);
      const di = parts.findIndex((p) => parseDateLine(p));
      if (di >= 0 && parts.every((p, k) => k === di || boilerKind(p) === 'counter')) dateLine = parseDateLine(parts[di]!);
    }
    const stamped = byline ? null : stampedByline(text);
    if (stamped) {
      byline = stamped.names;
      dateLine ??= stamped.dateLine;
    }
    return {
      text,
      norm,
      nWords,
      terminal: endsSentence(text),
      boiler: boilerKind(text),
      caption: splitCaption(text),
      tight: tight[i]!,
      byline,
      dateLine,
      dupOf: -1,
      repeats: 0,
      stopRatio: stopRatio(text, stops),
      role: null,
      why: '',
    };
  });
  units.forEach((u, i) => {
    const f = first.get(u.norm);
    u.dupOf = f !== undefined && f < i ? f : -1;
    u.repeats = count.get(u.norm) ?? 1;
  });
  return units;
}

// ---------------------------------------------------------------------------------------------
// Classification

function isMeta(u: Unit): boolean {
  return !!(u.boiler || u.caption || u.byline || u.dateLine);
}

/** Prose that anchors the body: a long line ending like a sentence, with ordinary function words. */
function isStrongProse(u: Unit, hasStops: boolean): boolean {
  if (isMeta(u) || u.dupOf >= 0 || u.repeats > 1) return false;
  if (hasStops && u.stopRatio < 0.12) return false;
  return (u.nWords >= 10 && u.terminal) || u.nWords >= 25;
}

/** A complete sentence, however short. */
function isSentence(u: Unit): boolean {
  return u.terminal && u.nWords >= 3 && /\p{L}/u.test(u.text) && !/:$/.test(u.text.trim()) ? true : u.terminal && u.nWords >= 4;
}

function isTitleShape(u: Unit): boolean {
  if (isMeta(u) || u.nWords < 2 || u.nWords > 30 || u.text.length > 220) return false;
  if (/\.$/.test(u.text) && !/\b[A-Z]\.$|\.\.\.$|…$/.test(u.text)) return false;
  return /^[\p{Lu}\p{N}"'“‘«¿¡]/u.test(u.text);
}

function isHeadingShape(u: Unit): boolean {
  if (isMeta(u) || u.terminal && !/[?]$/.test(u.text)) return false;
  if (u.nWords < 2 || u.nWords > 14 || u.text.length > 120) return false;
  if (!/^[\p{Lu}\p{N}"'“‘«¿¡]/u.test(u.text)) return false;
  if (isPersonName(u.text)) return false;
  return /\p{L}{3,}/u.test(u.text);
}

const BULLET = /^(?:[•*·▪►◦‣-]|\d{1,2}[.)])\s+/;

const CONTENT_WORD = /^[\p{L}][\p{L}\p{N}'’-]{2,}$/u;

function contentStems(text: string, stops: Set<string> | undefined): string[] {
  return words(text)
    .map((w) => w.toLowerCase().replace(/['’]s$/, ''))
    .filter((w) => CONTENT_WORD.test(w) && !stops?.has(w))
    .map((w) => w.slice(0, 5));
}

/**
 * Lines that name the site: a newsletter of the site ("Sign up for The Post's Morning Briefing newsletter": the site is
 * the owner, not the newsletter), a copyright note ("© 2025 The Valley Post | Terms of Use", "Copyright © 2025, Harbour
 * Media"), then the site's app ("Download The Valley Post App") and its promo for more news ("Catch all the … News
 * Updates on The Valley Post.").
 */
const SITE_PATTERNS = [
  /^(?:subscribe to|sign up for|get) ((?:the )?[\p{Lu}][\p{L}.&' -]{1,40}?)(?:['’]s(?: [\p{Lu}][\p{L}-]*){0,4})? (?:daily |weekly |free )?newsletters?\b/iu,
  /(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?([\p{Lu}][\p{L}.&' -]{1,40}?)\s*(?:[,.|]|all rights|$)/iu,
  /^(?:[Dd]ownload|[Gg]et) (?:the |our )?((?:The )?\p{Lu}[\p{L}\p{N}.&'’ -]{1,40}?) [Aa]pp\b/u,
  /^\(?[Cc]atch (?:all the|the latest|up on all the)\b.{0,160}\b[Nn]ews\b.*\bon ((?:The )?\p{Lu}[\p{L}\p{N}.&'’ -]{1,40}?)\.?\)?$/u,
];

/** Section names a page title may end with ("Headline | Politics"): not the site's name. */
const SECTION_NAME =
  /^(?:news|world(?: news)?|politics|business|sports?|opinion|culture|tech(?:nology)?|science|health|entertainment|lifestyle|local(?: news)?|national|nation|international|markets?|economy|travel|food|arts?|books|video|live|analysis|comment|editorial|breaking(?: news)?|latest(?: news)?|home|u\.?s\.?|uk|europe|asia|africa|americas|middle east|asia[- ]pacific|courts?|crime|education|environment|climate|weather|obituaries|finance|money|companies|energy|features?|blogs?)$/i;


/** A writer's role written alone: "Political Editor", "Transport correspondent", "Senior Staff Writer". */
function isRoleLine(text: string): boolean {
  return /^\p{Lu}[\p{L}'’-]*(?:\s+(?:&\s+)?[\p{L}'’-]+){0,3}$/u.test(text.trim()) && BYLINE_ROLE.test(text.trim());
}

/** Named like a site: one to five capitalised words ("The Valley Star", "KXRT"), not a section's name ("Politics"). */
function isSiteShaped(name: string): boolean {
  const ws = words(name);
  return (
    ws.length >= 1 &&
    ws.length <= 5 &&
    /^\p{Lu}/u.test(name) &&
    !/[,:;#!?"“”()]|\d/.test(name) &&
    ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|and|on|in|for)$/.test(w)) &&
    !SECTION_NAME.test(name)
  );
}

/**
 * A line that is only a news outlet's name, named so by its last word: "Bridgeport Evening Courier", "The Daily Ledger",
 * "Coastline News". Shown in a page's head, it is the site's name, not the headline.
 */
function isOutletName(text: string): boolean {
  return isSiteShaped(text) && words(text).length >= 2 && OUTLET_WORD.test(words(text).pop() ?? '') && !isPersonName(text);
}

/**
 * A page title copied with the site's name after a separator: "Headline | Site", "Headline - The Valley Star",
 * "Headline — Site". After a bar the last part is not the headline. A headline may hold a dash ("Crews - and farmers -
 * fight the fire", "Rovers - United"), so after a dash the last part is the site's only when it is named like a news
 * outlet ("Tulsa Evening Star") or as the site names itself in its own lines (a copyright note, a call to action).
 * `site` is the last part when it is a site's name (not a section's, "| Politics", nor a date or a phrase); null
 * when the title has no site part.
 */
function titleSite(text: string, siteLines: readonly string[]): { headline: string; site: string | null } | null {
  const namedSo = (name: string): boolean => {
    const n = normLine(name).replace(/^the /, '');
    return n.length >= 3 && siteLines.some((l) => (' ' + l + ' ').includes(' ' + n + ' '));
  };
  const siteShaped = isSiteShaped;
  const outlet = (name: string): boolean => OUTLET_WORD.test(words(name).pop() ?? '');
  const bars = text.split(/\s+\|\s+/);
  if (bars.length > 1 && words(bars[0]!).length >= 3) {
    const last = bars[bars.length - 1]!.trim();
    const site = siteShaped(last) && (words(last).length === 1 || outlet(last) || namedSo(last)) ? last : null;
    return { headline: bars[0]!, site };
  }
  const m = /^(.+\S)\s+[-–—]\s+([^-–—]+)$/u.exec(text);
  if (!m || words(m[1]!).length < 3) return null;
  const [headline, site] = [m[1]!.trim(), m[2]!.trim()];
  return siteShaped(site) && (outlet(site) || namedSo(site)) ? { headline, site } : null;
}

function siteNameFrom(lines: readonly string[]): string | null {
  for (const re of SITE_PATTERNS) {
    for (const l of lines) {
      const m = re.exec(l);
      if (m) {
        // The paper, not the company that owns it: "Valley Courier Media Group" is the Valley Courier.
        let name = m[1]!.trim().replace(/\s+(?:inc|ltd|llc|gmbh)\.?$/i, '');
        const paper = name.replace(/(?:\s+(?:&|and))?(?:\s+(?:media|group|holdings|publishing|publications|newspapers|company|corporation|corp|limited|plc|inc|ltd|llc|gmbh)\.?)+$/i, '');
        if (paper !== name && OUTLET_WORD.test(words(paper).pop() ?? '')) name = paper;
        if (name && words(name).length <= 6 && !/^(?:our|the latest|breaking|daily|free|weekly)\b/i.test(name)) return name;
      }
    }
  }
  return null;
}

/**
 * A summary box above the story ("Key points:" and a list repeating the story: "- Crews halted the launch 40 seconds before
 * lift-off", …) is not its text. It is a summary header before the story's prose (a standfirst may come first), then its
 * items: bulleted lines, lines of the header's own block, or else a few short lines. Kept when no story follows it.
 */
function removeSummaryBox(units: Unit[], hasStops: boolean): void {
  let prose = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (isStrongProse(u, hasStops)) prose++;
    if (prose > 1) return;
    if (u.role || !isSummaryHeader(u.text)) continue;
    const bulleted = i + 1 < units.length && BULLET.test(units[i + 1]!.text);
    const tight = i + 1 < units.length && units[i + 1]!.tight;
    let j = i + 1;
    // Items set apart by blank lines are short and alike: all end a sentence, or none does.
    const loose = (v: Unit) => v.nWords <= 20 && v.terminal === units[i + 1]!.terminal;
    const item = (v: Unit) =>
      !v.role && !v.boiler && !v.byline && !v.dateLine && (bulleted ? BULLET.test(v.text) && v.nWords <= 40 : tight ? v.tight && v.nWords <= 40 : loose(v));
    while (j < units.length && j - i <= (bulleted || tight ? 8 : 5) && item(units[j]!)) j++;
    if (j === i + 1) return;
    const after = units.slice(j).filter((v) => isStrongProse(v, hasStops)).reduce((n, v) => n + v.nWords, 0);
    if (after < 60) return;
    for (let k = i; k < j; k++) {
      units[k]!.role = 'removed';
      units[k]!.why = 'summary box';
    }
    return;
  }
}

export interface TextAnalysis {
  draft: ArticleDraft;
  lines: TextLine[];
}

/**
 * Plain text scraped from a news page → clean article draft. Lines are classified by their features
 * (length, terminal punctuation, function-word density, repetition, position, capitalisation) and by the
 * shared boilerplate patterns: the body runs from the first to the last line of real prose; the title is
 * the headline-like line before it that shares most words with the body; sub-headings are short lines
 * between paragraphs; captions, credits, bylines and date lines become metadata; the rest is removed.
 */
export function analyzeText(raw: string, hints: ArticleHints = {}): TextAnalysis {
  const guessLang = hints.language ?? detectLanguage(raw.slice(0, 8000)) ?? null;
  const lang = (guessLang ?? 'en').toLowerCase().split(/[-_]/)[0]!;
  const stops = stopwordSet(lang);
  const hasStops = !!stops;
  const units = makeUnits(raw, stops);
  const set = (u: Unit, role: LineRole, why = '') => {
    u.role = role;
    u.why = why;
  };
  const hintTitle = hints.title ? normLine(hints.title) : null;
  const siteNorm = hints.source ? normLine(hints.source) : null;

  // Lines that repeat the site name or the given title are never body.
  for (const u of units) {
    if (siteNorm && u.norm === siteNorm) set(u, 'removed', 'site name');
    else if (hintTitle && (u.norm === hintTitle || normLine(u.text.split(/\s+\|\s+/)[0]!) === hintTitle)) set(u, 'removed', 'title');
  }

  removeSummaryBox(units, hasStops);

  // The body zone: the stretch of lines with the most prose less the page furniture between (the
  // maximum-sum segment, as in body-text extraction): prose lines add their words, menus, link lists and
  // boilerplate lines subtract, so prose islands far from the article (an "about us" box, a footer) stay out.
  const weight = (u: Unit): number => {
    if (u.role || u.boiler || u.dupOf >= 0 || u.repeats > 1) return -(2 + u.nWords);
    if (isStrongProse(u, hasStops)) return u.nWords;
    if (u.caption || u.dateLine || u.byline) return -1;
    if (isSentence(u) && (!hasStops || u.stopRatio >= 0.12)) return u.nWords * 0.5;
    if (isHeadingShape(u) || BULLET.test(u.text)) return -1;
    return -(1 + u.nWords * 0.5);
  };
  let first = -1;
  let last = -1;
  {
    let best = 0;
    let sum = 0;
    let start = 0;
    for (let i = 0; i < units.length; i++) {
      const w = weight(units[i]!);
      if (sum <= 0) {
        sum = 0;
        start = i;
      }
      sum += w;
      if (sum > best) {
        best = sum;
        first = start;
        last = i;
      }
    }
    // The zone starts and ends with strong prose.
    while (first >= 0 && first <= last && !(!units[first]!.role && isStrongProse(units[first]!, hasStops))) first++;
    while (last >= first && last >= 0 && !(!units[last]!.role && isStrongProse(units[last]!, hasStops))) last--;
    if (first > last) first = last = -1;
  }
  const noProse = first < 0;
  if (noProse) {
    // No real prose: keep every line that is not boilerplate, after the first headline-like line.
    first = units.findIndex((u) => !u.role && !isMeta(u) && (u.terminal || u.nWords >= 6));
    if (first < 0) first = units.findIndex((u) => !u.role && !isMeta(u));
    last = units.length - 1;
    if (first < 0) first = units.length;
  }

  // The article ends at a comment section, or at a related-links section in its last part.
  const bodyChars = units.slice(first, last + 1).reduce((n, u) => n + u.text.length, 0);
  let seen = 0;
  for (let i = first + 1; i <= last; i++) {
    const u = units[i]!;
    seen += u.text.length;
    if (u.role) continue;
    if (isCommentsMarker(u.text) || (isRelatedHeader(u.text) && seen >= bodyChars * 0.6)) {
      for (let j = i; j < units.length; j++) if (!units[j]!.role && !units[j]!.caption) set(units[j]!, 'removed', j === i ? u.boiler ?? 'section end' : 'after article end');
      last = i - 1;
      while (last > first && units[last]!.role) last--;
      break;
    }
  }

  const captions: string[] = [];
  const credits: string[] = [];
  const authors: string[] = [];
  const dateCands: DateCandidate[] = [];
  const addCaption = (u: Unit) => {
    const c = u.caption!;
    if (c.caption && !captions.includes(c.caption)) captions.push(c.caption);
    if (c.credit && !credits.includes(c.credit)) credits.push(c.credit);
    set(u, c.caption ? 'caption' : 'credit', u.dupOf >= 0 ? 'duplicate' : '');
  };
  const addDateLine = (u: Unit, zone: 'head' | 'body' | 'tail', isFirstLine: boolean) => {
    const d = u.dateLine!;
    set(u, 'date', d.kind);
    if (!d.date) return;
    if (d.kind === 'updated') dateCands.push({ date: d.date, source: 'updated-line', rank: 4 });
    else if (d.kind === 'published') dateCands.push({ date: d.date, source: 'published-line', rank: zone === 'tail' ? 2 : 1 });
    else dateCands.push({ date: d.date, source: 'dateline', rank: isFirstLine ? 0 : zone === 'head' ? 1 : 3 });
  };

  // Metadata lines anywhere: captions, credits, date lines, bylines near the top.
  const firstContent = units.findIndex((u) => !u.role);
  units.forEach((u, i) => {
    if (u.role) return;
    if (u.caption && (!u.boiler || u.boiler === 'media-label')) {
      // A long paragraph with a bracketed agency name is prose, not a caption.
      if (i >= first && i <= last && u.nWords > 60) return;
      addCaption(u);
    } else if (u.dateLine) {
      // A bare "Published" label on the line before makes a plain date a publication date.
      const prev = units[i - 1];
      if (u.dateLine.kind === 'plain' && prev && /^(?:published|posted|first published|veröffentlicht|publié)\s*:?$/i.test(prev.text)) {
        u.dateLine = { ...u.dateLine, kind: 'published' };
      }
      addDateLine(u, i < first ? 'head' : i > last ? 'tail' : 'body', i === firstContent);
      if (u.byline) for (const a of u.byline) if (!authors.includes(a)) authors.push(a);
    }
    else if (u.byline && (i < first || i <= first + 3 || i > last)) {
      for (const a of u.byline) if (!authors.includes(a)) authors.push(a);
      set(u, 'byline');
    }
  });
  // A credit on a line of its own right under a short line of the same block, in text whose paragraphs are set apart by
  // blank lines, is that line's credit, and the line its caption: "Crews clear the road on Monday.\n(Photo: Jane Doe)".
  // (Counted in the text's own stretch when it has one: a page's menus and link lists are lines of one block.)
  const zone = first >= 0 && last - first >= 3 ? units.slice(first, last + 1) : units;
  const blockText = zone.filter((u) => !u.tight).length >= zone.length * 0.6;
  units.forEach((u, i) => {
    const prev = units[i - 1];
    if (!blockText || u.role !== 'credit' || !u.tight || !prev || prev.role || prev.tight) return;
    const next = units[i + 1];
    if (next && next.tight) return;
    if (prev.nWords < 3 || prev.nWords > 40 || /["“”]/.test(prev.text) || isMeta(prev)) return;
    if (!captions.includes(prev.text)) captions.push(prev.text);
    set(prev, 'caption', 'before its credit');
  });
  // A media player copied as a block of its own: its label, its length and a line that describes the clip ("Watch" /
  // "Duration: 1 minute 12 seconds" / "Aerial footage shows the fire front."). The description is the clip's caption.
  units.forEach((u, i) => {
    if (!blockText || u.tight || u.boiler !== 'media-label' || !/^(?:watch|video|play(?: video)?|listen|audio)\b/i.test(u.text)) return;
    let j = i + 1;
    while (j < units.length && units[j]!.tight) j++;
    const rest = units.slice(i + 1, j);
    if (rest.length < 2 || rest.length > 3 || !rest.some((r) => r.boiler === 'counter')) return;
    for (const r of rest) {
      if (r.role || r.boiler || isMeta(r) || r.nWords > 40 || /["“”]/.test(r.text)) continue;
      if (!captions.includes(r.text)) captions.push(r.text);
      set(r, 'caption', 'media');
    }
  });
  // A caption repeated without its credit (alt text and caption) is the same caption.
  for (const u of units) {
    if (u.role || u.nWords < 4) continue;
    if (captions.some((c) => normLine(c) === u.norm)) set(u, 'caption', 'duplicate');
  }

  // ---- head: title, description; everything else is page furniture
  const bodyStems = new Set<string>();
  for (let i = first; i <= last; i++) {
    const u = units[i]!;
    if (!u.role && !u.boiler) for (const s of contentStems(u.text, stops)) bodyStems.add(s);
  }
  // The site's name in the page's head: named like an outlet ("The Valley Courier"), or shown twice there, once after
  // "The" ("The Arizona Republic" in the masthead, "Arizona Republic" under the writer's name).
  const headNorms = new Set(units.slice(0, Math.max(0, first)).map((u) => u.norm));
  const isSiteLine = (u: Unit) =>
    isOutletName(u.text) ||
    (isSiteShaped(u.text) &&
      words(u.text).length >= 2 &&
      (headNorms.has('the ' + u.norm) || (u.norm.startsWith('the ') && headNorms.has(u.norm.slice(4)))));
  let titleIdx = -1;
  if (!hintTitle) {
    let best = -Infinity;
    const cands: number[] = [];
    for (let i = 0; i < first; i++) if (!units[i]!.role && isTitleShape(units[i]!)) cands.push(i);
    // A name alone is a byline's, a paper's name the site's ("Jane Doe", "The Valley Courier"): neither is the headline,
    // however many of its words the text repeats, when the page has another candidate.
    const named = cands.filter((i) => isPersonName(units[i]!.text) || isSiteLine(units[i]!));
    if (named.length < cands.length) for (const i of named) cands.splice(cands.indexOf(i), 1);
    cands.forEach((i, k) => {
      const u = units[i]!;
      const stems = [...new Set(contentStems(u.text, stops))];
      const overlap = stems.length ? stems.filter((s) => bodyStems.has(s)).length / stems.length : 0;
      const closeness = 1 / (1 + (cands.length - 1 - k));
      let score = 2 * overlap + 0.5 * closeness;
      if (u.nWords >= 5 && u.nWords <= 25) score += 0.5;
      if (u.nWords <= 3) score -= 0.4;
      if (u.boiler) score -= 2;
      if (isAllCaps(u.text) && u.nWords <= 4) score -= 0.3;
      if (u.repeats > 1) score += 0.2;
      if (overlap === 0 && u.nWords < 5) score -= 1;
      if (score > best) {
        best = score;
        titleIdx = i;
      }
    });
    // A lone headline-like first line above the text is its title even when it shares no words with it
    // ("A headline\n\nFirst paragraph …"); with several candidates, the words decide.
    const firstLine = units.findIndex((u) => !u.role);
    if (titleIdx >= 0 && best < 0.4 && !(cands.length === 1 && titleIdx === firstLine && !units[titleIdx]!.boiler)) titleIdx = -1;
    // A headline comes before its standfirst: the first candidate that shares most of its words with the body wins.
    for (const i of cands) {
      if (i >= titleIdx) break;
      const u = units[i]!;
      const stems = [...new Set(contentStems(u.text, stops))];
      const overlap = stems.length ? stems.filter((s) => bodyStems.has(s)).length / stems.length : 0;
      if (u.nWords >= 4 && stems.length >= 3 && overlap >= 0.6 && !u.boiler) {
        titleIdx = i;
        break;
      }
    }
  }
  let title: string | null = null;
  let titleSiteName: string | null = null;
  // Lines in the site's own voice, that name it: a copyright note, calls to action, the name the caller gave.
  const siteLines = units.filter((u) => u.boiler === 'copyright' || u.boiler === 'call-to-action').map((u) => u.norm);
  if (hints.source) siteLines.push(normLine(hints.source));
  let description: string | null = null;
  if (titleIdx >= 0) {
    const t = units[titleIdx]!;
    // "Headline | Site" copied from a page title: the site part is not the headline.
    const split = titleSite(t.text, siteLines);
    title = split?.headline ?? t.text;
    titleSiteName = split?.site ?? null;
    set(t, 'title');
    for (const u of units) if (!u.role && (u.norm === t.norm || u.norm === normLine(title))) set(u, 'removed', 'title repeated');
    // The page's own title above the headline ("Headline | Site") names the site.
    if (!titleSiteName) {
      const norm = normLine(title);
      for (const u of units) {
        if (u === t || !u.norm.startsWith(norm + ' ')) continue;
        const split = titleSite(u.text, siteLines);
        if (split && normLine(split.headline) === norm && split.site) {
          titleSiteName = split.site;
          break;
        }
      }
    }
  }
  // Names an author's note speaks of ("Jane Doe is a business reporter with …").
  const bioLines = units.filter((u) => u.nWords <= 40 && isAuthorBio(u.text)).map((u) => u.text);
  const hasBio = (name: string) => bioLines.some((b) => b.startsWith(name + ' '));
  // A writer's role on a line of its own under the name ("Jane Doe" / "Political Editor" / "May 4, 2025", "Transport
  // correspondent") is no name; nor is the paper's name under the writer's ("Jane Doe" / "The Valley Courier" / date).
  const isRole = (k: number) => k < units.length && isRoleLine(units[k]!.text);
  const after = (k: number) => {
    let j = k + 1;
    if (isRole(j)) j++;
    if (j < units.length && isSiteLine(units[j]!)) j++;
    return j;
  };
  // Names above handles ("Jane Doe" / "@janedoe"): a writer's, unless there is a list of them (of politicians, of players).
  const handled = (k: number) => after(k) < units.length && isHandleLine(units[after(k)]!.text);
  const fewHandles = units.slice(0, Math.max(0, first)).filter((u, k) => isPersonName(u.text) && handled(k)).length <= 2;
  for (let i = 0; i < first; i++) {
    const u = units[i]!;
    if (u.role) continue;
    // "Jane Doe in Paris", "Jane Doe, Kano" (the place of a local byline, right above the text).
    const named = /^(.+?)(?:\s+(?:in|at)\s+[\p{Lu}][\p{L}-]+(?:,?\s+[\p{Lu}][\p{L}-]+)?|(,\s*[\p{Lu}][\p{L}-]+))?$/u.exec(u.text);
    // A name above a date line, or above the writer's handle ("Jane Doe" / "@janedoe"), is a byline.
    const nextIsDate = !isRole(i) && (!!units[after(i)]?.dateLine || (fewHandles && handled(i)));
    const atText = i === first - 1;
    // Several names on a line of their own ("Jane Doe and John Roe") above a date line or the text.
    const parts = u.text.split(/\s*(?:,|;|\band\b|&)\s*/).filter(Boolean);
    const several = parts.length >= 2 && parts.every((p) => isPersonName(p)) && (nextIsDate || parts.some(hasBio)) ? parts : null;
    // "Jane Doe, Health Reporter", "Jane Doe | Staff Writer": a name and the writer's role, no "By".
    const roled = /^(.+?)\s*(?:,|\||·|•|\s[-–—])\s*(.+)$/.exec(u.text);
    const one =
      named && isPersonName(named[1]!) && !isSiteLine(u) && (nextIsDate || (named[2] ? atText : named[1] !== u.text) || hasBio(named[1]!))
        ? named[1]!
        : roled && isPersonName(roled[1]!) && isRoleLine(roled[2]!)
          ? roled[1]!
          : null;
    // A share bar's label ("Social Sharing") is no writer, whatever its shape.
    if (i > titleIdx && titleIdx >= 0 && (several || one) && !u.boiler) {
      set(u, 'byline');
      for (const a of several ?? [one!]) if (!authors.includes(a)) authors.push(a);
    } else if (i > titleIdx && titleIdx >= 0 && !description && !u.boiler && u.nWords >= 6 && (u.terminal || u.nWords >= 10) && u.dupOf < 0) {
      set(u, 'description');
      description = u.text;
    } else set(u, 'removed', u.boiler ?? 'head');
  }

  // ---- body
  const leadText = units
    .slice(first, last + 1)
    .filter((u) => !u.role)
    .slice(0, 3)
    .map((u) => u.text)
    .join('\n');
  const leadWeekdays = weekdayMentions(leadText);
  const isPara = (u: Unit) => !u.role && !u.boiler && u.dupOf < 0 && (isSentence(u) || u.nWords >= 15);
  // Lines right between two calls to action are the same box (a newsletter sign-up's pitch): no unpunctuated text.
  const boxed = (before: number, after: number) => [units[before], units[after]].every((b) => b?.boiler === 'call-to-action');
  for (let i = first; i <= last; i++) {
    const u = units[i]!;
    if (u.role) continue;
    if (u.dupOf >= 0) set(u, 'removed', 'duplicate');
    else if (u.boiler) {
      set(u, 'removed', u.boiler);
      // The links listed under a "Related"/"Read more:"/"Trending Now" header are not the article: short lines, and bulleted or
      // numbered items however they end ("2. Who is on the move?", "- Why nurses are leaving"), in the header's block or short.
      if (isRelatedHeader(u.text)) {
        const item = (v: Unit) =>
          !v.role && v.nWords <= 20 && (!isSentence(v) || (BULLET.test(v.text) && (v.tight || !isStrongProse(v, hasStops))));
        for (let j = i + 1; j <= last && item(units[j]!); j++) set(units[j]!, 'removed', 'related link');
      }
    }
    else if (u.repeats > 1 && u.nWords <= 6 && !u.terminal) set(u, 'removed', 'repeated');
    else if (isPara(u) && (u.terminal || !boxed(i - 1, i + 1))) set(u, 'paragraph');
  }
  // Without any prose, the short lines are all there is: they are the text.
  if (noProse) for (let i = first; i <= last; i++) if (!units[i]!.role) set(units[i]!, 'paragraph', 'no prose');
  // Short lines between paragraphs: a sub-heading when a paragraph follows; runs of short lines are lists of links,
  // kept only when they are bulleted items introduced by a colon.
  for (let i = first; i <= last; i++) {
    const u = units[i]!;
    if (u.role) continue;
    let j = i;
    while (j + 1 <= last && !units[j + 1]!.role) j++;
    const run = units.slice(i, j + 1);
    let prev = i - 1;
    while (prev >= first && units[prev]!.role !== 'paragraph' && units[prev]!.role !== 'heading' && units[prev]!.role !== 'removed') prev--;
    let next = j + 1;
    while (next <= last && units[next]!.role !== 'paragraph' && units[next]!.role !== 'removed') next++;
    const nextIsPara = next <= last && units[next]!.role === 'paragraph';
    const introduced = prev >= first && units[prev]!.role === 'paragraph' && /:["”]?$/.test(units[prev]!.text);
    const inBox = boxed(i - 1, j + 1);
    if (run.length === 1) {
      if (/^[—–]\s*\S/.test(u.text)) set(u, 'removed', 'attribution');
      else if (isHeadingShape(u) && nextIsPara && !(u.nWords <= 3 && isAllCaps(u.text) && !/\s/.test(u.text))) set(u, 'heading');
      else if (introduced && BULLET.test(u.text) && u.nWords >= 3) set(u, 'paragraph', 'list item');
      else if (u.nWords >= 10 && !isTitleCase(u.text) && u.stopRatio >= 0.2 && !inBox) set(u, 'paragraph', 'unpunctuated');
      else set(u, 'removed', 'short line');
    } else {
      const listy = run.every((r) => BULLET.test(r.text) && r.nWords >= 3);
      // A list the text announces ("You will need:") keeps its items, bullets or not (copied text loses them);
      // headline-cased items are links to other pages.
      const announced = introduced && nextIsPara && run.filter((r) => isTitleCase(r.text)).length <= run.length / 2;
      for (const r of run) {
        if ((introduced || listy) && BULLET.test(r.text) && r.nWords >= 3) set(r, 'paragraph', 'list item');
        else if (announced && r.nWords >= 2 && !r.boiler) set(r, 'paragraph', 'list item');
        else if (r.nWords >= 12 && r.stopRatio >= 0.2 && !isTitleCase(r.text) && !inBox) set(r, 'paragraph', 'unpunctuated');
        else set(r, 'removed', 'link list');
      }
    }
    i = j;
  }
  // A wire dateline opens the first paragraph.
  const firstPara = units.findIndex((u) => u.role === 'paragraph');
  if (firstPara >= 0) {
    const wire = parseWireDateline(units[firstPara]!.text);
    if (wire?.date) dateCands.push({ date: wire.date, source: 'dateline', rank: 1 });
    else if (wire?.month && wire.day) {
      const text = units.filter((u) => u.role === 'paragraph').map((u) => u.text).join('\n');
      // Without a year in the text, the page's other lines (a caption, a time stamp) may give it. They give it too when the
      // text's years are past events ("… lasted nine days in 2019"): a year of the page that fits the lead's weekday ("on
      // Tuesday") and is not older than any the text mentions is the story's own.
      const fromText = completeYear(wire.month, wire.day, text, leadWeekdays);
      const fromPage = completeYear(wire.month, wire.day, units.filter((u) => u.role !== 'paragraph').map((u) => u.text).join('\n'), leadWeekdays);
      const fits = (iso: string | null): iso is string => !!iso && leadWeekdays.length > 0 && consistentWithWeekdays(iso, leadWeekdays);
      const textYear = Math.max(0, ...yearsIn(text));
      const d = fromText && fits(fromPage) && +fromPage.slice(0, 4) >= textYear ? fromPage : (fromText ?? fromPage);
      if (d) dateCands.push({ date: d, source: 'dateline', rank: 2 });
    }
  }

  // ---- tail: sentences that continue the body directly are body; the rest is page furniture.
  let contiguous = true;
  let promoLines = 0;
  // A sentence that speaks of the story's own things: two of its content words or more, a third of them, are the body's.
  const ofTheStory = (u: Unit) => {
    const stems = [...new Set(contentStems(u.text, stops))];
    const shared = stems.filter((s) => bodyStems.has(s)).length;
    return shared >= 2 && shared >= stems.length / 3;
  };
  for (let i = last + 1; i < units.length; i++) {
    const u = units[i]!;
    if (u.role === 'caption' || u.role === 'credit') continue;
    if (u.role) {
      contiguous = false;
      continue;
    }
    // (A short sentence of names may have no stop word: "Rovers host Fenwick City next Saturday.")
    const prose = !hasStops || u.stopRatio >= 0.1 || (u.nWords >= 4 && /[.!?]["”’]?$/.test(u.text) && /^\p{Lu}/u.test(u.text) && /\s\p{Ll}{3,}\s/u.test(u.text));
    if (contiguous && !u.boiler && u.dupOf < 0 && isSentence(u) && u.repeats === 1 && prose && (promoLines === 0 || ofTheStory(u))) {
      set(u, 'paragraph', 'tail');
    }
    // A promo between paragraphs ("Also Read | Why the river floods", "Advertisement") does not end the text; a header does.
    else if (u.boiler === 'advertisement' || (u.boiler === 'related' && !isRelatedHeader(u.text) && /^[^:|]{2,30}\s*[:|]\s*\S/.test(u.text))) {
      set(u, 'removed', u.boiler);
    }
    // Nor does a newsletter box of a few lines ("Sign up for The Post's Schools newsletter" / "Get the latest … in your
    // inbox."): a sentence after it that speaks of the story's things is the story's last.
    else if (contiguous && u.boiler === 'call-to-action' && ++promoLines <= 3) {
      set(u, 'removed', u.boiler);
    } else {
      contiguous = false;
      set(u, 'removed', u.boiler ?? (u.dupOf >= 0 ? 'duplicate' : 'tail'));
    }
  }

  // An author's note closing the text ("Jane Doe is a reporter covering …") is about the page's writer, not the story.
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i]!;
    if (u.role !== 'paragraph' && u.role !== 'heading') continue;
    if (u.role === 'paragraph' && isAuthorBio(u.text)) set(u, 'removed', 'author-bio');
    else break;
  }

  // ---- publication date
  for (const c of captions) {
    if (/\bfile\b/i.test(c)) continue;
    for (const d of findDates(c)) dateCands.push({ date: d.date, source: 'caption', rank: 5, needsWeekdayCheck: true });
  }
  const paragraphs = units.filter((u) => u.role === 'paragraph' || u.role === 'heading');
  for (const p of paragraphs) {
    for (const d of findDates(p.text)) {
      const before = p.text.slice(Math.max(0, d.start - 40), d.start);
      if (/\b(?:until|by|before|scheduled|will|next|due|deadline|expected|planned|from)\b[^.]*$/i.test(before)) continue;
      dateCands.push({ date: d.date, source: 'text', rank: 6, needsWeekdayCheck: true });
    }
  }
  // A date guessed from captions or the text is not older than the latest year the article mentions.
  const maxYear = Math.max(0, ...yearsIn(paragraphs.map((p) => p.text).join('\n')));
  const chosen = chooseDate(
    dateCands.filter((c) => !c.needsWeekdayCheck || +c.date.slice(0, 4) >= maxYear),
    leadWeekdays,
  );

  // Else the paper's name on a line of its own in the page's head ("The Valley Courier" above or under the headline).
  const mastheadName =
    units.slice(0, Math.max(0, first)).find((u) => u.role === 'removed' && isSiteLine(u) && !SECTION_NAME.test(words(u.text).slice(0, -1).join(' ')))
      ?.text ?? null;
  // Else the outlet named in a byline with a stamp ("Jane Doe · Valley News · Posted: May 4, 2026").
  const bylineOutlet = units.filter((u) => u.byline && u.dateLine).map((u) => stampedByline(u.text)?.outlet).find(Boolean) ?? null;
  const { body, blocks } = joinBlocks(
    units.filter((u) => u.role === 'paragraph' || u.role === 'heading').map((u) => ({ text: u.text, kind: u.role === 'heading' ? 'heading' : 'paragraph' })),
  );
  const draft = emptyDraft(hints);
  const removed = units.filter((u) => u.role === 'removed' && u.why !== 'title' && u.why !== 'title repeated').map((u) => u.text);
  const out: ArticleDraft = {
    ...draft,
    title,
    body,
    blocks,
    published: chosen?.date ?? null,
    published_source: chosen?.source ?? null,
    source: hints.source ?? titleSiteName ?? siteNameFrom(units.filter((u) => u.role === 'removed').map((u) => u.text)) ?? mastheadName ?? bylineOutlet,
    authors,
    language: hints.language ?? detectLanguage(body) ?? guessLang,
    captions,
    credits,
    removed,
    description,
  };
  const lines: TextLine[] = units.map((u) => ({ text: u.text, role: u.role ?? 'removed', why: u.why }));
  return { draft: applyHints(out, hints), lines };
}

/** Plain text → clean article draft (see analyzeText). */
export function cleanText(raw: string, hints: ArticleHints = {}): ArticleDraft {
  return analyzeText(raw, hints).draft;
}
