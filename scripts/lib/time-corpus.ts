import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parsePublished } from '../../src/ingest/dates.ts';
import type { TimeType } from '../../src/pipeline/types.ts';

/**
 * Readers for the two gold formats of time expressions:
 * - TimeML (.tml, TimeBank / AQUAINT / TempEval-3): the body is the TEXT element's content with the tags
 *   removed and XML entities decoded; gold offsets are character offsets into that body.
 * - MEANTIME CAT XML (.xml with <token> elements): the body is rebuilt from the tokens (detokenized, the
 *   title and dateline as paragraphs of their own); gold offsets are those of the anchored tokens.
 * The document creation time (DCT) is the reference date; the DCT TIMEX3 itself is not scored
 * (in MEANTIME it is inside the text, so its span is listed in `exclude`). MEANTIME annotates time
 * expressions only in the title and the first five sentences (the dateline included; sentences 0-5 of the
 * CAT files), so the rest of each body is excluded from scoring as well.
 */

/** MEANTIME: the last sentence index with time annotation (title = 0, dateline = 1). */
export const MEANTIME_ANNOTATED_SENTENCES = 5;

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: TimeType;
  value: string;
}

export interface TimeDoc {
  id: string;
  format: 'timeml' | 'meantime';
  body: string;
  /** DCT as YYYY-MM-DD, or null when the document has none. */
  dct: string | null;
  gold: GoldTimex[];
  /** Spans whose system annotations are ignored (the DCT inside the text). */
  exclude: { start: number; end: number }[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) out[m[1]!] = decodeXml(m[2]!);
  return out;
}

function timeType(t: string | undefined): TimeType {
  const x = (t ?? 'DATE').toLowerCase();
  return x === 'time' || x === 'duration' || x === 'set' ? x : 'date';
}

