import { z } from 'zod';
import type { EntityType, MentionKind, QuoteKind, TimeType } from '../pipeline/types.ts';

/**
 * Shared zod schemas. A schema given an `id` with .meta() becomes a component of the OpenAPI document
 * (see plugins/swagger.ts); the same schemas validate requests and serialize responses.
 */

export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'Stable machine-readable code, e.g. "not_found", "validation_error", "invalid_cursor".' }),
      message: z.string().meta({ description: 'Human-readable explanation.' }),
      details: z.unknown().optional().meta({ description: 'Extra information, e.g. the invalid fields or the failing batch item.' }),
    }),
  })
  .meta({ id: 'Error', description: 'Every error response has this shape.' });

// The pipeline's vocabulary (src/pipeline/types.ts); `satisfies` keeps the two lists the same.
const entityTypes = ['person', 'organization', 'place'] as const satisfies readonly EntityType[];
const quoteKinds = ['direct', 'partial', 'indirect'] as const satisfies readonly QuoteKind[];
const timeTypes = ['date', 'time', 'duration', 'set'] as const satisfies readonly TimeType[];
const mentionKinds = ['name', 'nominal', 'pronoun'] as const satisfies readonly MentionKind[];

export const EntityTypeSchema = z.enum(entityTypes).meta({ id: 'EntityType' });

/** The fields that name a canonical entity in lists and aggregates. */
export const entityRefFields = { id: z.number().int(), type: EntityTypeSchema, name: z.string() };
export const QuoteKindSchema = z.enum(quoteKinds).meta({ id: 'QuoteKind' });
export const TimeTypeSchema = z.enum(timeTypes).meta({ id: 'TimeType' });
export const MentionKindSchema = z.enum(mentionKinds).meta({ id: 'MentionKind' });

export const DateString = z.iso.date().meta({ description: 'A calendar date, YYYY-MM-DD.' });

export const IdParams = z.object({
  id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).meta({ description: 'Numeric id.' }),
});

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20).meta({ description: 'Items per page (1–100, default 20).' }),
  cursor: z.string().min(1).max(2000).optional().meta({ description: 'The `next_cursor` of the previous page.' }),
});

export const NextCursor = z.string().nullable().meta({ description: 'Cursor of the next page; null on the last page.' });

export const Span = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }).meta({
  id: 'Span',
  description: 'A span of the article body: body.slice(start, end) === text (JavaScript string indices, end exclusive).',
});

export const ArticleRef = z
  .object({ id: z.number().int(), title: z.string().nullable(), published: z.string().nullable(), url: z.string().nullable() })
  .meta({ id: 'ArticleRef', description: 'The article an annotation belongs to.' });

/** Checks that a from/to pair of dates is in order. */
export function orderedRange<T extends Record<string, unknown>>(from: keyof T & string, to: keyof T & string) {
  return (value: T, ctx: z.RefinementCtx) => {
    const a = value[from];
    const b = value[to];
    if (typeof a === 'string' && typeof b === 'string' && a > b) {
      ctx.addIssue({ code: 'custom', path: [to], message: `${to} must not be before ${from}` });
    }
  };
}
