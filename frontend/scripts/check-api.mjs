// Fails when src/lib/api-schema.d.ts is not what `npm run gen:api` would write from the schema.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const schema = process.env.OPENAPI_SCHEMA ?? 'openapi.snapshot.yaml';
const target = 'src/lib/api-schema.d.ts';
const dir = mkdtempSync(join(tmpdir(), 'herald-api-'));
const fresh = join(dir, 'api-schema.d.ts');
try {
  execFileSync('npx', ['--no-install', 'openapi-typescript', schema, '-o', fresh], { stdio: ['ignore', 'ignore', 'inherit'] });
  const expected = readFileSync(fresh, 'utf8');
  const actual = readFileSync(target, 'utf8');
  if (expected !== actual) {
    console.error(`${target} is out of date with ${schema}: run \`npm run gen:api\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${target} is up to date with ${schema}.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
