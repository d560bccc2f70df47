import { z } from 'zod';
import { DateString, EntityTypeSchema, entityRefFields, orderedRange } from './common.ts';

const filterFields = {
  q: z.string().min(1).max(500).optional().meta({ description: 'Only articles matching this full-text search (same syntax as GET /articles).' }),
  published_from: DateString.optional().meta({ description: 'Only articles published on or after this date.' }),
  published_to: DateString.optional().meta({ description: 'Only articles published on or before this date.' }),
  source: z.string().min(1).max(500).optional(),
  language: z.string().min(1).max(35).optional(),
  entity: z.coerce.number().int().positive().optional().meta({ description: 'Only articles that mention this canonical entity id.' }),
};

export const ArticlesByMonthQuery = z.object(filterFields).superRefine(orderedRange('published_from', 'published_to'));

export const MentionsByMonthQuery = z
  .object({
    ...filterFields,
    mentions_date_from: DateString.optional().meta({ description: 'Only date mentions whose value starts on or after this date.' }),
    mentions_date_to: DateString.optional().meta({ description: 'Only date mentions whose value starts on or before this date.' }),
  })
  .superRefine(orderedRange('published_from', 'published_to'))
  .superRefine(orderedRange('mentions_date_from', 'mentions_date_to'));

export const TopEntitiesQuery = z
  .object({
    ...filterFields,
    type: EntityTypeSchema.optional().meta({ description: 'One type only; all three types when absent.' }),
    limit: z.coerce.number().int().min(1).max(100).default(10).meta({ description: 'Entities per type (1–100, default 10).' }),
  })
  .superRefine(orderedRange('published_from', 'published_to'));

export const TopSpeakersQuery = z
  .object({
    ...filterFields,
    about: z.coerce.number().int().positive().optional().meta({ description: 'Only quotations that mention this canonical entity id: who speaks about it.' }),
    limit: z.coerce.number().int().min(1).max(100).default(10).meta({ description: 'Speakers (1–100, default 10).' }),
  })
  .superRefine(orderedRange('published_from', 'published_to'));

export const ArticlesByMonth = z
  .object({ items: z.array(z.object({ month: z.string().meta({ description: 'YYYY-MM' }), articles: z.number().int() })) })
  .meta({ id: 'ArticlesByMonth', description: 'Articles per publication month, oldest first; months without articles are left out.' });

export const MentionsByMonth = z
  .object({
    items: z.array(
      z.object({
        month: z.string().meta({ description: 'YYYY-MM: the month the mentioned date falls in.' }),
        articles: z.number().int().meta({ description: 'Articles that mention a date in this month.' }),
        mentions: z.number().int().meta({ description: 'Date expressions whose value falls in this month.' }),
      }),
    ),
  })
  .meta({
    id: 'MentionsByMonth',
    description:
      'Histogram of the dates articles mention, by month of the mentioned date (not of publication). Only values precise to a month ' +
      'or finer (days, weeks, months) count, a week by its first day; years, decades and durations are left out. Oldest first.',
  });

export const TopEntities = z
  .object({
    types: z.array(
      z.object({
        type: EntityTypeSchema,
        entities: z.array(
          z.object({
            ...entityRefFields,
            articles: z.number().int().meta({ description: 'Articles (within the filters) that mention the entity.' }),
            mentions: z.number().int().meta({ description: 'Mentions in those articles.' }),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'TopEntities', description: 'The most mentioned entities of each type: by articles, then mentions.' });

export const TopSpeakers = z
  .object({
    items: z.array(
      z.object({
        ...entityRefFields,
        quotes: z.number().int().meta({ description: 'Quotations (within the filters) attributed to the entity.' }),
        articles: z.number().int().meta({ description: 'Articles those quotations come from.' }),
      }),
    ),
  })
  .meta({ id: 'TopSpeakers', description: 'The most quoted speaker entities: by quotations, then articles.' });
