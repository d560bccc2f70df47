import { applyHints, emptyDraft, joinBlocks } from './draft.ts';
import { DEFAULT_CONTENT_OPTIONS, extractContent, type ContentOptions } from './html/content.ts';
import { parseHtml } from './html/dom.ts';
import type { ArticleDraft, ArticleHints } from './types.ts';

export type HtmlOptions = ContentOptions;

export const DEFAULT_HTML_OPTIONS: HtmlOptions = { ...DEFAULT_CONTENT_OPTIONS };

/** HTML page → clean article, with extraction options (for evaluation and ablation). */
export function extractHtmlWith(html: string, hints: ArticleHints = {}, opts: HtmlOptions = DEFAULT_HTML_OPTIONS): ArticleDraft {
  const draft = emptyDraft(hints);
  const doc = parseHtml(html);
  const content = extractContent(doc, opts, hints.language);
  const parts: { text: string; kind: 'paragraph' | 'heading' }[] = [];
  for (const b of content.kept) {
    for (const p of b.text.split(/\n{2,}/)) parts.push({ text: p.replace(/\n/g, b.inPre ? '\n' : ' '), kind: b.heading ? 'heading' : 'paragraph' });
  }
  const { body, blocks } = joinBlocks(parts);
  return applyHints({ ...draft, body, blocks, captions: content.captions, credits: content.credits, removed: content.removed, language: content.language }, hints);
}

/** HTML page → clean article: main text without boilerplate, and the page's metadata. */
export function extractHtml(html: string, hints: ArticleHints = {}): ArticleDraft {
  return extractHtmlWith(html, hints);
}
