import { z } from 'zod';
import { ArticleRef, EntityTypeSchema, MentionKindSchema, NextCursor, PageQuery, entityRefFields } from './common.ts';

export const EntitySummary = z
  .object({
    ...entityRefFields,
    article_count: z.number().int().meta({ description: 'Articles that mention the entity.' }),
    mention_count: z.number().int().meta({ description: 'Mentions in all articles (names, noun phrases and pronouns).' }),
  })
  .meta({ id: 'EntitySummary', description: 'A canonical entity: the same person, organization or place across articles.' });

export const EntityList = z.object({ items: z.array(EntitySummary), next_cursor: NextCursor }).meta({ id: 'EntityList' });

export const EntityDetail = EntitySummary.extend({
  quote_count: z.number().int().meta({ description: 'Quotations attributed to the entity.' }),
  names: z.array(z.object({ name: z.string(), article_count: z.number().int() })).meta({ description: 'Names the entity is given in articles, most used first.' }),
  co_occurring: z
    .array(z.object({ ...entityRefFields, shared_articles: z.number().int() }))
    .meta({ description: 'The ten entities that share the most articles with this one.' }),
}).meta({ id: 'EntityDetail' });

export const EntityMention = z
  .object({ start: z.number().int(), end: z.number().int(), text: z.string(), kind: MentionKindSchema, article: ArticleRef })
  .meta({ id: 'EntityMention', description: 'A mention of the entity, with offsets into the article body.' });

export const EntityMentionList = z.object({ items: z.array(EntityMention), next_cursor: NextCursor }).meta({ id: 'EntityMentionList' });

export const EntityListQuery = PageQuery.extend({
  type: EntityTypeSchema.optional(),
  prefix: z.string().min(1).max(200).optional().meta({ description: 'Start of the name, or of any word of it or of another name the entity goes by, case-insensitive ("netan" finds "Benjamin Netanyahu").' }),
});
