import { annotate } from '../pipeline/index.ts';
import { blocksFromBody } from '../pipeline/run.ts';
import type { Doc, Stage } from '../pipeline/types.ts';
import { requirePublished } from './dates.ts';
import { applyHints, emptyDraft } from './draft.ts';
import { InputError } from './errors.ts';
import { extractHtml } from './html.ts';
import { recordContent } from './json.ts';
import { cleanText } from './text.ts';
import type { ArticleDraft, ArticleHints, InputFormat } from './types.ts';

/** Turns one input in any supported format into a clean article draft. Pure: no I/O. */
export function toDraft(format: InputFormat, content: string, hints: ArticleHints = {}): ArticleDraft {
  const given = { ...hints, published: requirePublished(hints.published) };
  switch (format) {
    case 'raw': {
      const draft = applyHints(emptyDraft(given), given);
      return { ...draft, body: content, blocks: blocksFromBody(content) };
    }
    case 'text':
      return cleanText(content, given);
    case 'html':
      return extractHtml(content, given);
    case 'json': {
      let value: unknown;
      try {
        value = JSON.parse(content);
      } catch (err) {
        throw new InputError('invalid_json', `The input is not valid JSON: ${(err as Error).message}`);
      }
      const rec = recordContent(value);
      return toDraft(rec.format, rec.content, { ...rec.hints, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v != null)) });
    }
  }
}

export interface PreparedArticle {
  draft: ArticleDraft;
  doc: Doc;
}

/** Draft → annotated document (the pipeline run), with the draft kept for its metadata. */
export function annotateDraft(draft: ArticleDraft, stages?: readonly Stage[]): PreparedArticle {
  const doc = annotate(
    { body: draft.body, title: draft.title, published: draft.published, language: draft.language, blocks: draft.blocks },
    stages,
  );
  return { draft, doc };
}

export function prepare(format: InputFormat, content: string, hints: ArticleHints = {}, stages?: readonly Stage[]): PreparedArticle {
  return annotateDraft(toDraft(format, content, hints), stages);
}
