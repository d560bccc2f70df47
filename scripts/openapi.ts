/**
 * Writes openapi.yaml (the OpenAPI 3.1 document generated from the routes' zod schemas) to the project root.
 * `npm run openapi`; `npm run openapi -- --check` exits 1 when the committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../src/app.ts';
import { PROJECT_ROOT } from '../src/config.ts';

export const OPENAPI_FILE = join(PROJECT_ROOT, 'openapi.yaml');

export async function generateOpenApi(): Promise<string> {
  const app = await buildApp({ db: ':memory:' });
  try {
    await app.ready();
    return app.swagger({ yaml: true });
  } finally {
    await app.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const yaml = await generateOpenApi();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OPENAPI_FILE, 'utf8');
    } catch {
      // missing: out of date
    }
    if (current !== yaml) {
      process.stderr.write('openapi.yaml is out of date: run npm run openapi\n');
      process.exit(1);
    }
    process.stderr.write('openapi.yaml is up to date\n');
  } else {
    writeFileSync(OPENAPI_FILE, yaml);
    process.stderr.write(`wrote ${OPENAPI_FILE}\n`);
  }
}
