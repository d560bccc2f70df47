import { z } from 'zod';
import {
  ArticleRef,
  DateString,
  EntityTypeSchema,
  MentionKindSchema,
  NextCursor,
  PageQuery,
  QuoteKindSchema,
  Span,
  TimeTypeSchema,
  orderedRange,
} from './common.ts';

// ------------------------------------------------------------------ input

export const ArticleInput = z
  .object({
    text: z.string().optional().meta({ description: 'The article as plain text (scraped text is cleaned of site boilerplate unless format is "raw").' }),
    html: z.string().optional().meta({ description: 'The article as an HTML page; its main content is extracted.' }),
    format: z.enum(['text', 'html', 'raw']).optional().meta({
      description: 'How to read the content: text (default with `text`), html (default with `html`), raw (the text is the body exactly as given).',
    }),
    title: z.string().max(2000).nullish(),
    url: z.string().max(4000).nullish(),
    source: z.string().max(500).nullish().meta({ description: 'Site or publisher name.' }),
    published: z.string().max(100).nullish().meta({ description: 'Publication date (YYYY-MM-DD preferred; "October 22, 2024" is read too).' }),
    language: z.string().max(35).nullish().meta({ description: 'BCP-47 language tag; "en" when absent.' }),
    authors: z.union([z.string().max(2000), z.array(z.string().max(500)).max(100)]).nullish(),
  })
  .refine((v) => (v.text ?? v.html) !== undefined, { message: 'Give the article in "text" or "html".', path: ['text'] })
  .refine((v) => v.text === undefined || v.html === undefined, { message: 'Give either "text" or "html", not both.', path: ['html'] })
  .meta({ id: 'ArticleCreate', description: 'An article to ingest, as JSON. Exactly one of text and html.' });
export type ArticleInput = z.infer<typeof ArticleInput>;

export const TextBody = z.string().meta({ description: 'The article as plain text (text/plain) or as an HTML page (text/html).' });

export const ArticleCreateQuery = z.object({
  title: z.string().max(2000).optional(),
  url: z.string().max(4000).optional(),
  source: z.string().max(500).optional(),
  published: z.string().max(100).optional().meta({ description: 'Publication date, for text/plain and text/html bodies.' }),
  language: z.string().max(35).optional(),
  format: z.enum(['text', 'html', 'raw']).optional().meta({ description: 'For text/plain bodies: "raw" stores the text exactly as sent.' }),
});

export const BatchBody = z.array(z.unknown()).meta({ description: 'A JSON array of ArticleCreate records.' });
export const NdjsonBody = z.string().meta({ description: 'NDJSON: one ArticleCreate record per line.' });

// ------------------------------------------------------------------ output

export const Block = z
  .object({ start: z.number().int(), end: z.number().int(), kind: z.enum(['paragraph', 'heading']) })
  .meta({ id: 'Block', description: 'A paragraph or sub-heading of the body.' });

export const Mention = z
  .object({ start: z.number().int(), end: z.number().int(), text: z.string(), kind: MentionKindSchema })
  .meta({ id: 'Mention', description: 'Where an entity is mentioned: by name, by a noun phrase or by a pronoun.' });

export const ArticleEntity = z
  .object({
    id: z.number().int().meta({ description: 'Canonical entity id (GET /entities/{id}).' }),
    type: EntityTypeSchema,
    name: z.string().meta({ description: 'The name this article uses.' }),
    canonical_name: z.string(),
    mentions: z.array(Mention),
  })
  .meta({ id: 'ArticleEntity', description: 'A person, organization or place of the article with its mentions.' });

export const DateAnnotation = z
  .object({
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    type: TimeTypeSchema,
    value: z.string().meta({ description: 'TimeML value resolved against the publication date ("2024-10-22", "2024-W43", "P10Y", "PAST_REF").' }),
    value_start: z.string().nullable().meta({ description: 'First calendar day the value covers (null for durations, sets and references).' }),
    value_end: z.string().nullable().meta({ description: 'Last calendar day the value covers.' }),
    granularity: z.string().nullable().meta({ description: 'day, week, month, quarter, half, season, year, decade or century.' }),
  })
  .meta({ id: 'DateAnnotation', description: 'A time expression of the article.' });

export const Speaker = z
  .object({
    name: z.string(),
    start: z.number().int().nullable(),
    end: z.number().int().nullable(),
    entity_id: z.number().int().nullable().meta({ description: 'Canonical entity id of the speaker, when resolved.' }),
  })
  .meta({ id: 'Speaker' });

export const Quote = z
  .object({
    id: z.number().int(),
    article_id: z.number().int(),
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    kind: QuoteKindSchema,
    cue: Span.nullable().meta({ description: 'The attribution cue ("said", "told reporters").' }),
    speaker: Speaker.nullable(),
  })
  .meta({ id: 'Quote', description: 'A direct, partial or indirect quotation.' });

export const QuoteWithArticle = Quote.extend({ article: ArticleRef }).meta({ id: 'QuoteWithArticle' });

