import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../plugins/errors.ts';
import { ArticleQuotesQuery, QuoteList } from '../schemas/articles.ts';
import { ErrorResponse, IdParams, PageQuery } from '../schemas/common.ts';
import { EntityDetail, EntityList, EntityListQuery, EntityMentionList } from '../schemas/entities.ts';

const entities: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/entities',
    {
      schema: {
        tags: ['entities'],
        operationId: 'listEntities',
        summary: 'List entities, most mentioned first',
        querystring: EntityListQuery,
        response: { 200: EntityList, 400: ErrorResponse },
      },
    },
    async (req) => app.repo.listEntities(req.query),
  );

  app.get(
    '/entities/:id',
    {
      schema: {
        tags: ['entities'],
        operationId: 'getEntity',
        summary: 'One entity: counts, the names it goes by, the entities it appears with',
        params: IdParams,
        response: { 200: EntityDetail, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (req) => {
      const entity = await app.repo.getEntity(req.params.id);
      if (!entity) throw notFound('entity', req.params.id);
      return entity;
    },
  );

  app.get(
    '/entities/:id/mentions',
    {
      schema: {
        tags: ['entities'],
        operationId: 'listEntityMentions',
        summary: 'Where the entity is mentioned',
        description: 'Newest article first, then in text order; offsets index into the article body.',
        params: IdParams,
        querystring: PageQuery,
        response: { 200: EntityMentionList, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (req) => {
      if (!(await app.repo.getEntity(req.params.id))) throw notFound('entity', req.params.id);
      return app.repo.listMentions(req.params.id, req.query);
    },
  );

  app.get(
    '/entities/:id/quotes',
    {
      schema: {
        tags: ['entities', 'quotes'],
        operationId: 'listEntityQuotes',
        summary: 'What the entity said: quotations attributed to it',
        params: IdParams,
        querystring: ArticleQuotesQuery,
        response: { 200: QuoteList, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (req) => {
      if (!(await app.repo.getEntity(req.params.id))) throw notFound('entity', req.params.id);
      return app.repo.listQuotes({ ...req.query, speaker_id: req.params.id });
    },
  );
};

export default entities;
