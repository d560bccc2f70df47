import { readFileSync } from 'node:fs';
import { annotate } from '../../src/pipeline/index.ts';

/**
 * The hand-checked quotations of data/eval/wikinews-quotes: for each quotation in quotation marks (four words
 * or more) of some bundled Wikinews articles, who said it. A quotation counts as found when a quote the product
 * extracts overlaps it, and its speaker as right when that quote's speaker entity carries one of the gold names
 * (the same name, or one ending the other word for word: "Johnson" for "Boris Johnson").
 */

export interface CheckItem {
  url: string;
  /** The start of the quotation's text, inside its marks. */
  prefix: string;
  /** The speaker's names (any of them is right), or null when the gold leaves the speaker open ("?"). */
  speakers: string[] | null;
}

interface BundledArticle {
  url: string;
  title: string;
  published: string | null;
  text: string;
}

const BUNDLED = new URL('../../data/wikinews/articles.ndjson', import.meta.url);

export function readCheck(path: string): CheckItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const [url, prefix, speakers] = l.split('\t');
      if (!url || !prefix || !speakers) throw new Error(`${path}: bad line ${JSON.stringify(l)}`);
      return { url, prefix, speakers: speakers === '?' ? null : speakers.split('|') };
    });
}

const words = (s: string): string[] => s.toLowerCase().replace(/[’']/g, "'").split(/\s+/).filter(Boolean);

/** Whether the shorter of two names ends the longer one word for word. */
export function sameName(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)].sort((p, q) => p.length - q.length) as [string[], string[]];
  return x.length > 0 && x.every((w, i) => w === y[y.length - x.length + i]);
}

export interface CheckResult {
  quotations: number;
  found: number;
  speaker_checked: number;
  speaker_right: number;
  found_pct: number;
  speaker_pct: number;
  misses: string[];
}

export function scoreCheck(items: readonly CheckItem[]): CheckResult {
  const articles = new Map<string, BundledArticle>();
  for (const line of readFileSync(BUNDLED, 'utf8').split('\n')) if (line.trim()) {
    const a = JSON.parse(line) as BundledArticle;
    articles.set(a.url, a);
  }
  const docs = new Map<string, ReturnType<typeof annotate>>();
  let found = 0;
  let checked = 0;
  let right = 0;
  const misses: string[] = [];
  for (const item of items) {
    const a = articles.get(item.url);
    if (!a) throw new Error(`not a bundled article: ${item.url}`);
    let doc = docs.get(item.url);
    if (!doc) {
      doc = annotate({ body: a.text.trim(), title: a.title, published: a.published });
      docs.set(item.url, doc);
    }
    const at = doc.body.indexOf(`"${item.prefix}`);
    if (at < 0) throw new Error(`quotation not found in ${item.url}: ${item.prefix}`);
    const end = doc.body.indexOf('"', at + 1) + 1;
    const q = doc.quotes.find((x) => x.start < end && at < x.end);
    if (!q) {
      misses.push(`missed: ${item.prefix}`);
      continue;
    }
    found++;
    if (!item.speakers) continue;
    checked++;
    const entity = q.speaker?.entity_id ? doc.entities.find((e) => e.id === q.speaker!.entity_id)?.name : undefined;
    if (entity && item.speakers.some((s) => sameName(s, entity))) right++;
    else misses.push(`speaker ${entity ?? q.speaker?.name ?? 'none'} for ${item.speakers.join('|')}: ${item.prefix}`);
  }
  const pct = (x: number, n: number): number => (n ? Math.round((1000 * x) / n) / 10 : 0);
  return { quotations: items.length, found, speaker_checked: checked, speaker_right: right, found_pct: pct(found, items.length), speaker_pct: pct(right, checked), misses };
}
