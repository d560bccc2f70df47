import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Health } from '../schemas/health.ts';
import { VERSION } from '../version.ts';

const health: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['meta'],
        operationId: 'health',
        summary: 'Service status and counts',
        response: { 200: Health },
      },
    },
    async () => {
      const stats = await app.repo.stats();
      return { status: 'ok' as const, version: VERSION, articles: stats.articles, entities: stats.entities, quotes: stats.quotes, seed: { ...app.seedStatus } };
    },
  );
};

export default health;
