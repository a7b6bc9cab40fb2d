import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { validatorCode, validatorPath } from '../../../scripts/gen-api-validators.ts';
import { compileValidator, PRECOMPILED, precompiledFile, type Validator } from './validate.ts';

const require = createRequire(import.meta.url);

/** Definitions with a mistake each, for every precompiled version. */
const BROKEN: Record<string, unknown[]> = {
  'openapi:3.0': [
    { openapi: '3.0.3', info: { title: 'x', version: '1' }, paths: { '/a': { get: { responses: { '200': { descripton: 'OK' } } } } } },
    { openapi: '3.0.3', info: { title: 'x' }, paths: {} },
  ],
  'openapi:3.1': [{ openapi: '3.1.0', info: { title: 'x', version: '1' }, paths: { '/a': { get: { parameters: [{ name: 'id', in: 'body' }] } } } }],
  'asyncapi:2.6.0': [{ asyncapi: '2.6.0', info: { title: 'x', version: '1' }, channels: { a: { subscribe: { message: { payload: 3, bogus: true } } } } }],
};

describe('the precompiled API validators', () => {
  it('are the code Ajv writes for the installed schemas (run scripts/gen-api-validators.ts after an upgrade)', () => {
    for (const key of PRECOMPILED) expect(fs.readFileSync(validatorPath(key), 'utf8') === validatorCode(key), `${key}: run node scripts/gen-api-validators.ts`).toBe(true);
  });

  it('find the same problems as the validators compiled at run time', () => {
    for (const key of PRECOMPILED) {
      const shipped = require(precompiledFile(key)) as Validator;
      const fresh = compileValidator(key).validate;
      for (const doc of BROKEN[key] ?? []) {
        expect(shipped(doc), key).toBe(false);
        expect(fresh(doc)).toBe(false);
        expect(shipped.errors, key).toEqual(fresh.errors);
      }
    }
  });
});
