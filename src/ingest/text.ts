import { applyHints, emptyDraft, joinBlocks } from './draft.ts';
import type { ArticleDraft, ArticleHints } from './types.ts';

/**
 * Plain text → clean article. First version: the first paragraph is the title, the others are the body.
 * (The boilerplate-aware cleaner replaces this.)
 */
export function cleanText(raw: string, hints: ArticleHints = {}): ArticleDraft {
  const paras = raw.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const draft = emptyDraft(hints);
  const title = hints.title ? null : (paras.shift() ?? null);
  const { body, blocks } = joinBlocks(paras.map((text) => ({ text, kind: 'paragraph' as const })));
  return applyHints({ ...draft, title, body, blocks }, hints);
}
