/** A caller's query that storage cannot run: a bad cursor or an unusable full-text query. Routes answer 400. */
export class QueryError extends Error {
  readonly code: 'invalid_cursor' | 'invalid_query';
  constructor(code: QueryError['code'], message: string) {
    super(message);
    this.name = 'QueryError';
    this.code = code;
  }
}

/** The database was written by a newer version of Byline, or its migrations are not in order. */
export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

/** An article sent as a known duplicate (not annotated) is not stored any more: the batch must be prepared in full. */
export class StaleDuplicateError extends Error {
  constructor() {
    super('An article expected to be stored already was not found.');
    this.name = 'StaleDuplicateError';
  }
}
