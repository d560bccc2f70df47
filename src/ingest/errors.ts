/** Input that cannot become an article. Routes turn it into a 4xx with `code`; the CLI prints it. */
export class InputError extends Error {
  readonly code: string;
  readonly details: unknown;
  constructor(code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'InputError';
    this.code = code;
    this.details = details;
  }
}
