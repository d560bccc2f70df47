import type { Block } from '../pipeline/types.ts';

/** What the caller knows about an article besides its content; it wins over what extraction finds. */
export interface ArticleHints {
  title?: string | null;
  url?: string | null;
  source?: string | null;
  published?: string | null;
  language?: string | null;
  authors?: string[] | null;
}

/** A clean article, before annotation: the output of the text cleaner, the HTML extractor and the JSON reader. */
export interface ArticleDraft {
  title: string | null;
  /** Clean body: blocks (paragraphs and sub-headings) joined by blank lines. */
  body: string;
  blocks: Block[];
  /** YYYY-MM-DD, or null when it could not be found. */
  published: string | null;
  /** Where the publication date came from ("input", "json-ld", "meta", "dateline", "text", …). */
  published_source: string | null;
  url: string | null;
  canonical_url: string | null;
  /** Site or publisher name. */
  source: string | null;
  authors: string[];
  language: string | null;
  /** Standfirst or summary (the page's description, the line under the headline), not part of the body. */
  description: string | null;
  /** Caption of the article's lead image, when the page gives one. */
  image_caption: string | null;
  /** Photo captions and credit lines found in the input: metadata, not body. */
  captions: string[];
  credits: string[];
  /** Lines or elements the extractor removed as boilerplate (for inspection and evaluation). */
  removed: string[];
}

export type InputFormat = 'text' | 'html' | 'json' | 'raw';
