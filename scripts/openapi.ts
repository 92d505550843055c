/**
 * Writes openapi.json from the contract schemas (src/api/schemas.ts) — the same schemas the
 * client validates with and the mocks are typed by. `npm run openapi` rewrites it;
 * test/contract/openapi.test.ts fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '../src/api/openapi';

const target = fileURLToPath(new URL('../openapi.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
process.stdout.write(`wrote ${target}\n`);
