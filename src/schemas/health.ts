import { z } from 'zod';

export const Health = z
  .object({
    status: z.literal('ok'),
    version: z.string(),
    articles: z.number().int(),
    entities: z.number().int(),
    quotes: z.number().int(),
    seed: z
      .object({
        state: z.enum(['off', 'loading', 'done', 'failed']),
        articles: z.number().int().meta({ description: 'Sample articles loaded so far.' }),
        error: z.string().nullable(),
      })
      .meta({ description: 'Loading of the bundled sample corpus into an empty database.' }),
  })
  .meta({ id: 'Health' });
