import { parseByline } from './boilerplate.ts';
import { InputError } from './errors.ts';
import type { ArticleHints, InputFormat } from './types.ts';

/** A JSON article record as it comes from feeds and exports: which field holds what varies, so several names are accepted. */
export interface RecordContent {
  format: Exclude<InputFormat, 'json'>;
  content: string;
  hints: ArticleHints;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v : null;
}

function first(rec: Record<string, unknown>, names: string[]): string | null {
  for (const n of names) {
    const v = str(rec[n]);
    if (v) return v;
  }
  return null;
}

function authorsOf(v: unknown): string[] | null {
  // A byline as the site writes it ("By Sarah Nguyen, Court Reporter", "By Shauna Kerr, Lethbridge Herald-Tribune"): the
  // names only.
  if (typeof v === 'string' && v.trim()) return parseByline(`By ${v.trim().replace(/^by\s+/i, '')}`) ?? v.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean);
  if (Array.isArray(v)) {
    const names = v
      .map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' ? str((a as Record<string, unknown>).name) : null))
      .filter((a): a is string => !!a);
    return names.length ? names : null;
  }
  return null;
}

export function recordContent(value: unknown): RecordContent {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError('invalid_record', 'An article record must be a JSON object.');
  }
  const rec = value as Record<string, unknown>;
  const hints: ArticleHints = {
    title: first(rec, ['title', 'headline']),
    url: first(rec, ['url', 'link']),
    source: first(rec, ['source', 'site', 'site_name', 'publisher']),
    published: first(rec, ['published', 'date', 'published_at', 'publishedAt', 'datePublished', 'pubDate']),
    language: first(rec, ['language', 'lang']),
    authors: authorsOf(rec.authors ?? rec.author ?? rec.byline),
  };
  const html = first(rec, ['html']);
  if (html) return { format: 'html', content: html, hints };
  const text = first(rec, ['text', 'body', 'content']);
  if (text) return { format: 'text', content: text, hints };
  throw new InputError('missing_content', 'An article record needs a non-empty "text", "body", "content" or "html" field.');
}
