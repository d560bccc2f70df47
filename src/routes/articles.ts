import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { decodeInput } from '../ingest/bytes.ts';
import { ingestBatch, ingestOne, itemFromInput, itemFromRecord, parseNdjson } from '../ingest/ingest.ts';
import type { IngestItem } from '../ingest/ingest.ts';
import { HttpError, notFound } from '../plugins/errors.ts';
import {
  Article,
  ArticleCreateQuery,
  ArticleIngestResult,
  ArticleInput,
  ArticleList,
  ArticleListQuery,
  ArticleQuotesQuery,
  BatchBody,
  BatchResult,
  NdjsonBody,
  QuoteList,
  TextBody,
} from '../schemas/articles.ts';
import { ErrorResponse, IdParams } from '../schemas/common.ts';

const NDJSON_TYPES = ['application/x-ndjson', 'application/ndjson', 'application/jsonl', 'application/x-jsonlines'];

function mediaType(req: FastifyRequest): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

function charsetOf(req: FastifyRequest): string | null {
  return /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(req.headers['content-type'] ?? '')?.[1] ?? null;
}

function unsupported(type: string, allowed: string[]): HttpError {
  return new HttpError(415, 'unsupported_media_type', `Content-Type "${type || '(none)'}" is not accepted here; use ${allowed.join(', ')}.`);
}

function bodyValidationError(error: z.ZodError): HttpError {
  const issues = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  return new HttpError(400, 'validation_error', `Invalid body: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`, {
    in: 'body',
    issues,
  });
}

const articles: FastifyPluginAsyncZod = async (app) => {
  // Pages and plain text arrive as bytes and are decoded by their charset (the header's, or for a page its own
  // declaration); NDJSON is UTF-8.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(['text/html', 'text/plain'], { parseAs: 'buffer' }, (req, body, done) => {
    const format = mediaType(req) === 'text/html' ? 'html' : 'text';
    done(null, decodeInput(body as Buffer, format, charsetOf(req)));
  });
  app.addContentTypeParser(NDJSON_TYPES, { parseAs: 'string' }, (_req, body, done) => done(null, body));

  app.post(
    '/articles',
    {
      schema: {
        tags: ['articles'],
        operationId: 'createArticle',
        summary: 'Ingest one article',
        description:
          'Send JSON (ArticleCreate), or the article itself as text/plain or text/html with its metadata in the query string. The text is ' +
          'cleaned (or the HTML page extracted), annotated and stored. Idempotent: the same text, or the same URL with the same text, ' +
          'returns the stored article with status "duplicate" (200); the same URL with a changed text replaces the article, keeping its id ' +
          '("updated", 200); a new article answers 201.',
        querystring: ArticleCreateQuery,
        bodyContent: { 'application/json': ArticleInput, 'text/plain': TextBody, 'text/html': TextBody },
        response: { 200: ArticleIngestResult, 201: ArticleIngestResult, 400: ErrorResponse, 413: ErrorResponse, 415: ErrorResponse },
      },
    },
    async (req, reply) => {
      const type = mediaType(req);
      let item: IngestItem;
      if (type === 'text/plain' || type === 'text/html') {
        const q = req.query;
        const format = type === 'text/html' ? 'html' : (q.format ?? 'text');
        item = { format, content: String(req.body ?? ''), hints: { title: q.title, url: q.url, source: q.source, published: q.published, language: q.language } };
      } else if (type === 'application/json' || type.endsWith('+json')) {
        const parsed = ArticleInput.safeParse(req.body);
        if (!parsed.success) throw bodyValidationError(parsed.error);
        item = itemFromInput(parsed.data);
      } else throw unsupported(type, ['application/json', 'text/plain', 'text/html']);
      const result = await ingestOne(app.repo, item);
      const article = await app.repo.getArticle(result.id);
      if (!article) throw new Error(`article ${result.id} vanished after it was stored`);
      if (result.status === 'created') reply.code(201).header('location', `/articles/${result.id}`);
      return { status: result.status, article };
    },
  );

  app.post(
    '/articles/batch',
    {
      schema: {
        tags: ['articles'],
        operationId: 'createArticles',
        summary: 'Ingest a batch of articles atomically',
        description:
          'NDJSON (application/x-ndjson: one ArticleCreate record per line) or a JSON array of records. Every record is checked and ' +
          'annotated first; then the whole batch is written in one transaction. If any record is invalid nothing is written, and ' +
          'the error names the record (its line for NDJSON, its 1-based position for an array).',
        bodyContent: { 'application/x-ndjson': NdjsonBody, 'application/json': BatchBody },
        response: { 200: BatchResult, 400: ErrorResponse, 413: ErrorResponse, 415: ErrorResponse },
      },
    },
    async (req) => {
      const type = mediaType(req);
      let records: { value: unknown; label: string }[];
      if (NDJSON_TYPES.includes(type)) {
        records = parseNdjson(String(req.body ?? '')).map((r) => ({ value: r.value, label: `line ${r.line}` }));
      } else if (type === 'application/json' || type.endsWith('+json')) {
        if (!Array.isArray(req.body)) throw new HttpError(400, 'invalid_batch', 'A JSON batch must be an array of article records.');
        records = req.body.map((value: unknown, i: number) => ({ value, label: `item ${i + 1}` }));
      } else throw unsupported(type, ['application/x-ndjson', 'application/json']);
      if (!records.length) throw new HttpError(400, 'empty_batch', 'The batch holds no records.');
      const items = records.map((r) => itemFromRecord(r.value, r.label));
      const summary = await ingestBatch(app.repo, items);
      return summary;
    },
  );

  app.get(
    '/articles',
    {
      schema: {
        tags: ['articles'],
        operationId: 'listArticles',
        summary: 'List and search articles',
        description: 'Newest publication date first (undated articles last), then highest id. All filters combine (AND).',
        querystring: ArticleListQuery,
        response: { 200: ArticleList, 400: ErrorResponse },
      },
    },
    async (req) => app.repo.listArticles(req.query),
  );

  app.get(
    '/articles/:id',
    {
      schema: {
        tags: ['articles'],
        operationId: 'getArticle',
        summary: 'One article with its annotations',
        params: IdParams,
        response: { 200: Article, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (req) => {
      const article = await app.repo.getArticle(req.params.id);
      if (!article) throw notFound('article', req.params.id);
      return article;
    },
  );

  app.delete(
    '/articles/:id',
    {
      schema: {
        tags: ['articles'],
        operationId: 'deleteArticle',
        summary: 'Delete an article and its annotations',
        params: IdParams,
        response: { 204: z.null().meta({ description: 'Deleted.' }), 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (req, reply) => {
      if (!(await app.repo.deleteArticle(req.params.id))) throw notFound('article', req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/articles/:id/quotes',
    {
      schema: {
        tags: ['articles', 'quotes'],
        operationId: 'listArticleQuotes',
        summary: 'The quotations of one article, in text order',
        params: IdParams,
        querystring: ArticleQuotesQuery,
        response: { 200: QuoteList, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (req) => {
      const page = await app.repo.listQuotes({ ...req.query, article_id: req.params.id });
      if (!page.items.length && !req.query.cursor && !(await app.repo.articleExists(req.params.id))) throw notFound('article', req.params.id);
      return page;
    },
  );
};

export default articles;
