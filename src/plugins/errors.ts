import fp from 'fastify-plugin';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { InputError } from '../ingest/errors.ts';
import { QueryError } from '../storage/errors.ts';

/** An error a route raises on purpose, with its HTTP status and error code. */
export class HttpError extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly details: unknown;
  constructor(statusCode: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'HttpError';
    this.statusCode = statusCode;
    this.code = code;
    this.details = details;
  }
}

export function notFound(what: string, id: number | string): HttpError {
  return new HttpError(404, 'not_found', `No ${what} with id ${id}.`);
}

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

const FASTIFY_CODES: Record<string, { status: number; code: string; message?: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'body_too_large', message: 'The request body is larger than the server accepts.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'empty_body', message: 'The JSON body is empty.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid_json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'invalid_content_length' },
};

/** Maps any error to `{ error: { code, message, details? } }` and its status; 5xx details are never shown. */
export function errorBody(err: FastifyError | Error): { status: number; body: ErrorBody } {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = (err as FastifyError).validationContext ?? 'request';
    const issues = err.validation.map((v) => ({ path: v.instancePath.replace(/^\//, '').replace(/\//g, '.'), message: v.message ?? 'invalid' }));
    return {
      status: 400,
      body: {
        error: {
          code: 'validation_error',
          message: `Invalid ${where}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`,
          details: { in: where, issues },
        },
      },
    };
  }
  if (err instanceof HttpError) {
    return { status: err.statusCode, body: { error: { code: err.code, message: err.message, ...(err.details !== undefined ? { details: err.details } : {}) } } };
  }
  if (err instanceof InputError) {
    return { status: 400, body: { error: { code: err.code, message: err.message, ...(err.details !== undefined ? { details: err.details } : {}) } } };
  }
  if (err instanceof QueryError) return { status: 400, body: { error: { code: err.code, message: err.message } } };
  const fe = err as FastifyError;
  const known = fe.code ? FASTIFY_CODES[fe.code] : undefined;
  if (known) return { status: known.status, body: { error: { code: known.code, message: known.message ?? fe.message } } };
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code = err instanceof SyntaxError ? 'invalid_json' : (fe.code ?? 'bad_request').toLowerCase().replace(/^fst_err_/, '');
    return { status: fe.statusCode, body: { error: { code, message: fe.message } } };
  }
  return { status: 500, body: { error: { code: 'internal_error', message: 'Internal server error.' } } };
}

/** One error handler for the whole app, and a 404 for unknown routes. */
export default fp(
  async function errorsPlugin(app: FastifyInstance) {
    app.setErrorHandler((err, req, reply) => {
      const { status, body } = errorBody(err as FastifyError);
      if (status >= 500) req.log.error({ err }, 'request failed');
      else req.log.info({ code: body.error.code, status }, body.error.message);
      return reply.status(status).send(body);
    });
    app.setNotFoundHandler((req, reply) => {
      return reply.status(404).send({ error: { code: 'not_found', message: `No route ${req.method} ${req.url.split('?')[0]}.` } });
    });
  },
  { name: 'errors' },
);
