import type { Block } from '../pipeline/types.ts';
import type { ArticleDraft, ArticleHints } from './types.ts';

/** Joins blocks into a body separated by blank lines, with each block's offsets. */
/**
 * Typewriter quotation marks as wire services write them (``like this'') become the marks they stand for
 * (“like this”), so that quotations are found as in any other text.
 */
export function typographicQuotes(text: string): string {
  return text.includes('``') || text.includes("''") ? text.replace(/``(?=\S)/g, '“').replace(/(?<=\S)''(?!\w)/g, '”') : text;
}

export function joinBlocks(parts: { text: string; kind: Block['kind'] }[]): { body: string; blocks: Block[] } {
  const blocks: Block[] = [];
  let body = '';
  for (const p of parts) {
    const text = typographicQuotes(p.text.trim());
    if (!text) continue;
    if (body) body += '\n\n';
    blocks.push({ start: body.length, end: body.length + text.length, kind: p.kind });
    body += text;
  }
  return { body, blocks };
}

export function emptyDraft(hints: ArticleHints = {}): ArticleDraft {
  return {
    title: hints.title ?? null,
    body: '',
    blocks: [],
    published: hints.published ?? null,
    published_source: hints.published ? 'input' : null,
    url: hints.url ?? null,
    canonical_url: null,
    source: hints.source ?? null,
    authors: hints.authors ?? [],
    language: hints.language ?? null,
    description: null,
    image_caption: null,
    captions: [],
    credits: [],
    removed: [],
  };
}

/** Hints given by the caller override what extraction found. */
export function applyHints(draft: ArticleDraft, hints: ArticleHints): ArticleDraft {
  const out = { ...draft };
  if (hints.title) out.title = hints.title;
  if (hints.url) out.url = hints.url;
  if (hints.source) out.source = hints.source;
  if (hints.language) out.language = hints.language;
  if (hints.authors?.length) out.authors = hints.authors;
  if (hints.published) {
    out.published = hints.published;
    out.published_source = 'input';
  }
  return out;
}
