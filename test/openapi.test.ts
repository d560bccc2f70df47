import { readFileSync } from 'node:fs';
import t from 'tap';
import { parse } from 'yaml';
import { OPENAPI_FILE, generateOpenApi } from '../scripts/openapi.ts';

t.test('openapi.yaml is what the routes produce (run `npm run openapi` after changing a route)', async (t) => {
  const generated = await generateOpenApi();
  const committed = readFileSync(OPENAPI_FILE, 'utf8');
  t.equal(committed, generated);
  const doc = parse(generated) as { openapi: string; components: { schemas: Record<string, unknown> } };
  t.equal(doc.openapi, '3.1.0');
  t.ok(doc.components.schemas.Error);
});
