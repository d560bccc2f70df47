import { applyHints, emptyDraft, joinBlocks } from './draft.ts';
import type { ArticleDraft, ArticleHints } from './types.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * HTML page → clean article. First version: <title> and the text of <p>/<h2>-<h4> elements.
 * (The main-content extractor replaces this.)
 */
export function extractHtml(html: string, hints: ArticleHints = {}): ArticleDraft {
  const draft = emptyDraft(hints);
  const clean = html.replace(/<(script|style|noscript)\b[\s\S]*?<\/\1>/gi, '');
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(clean)?.[1];
  const parts: { text: string; kind: 'paragraph' | 'heading' }[] = [];
  for (const m of clean.matchAll(/<(p|h[2-4])\b[^>]*>([\s\S]*?)<\/\1>/gi)) {
    const text = decode(m[2]!.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
    if (text) parts.push({ text, kind: m[1]!.toLowerCase() === 'p' ? 'paragraph' : 'heading' });
  }
  const { body, blocks } = joinBlocks(parts);
  return applyHints({ ...draft, title: title ? decode(title).replace(/\s+/g, ' ').trim() : null, body, blocks }, hints);
}
