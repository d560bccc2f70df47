import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { QuoteList, QuoteListQuery } from '../schemas/articles.ts';
import { ErrorResponse } from '../schemas/common.ts';

const quotes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/quotes',
    {
      schema: {
        tags: ['quotes'],
        operationId: 'listQuotes',
        summary: 'Search quotations',
        description: 'Newest article first, then in text order. All filters combine (AND).',
        querystring: QuoteListQuery,
        response: { 200: QuoteList, 400: ErrorResponse },
      },
    },
    async (req) => {
      const { speaker, ...rest } = req.query;
      const byId = speaker !== undefined && /^\d+$/.test(speaker.trim());
      return app.repo.listQuotes({
        ...rest,
        ...(speaker === undefined ? {} : byId ? { speaker_id: Number(speaker.trim()) } : { speaker_name: speaker }),
      });
    },
  );
};

export default quotes;