/** The calendar date of a DCT value ("1998-01-08", "1999-01-22T13:06", "19980108"), or null. */
export function dctDate(value: string | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(value);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

export function parseTimeML(xml: string, id: string): TimeDoc {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dct = dctTag ? dctDate(attrs(dctTag[1]!).value) : null;
  const textMatch = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml);
  if (!textMatch) throw new Error(`${id}: no TEXT element`);
  const inner = textMatch[1]!;
  let body = '';
  const gold: GoldTimex[] = [];
  const open: { start: number; a: Record<string, string> }[] = [];
  let pos = 0;
  for (const m of inner.matchAll(/<(\/?)([A-Za-z0-9_]+)([^>]*?)(\/?)>/g)) {
    body += decodeXml(inner.slice(pos, m.index));
    pos = m.index + m[0].length;
    if (m[2] !== 'TIMEX3' || m[4] === '/') continue;
    if (m[1] === '') open.push({ start: body.length, a: attrs(m[3]!) });
    else {
      const o = open.pop();
      if (!o) throw new Error(`${id}: unbalanced TIMEX3`);
      if (o.a.functionInDocument === 'CREATION_TIME') continue;
      const text = body.slice(o.start, body.length);
      if (text.trim() === '') continue;
      gold.push({ start: o.start, end: body.length, text, type: timeType(o.a.type), value: o.a.value ?? '' });
    }
  }
  body += decodeXml(inner.slice(pos));
  return { id, format: 'timeml', body, dct, gold, exclude: [] };
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|''|'s|'S|'m|'re|'ve|'ll|'d|n't|'|\.\.\.)$/;
const NO_SPACE_AFTER = /^(?:[([{$]|``|US\$|C\$|A\$)$/;

export function parseMeantime(xml: string, id: string): TimeDoc {
  const tokens: { id: string; text: string; sentence: number }[] = [];
  for (const m of xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)) {
    const a = attrs(m[1]!);
    tokens.push({ id: a.t_id!, text: decodeXml(m[2]!), sentence: Number(a.sentence) });
  }
  const offsets = new Map<string, { start: number; end: number }>();
  let body = '';
  let prev: (typeof tokens)[number] | null = null;
  let quoteOpen = false;
  let annotatedEnd = -1;
  for (const t of tokens) {
    let text = t.text;
    if (text === '``') text = '"';
    else if (text === "''") text = '"';
    else if (text === '"') text = '"';
    if (prev) {
      if (t.sentence !== prev.sentence && t.sentence <= 2) body += '\n\n';
      else if (t.sentence !== prev.sentence) body += ' ';
      else {
        const isCloseQuote = t.text === "''" || (t.text === '"' && quoteOpen);
        const afterOpenQuote = prev.text === '``' || (prev.text === '"' && quoteOpen && body.endsWith('"'));
        const noSpace = NO_SPACE_BEFORE.test(t.text) || isCloseQuote || NO_SPACE_AFTER.test(prev.text) || afterOpenQuote;
        if (!noSpace) body += ' ';
      }
    }
    if (t.text === '``' || (t.text === '"' && !quoteOpen)) quoteOpen = true;
    else if (t.text === "''" || t.text === '"') quoteOpen = false;
    if (annotatedEnd < 0 && t.sentence > MEANTIME_ANNOTATED_SENTENCES) annotatedEnd = body.length;
    offsets.set(t.id, { start: body.length, end: body.length + text.length });
    body += text;
    prev = t;
  }
  let dct: string | null = null;
  const gold: GoldTimex[] = [];
  const exclude: { start: number; end: number }[] = [];
  const markables = /<Markables>([\s\S]*?)<\/Markables>/.exec(xml)?.[1] ?? '';
  for (const m of markables.matchAll(/<TIMEX3\b([^>]*?)(?:\/>|>([\s\S]*?)<\/TIMEX3>)/g)) {
    const a = attrs(m[1]!);
    const anchors = [...(m[2] ?? '').matchAll(/t_id="([^"]+)"/g)].map((x) => offsets.get(x[1]!)).filter((x) => x !== undefined);
    const creation = a.functionInDocument === 'CREATION_TIME';
    if (anchors.length === 0) continue;
    const start = Math.min(...anchors.map((x) => x.start));
    const end = Math.max(...anchors.map((x) => x.end));
    if (creation) {
      dct = dctDate(a.value) ?? parsePublished(body.slice(start, end));
      exclude.push({ start, end });
      continue;
    }
    gold.push({ start, end, text: body.slice(start, end), type: timeType(a.type), value: a.value ?? '' });
  }
  gold.sort((x, y) => x.start - y.start);
  if (annotatedEnd >= 0) exclude.push({ start: annotatedEnd, end: body.length });
  if (!dct) {
    // No creation time marked: the dateline (a full date in the first sentences) is the reference, and stays scored.
    const titleEnd = body.indexOf('\n\n');
    const datelineEnd = titleEnd < 0 ? -1 : body.indexOf('\n\n', titleEnd + 2);
    const limit = datelineEnd < 0 ? body.length : datelineEnd;
    const first = gold.find((g) => /^\d{4}-\d{2}-\d{2}$/.test(g.value) && g.start < limit);
    dct = first ? first.value : null;
  }
  return { id, format: 'meantime', body, dct, gold, exclude };
}

function listFiles(path: string): string[] {
  const st = statSync(path);
  if (st.isFile()) return [path];
  const out: string[] = [];
  for (const name of readdirSync(path).sort()) {
    const p = join(path, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else if (/\.(?:tml|xml)$/i.test(name)) out.push(p);
  }
  return out;
}

/** Reads every TimeML or MEANTIME file under the given files or folders (recursively), detecting the format. */
export function loadTimeCorpus(paths: readonly string[]): TimeDoc[] {
  const docs: TimeDoc[] = [];
  for (const p of paths) {
    for (const file of listFiles(p)) {
      const xml = readFileSync(file, 'utf8');
      const id = basename(file);
      if (/<TimeML\b/.test(xml) || /\.tml$/i.test(file)) docs.push(parseTimeML(xml, id));
      else if (/<Document\b/.test(xml) && /<token\b/.test(xml)) docs.push(parseMeantime(xml, id));
    }
  }
  return docs;
}
