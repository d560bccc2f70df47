import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import type { SwaggerTransform } from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { createJsonSchemaTransformObject, jsonSchemaTransform } from 'fastify-type-provider-zod';
import { VERSION } from '../version.ts';

declare module 'fastify' {
  interface FastifySchema {
    /**
     * Request bodies by content type, for the OpenAPI document only: routes that take several content types
     * validate their body themselves (with these zod schemas) and leave `body` unset.
     */
    bodyContent?: Record<string, unknown>;
  }
}

type TransformInput = Parameters<SwaggerTransform>[0];

/** The zod transform, plus one requestBody with several media types when a route declares `bodyContent`. */
const transform = (input: TransformInput) => {
  const schema = input.schema as (Record<string, unknown> & { bodyContent?: Record<string, unknown> }) | undefined;
  if (!schema?.bodyContent) return jsonSchemaTransform(input as never);
  const { bodyContent, ...rest } = schema;
  const out = jsonSchemaTransform({ ...input, schema: rest } as never) as { schema: Record<string, unknown>; url: string };
  const content: Record<string, { schema: unknown }> = {};
  for (const [type, zodSchema] of Object.entries(bodyContent)) {
    const one = jsonSchemaTransform({ ...input, schema: { body: zodSchema } } as never) as { schema: { body: unknown } };
    content[type] = { schema: one.schema.body };
  }
  return { ...out, schema: { ...out.schema, body: { content } } };
};

const zodTransformObject = createJsonSchemaTransformObject({});

const STATUS_TEXT: Record<string, string> = {
  '200': 'OK', '201': 'Created', '204': 'No content', '400': 'Invalid request (see error.code)', '404': 'Not found',
  '413': 'Request body too large', '415': 'Unsupported content type',
};

type Json = Record<string, unknown>;

function refsIn(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) refsIn(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')) out.add(v.slice('#/components/schemas/'.length));
      else refsIn(v, out);
    }
  }
}

/**
 * Components from the zod registry, keeping only the schemas the paths use (the registry yields an input and
 * an output variant of every schema), and response descriptions by status code.
 */
const transformObject = (input: Parameters<typeof zodTransformObject>[0]) => {
  const doc = zodTransformObject(input) as Json & { paths?: Json; components?: { schemas?: Record<string, unknown> } };
  const schemas = doc.components?.schemas ?? {};
  const used = new Set<string>();
  refsIn(doc.paths, used);
  for (let grew = true; grew; ) {
    grew = false;
    for (const name of [...used]) {
      const before = used.size;
      refsIn(schemas[name], used);
      if (used.size > before) grew = true;
    }
  }
  const kept = Object.fromEntries(Object.keys(schemas).filter((n) => used.has(n)).sort().map((n) => [n, schemas[n]]));
  for (const path of Object.values(doc.paths ?? {}) as Record<string, { responses?: Record<string, { description?: string }> }>[]) {
    for (const op of Object.values(path)) {
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        if (response.description === 'Default Response' && STATUS_TEXT[status]) response.description = STATUS_TEXT[status];
      }
    }
  }
  return { ...doc, components: { ...doc.components, schemas: kept } };
};

/** The OpenAPI 3.1 document, built from the routes' zod schemas, and Swagger UI at /docs. */
export default fp(
  async function swaggerPlugin(app: FastifyInstance) {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Byline',
          version: VERSION,
          description:
            'Annotated-news API: ingest articles (text, HTML, JSON, NDJSON), annotated with people, organizations, places, dates and quotes ' +
            '(character offsets into the stored body), and query them. Errors are `{ error: { code, message, details? } }`. ' +
            'Listings are paginated with opaque cursors: pass `next_cursor` back as `cursor`.',
          license: { name: 'MIT', identifier: 'MIT' },
        },
        tags: [
          { name: 'articles', description: 'Ingest and read articles' },
          { name: 'quotes', description: 'Quotations and their speakers' },
          { name: 'entities', description: 'People, organizations and places across articles' },
          { name: 'aggregates', description: 'Counts for dashboards' },
          { name: 'meta', description: 'Service status' },
        ],
      },
      transform: transform as SwaggerTransform,
      transformObject: transformObject as never,
    });
    await app.register(swaggerUi, { routePrefix: '/docs' });
  },
  { name: 'swagger' },
);
