import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { EntityType } from '../pipeline/types.ts';
import {
  ArticlesByMonth,
  ArticlesByMonthQuery,
  MentionsByMonth,
  MentionsByMonthQuery,
  TopEntities,
  TopEntitiesQuery,
  TopSpeakers,
  TopSpeakersQuery,
} from '../schemas/aggregates.ts';
import { ErrorResponse } from '../schemas/common.ts';

const ALL_TYPES: EntityType[] = ['person', 'organization', 'place'];

const aggregates: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/aggregates/articles-by-month',
    {
      schema: {
        tags: ['aggregates'],
        operationId: 'articlesByMonth',
        summary: 'Articles per publication month',
        querystring: ArticlesByMonthQuery,
        response: { 200: ArticlesByMonth, 400: ErrorResponse },
      },
    },
    async (req) => ({ items: await app.repo.articlesByMonth(req.query) }),
  );

  app.get(
    '/aggregates/mentions-by-month',
    {
      schema: {
        tags: ['aggregates'],
        operationId: 'mentionsByMonth',
        summary: 'Which months the articles talk about',
        description: 'A histogram of the dates mentioned in articles (by the month of the mentioned date), with the number of articles and of mentions.',
        querystring: MentionsByMonthQuery,
        response: { 200: MentionsByMonth, 400: ErrorResponse },
      },
    },
    async (req) => ({ items: await app.repo.mentionsByMonth(req.query) }),
  );

  app.get(
    '/aggregates/top-entities',
    {
      schema: {
        tags: ['aggregates'],
        operationId: 'topEntities',
        summary: 'The most mentioned entities of each type',
        description: 'Ranked by the number of articles (within the filters, e.g. a publication date range) that mention them, then by mentions.',
        querystring: TopEntitiesQuery,
        response: { 200: TopEntities, 400: ErrorResponse },
      },
    },
    async (req) => {
      const { type, ...rest } = req.query;
      return { types: await app.repo.topEntities({ ...rest, types: type ? [type] : ALL_TYPES }) };
    },
  );

  app.get(
    '/aggregates/top-speakers',
    {
      schema: {
        tags: ['aggregates', 'quotes'],
        operationId: 'topSpeakers',
        summary: 'The most quoted speakers',
        description: 'Speaker entities ranked by the quotations attributed to them in the articles within the filters; with `about`, only quotations that mention that entity.',
        querystring: TopSpeakersQuery,
        response: { 200: TopSpeakers, 400: ErrorResponse },
      },
    },
    async (req) => ({ items: await app.repo.topSpeakers(req.query) }),
  );
};

export default aggregates;