export const Article = z
  .object({
    id: z.number().int(),
    title: z.string().nullable(),
    body: z.string(),
    blocks: z.array(Block),
    published: z.string().nullable().meta({ description: 'Publication date, YYYY-MM-DD.' }),
    published_source: z.string().nullable().meta({ description: 'Where the publication date came from ("input", "meta", "dateline", "text", …).' }),
    url: z.string().nullable(),
    canonical_url: z.string().nullable(),
    source: z.string().nullable(),
    authors: z.array(z.string()),
    language: z.string(),
    captions: z.array(z.string()),
    credits: z.array(z.string()),
    content_hash: z.string().meta({ description: 'sha256 of the body with whitespace collapsed.' }),
    annotations_skipped: z.array(z.string()).meta({ description: 'Annotation stages that did not run, with the reason.' }),
    metadata: z.record(z.string(), z.unknown()).meta({ description: 'Other fields found while extracting the article.' }),
    created_at: z.string(),
    updated_at: z.string(),
    entities: z.array(ArticleEntity),
    dates: z.array(DateAnnotation),
    quotes: z.array(Quote),
  })
  .meta({ id: 'Article', description: 'A stored article with all its annotations. Offsets index into body.' });

export const IngestStatus = z.enum(['created', 'duplicate', 'updated']).meta({
  id: 'IngestStatus',
  description:
    'created: a new article. duplicate: the same text (or the same URL with the same text) was already stored; nothing changed. ' +
    'updated: an article with the same URL had a different text and was replaced, keeping its id.',
});

export const ArticleIngestResult = z
  .object({ status: IngestStatus, article: Article })
  .meta({ id: 'ArticleIngestResult', description: 'The stored article and whether it was new.' });

export const BatchResult = z
  .object({
    articles: z.number().int().meta({ description: 'Records in the batch.' }),
    created: z.number().int(),
    updated: z.number().int(),
    duplicates: z.number().int(),
    items: z.array(z.object({ id: z.number().int(), status: IngestStatus })).meta({ description: 'One per record, in input order.' }),
  })
  .meta({ id: 'BatchResult', description: 'Summary of a batch, written atomically.' });

export const ArticleSummary = z
  .object({
    id: z.number().int(),
    title: z.string().nullable(),
    published: z.string().nullable(),
    url: z.string().nullable(),
    source: z.string().nullable(),
    language: z.string(),
    authors: z.array(z.string()),
    created_at: z.string(),
    snippet: z.string().nullable().meta({ description: 'With q: the best matching passage, matches between « and ».' }),
  })
  .meta({ id: 'ArticleSummary' });

export const ArticleList = z.object({ items: z.array(ArticleSummary), next_cursor: NextCursor }).meta({ id: 'ArticleList' });
export const QuoteList = z.object({ items: z.array(QuoteWithArticle), next_cursor: NextCursor }).meta({ id: 'QuoteList' });

// ------------------------------------------------------------------ queries

const rangeFields = {
  published_from: DateString.optional().meta({ description: 'Published on or after this date.' }),
  published_to: DateString.optional().meta({ description: 'Published on or before this date.' }),
};

export const ArticleListQuery = PageQuery.extend({
  q: z.string().min(1).max(500).optional().meta({
    description:
      'Full-text search in title and body. All words must match; "an exact phrase", a OR b, -excluded and prefix* are understood; ' +
      'other punctuation separates words.',
  }),
  entity: z.coerce.number().int().positive().optional().meta({ description: 'Only articles that mention this canonical entity id.' }),
  type: EntityTypeSchema.optional().meta({ description: 'Only articles that mention at least one entity of this type.' }),
  source: z.string().min(1).max(500).optional().meta({ description: 'Source name, case-insensitive.' }),
  language: z.string().min(1).max(35).optional(),
  ...rangeFields,
  mentions_date_from: DateString.optional().meta({ description: 'Only articles with a date expression whose value lies on or after this date…' }),
  mentions_date_to: DateString.optional().meta({ description: '…and on or before this date (the whole value: "2019" lies within 2019-01-01..2019-12-31).' }),
})
  .superRefine(orderedRange('published_from', 'published_to'))
  .superRefine(orderedRange('mentions_date_from', 'mentions_date_to'));

export const QuoteListQuery = PageQuery.extend({
  speaker: z.string().min(1).max(500).optional().meta({
    description: 'A canonical entity id, or a name matched case-insensitively against the quote\'s speaker and the names of its entity.',
  }),
  about: z.coerce.number().int().positive().optional().meta({
    description: 'Only quotations that mention this canonical entity id (by name or by a pronoun resolved to it): what was said about it.',
  }),
  q: z.string().min(1).max(500).optional().meta({ description: 'Full-text search in the quotation (same syntax as GET /articles).' }),
  kind: QuoteKindSchema.optional(),
  ...rangeFields,
}).superRefine(orderedRange('published_from', 'published_to'));

export const ArticleQuotesQuery = PageQuery.extend({ kind: QuoteKindSchema.optional() });
