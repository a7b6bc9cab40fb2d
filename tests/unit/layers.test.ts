import path from 'node:path';
import { createRequire } from 'node:module';
import { cruise, type ICruiseOptions, type IViolation } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';

/**
 * The layering of src/core (issue #27), checked on every import: .dependency-cruiser.cjs
 * is the layering written down (the model on the ground floor, no circles, Astro kept
 * out, the policy reader above the features it configures, one home for slugs and edit
 * distance). An upward import or a circle fails here with the chain that breaks it.
 */
const root = path.resolve(import.meta.dirname, '../..');
const config = createRequire(import.meta.url)(path.join(root, '.dependency-cruiser.cjs')) as { forbidden: NonNullable<ICruiseOptions['ruleSet']>['forbidden']; options: ICruiseOptions };

/** The rule violations of the files under `dirs` (relative to `baseDir`), against the project's rules. */
async function violations(dirs: string[], baseDir = root): Promise<IViolation[]> {
  const { tsConfig, ...options } = config.options;
  const result = await cruise(
    dirs,
    { ...options, baseDir, validate: true, ruleSet: { forbidden: config.forbidden } },
    undefined,
    { tsConfig: extractTSConfig(path.join(root, tsConfig?.fileName ?? 'tsconfig.json')) },
  );
  if (typeof result.output === 'string') throw new Error('dependency-cruiser returned text, not a result');
  return result.output.summary.violations;
}

/** One line a person can act on: the rule, the import, and the circle or the rule's reason. */
function readable(v: IViolation): string {
  const chain = v.cycle?.length ? `\n    circle: ${[v.from, ...v.cycle.map((c) => c.name)].join(' -> ')}` : '';
  const why = config.forbidden?.find((r) => r.name === v.rule.name)?.comment ?? '';
  return `${v.rule.name}: ${v.from} -> ${v.to}${chain}\n    ${why}`;
}

describe('the layering of src/core', () => {
  it('holds for every import in src/ and scripts/', async () => {
    const found = await violations(['src', 'scripts']);
    expect(found.map(readable).join('\n'), `${found.length} import(s) break the layering (see .dependency-cruiser.cjs)`).toBe('');
  });

  it('catches an upward import, a circle, a feature reading the policy and the toolbox reaching a feature', async () => {
    const found = await violations(['src'], path.join(root, 'tests/fixtures/layers'));
    const rules = new Set(found.map((v) => `${v.rule.name} ${v.from}`));
    expect(rules).toContain('model-is-the-ground-floor src/core/model/entity.ts');
    expect(rules).toContain('no-circles-in-core src/core/catalog/read.ts');
    expect(rules).toContain('features-below-policy src/core/catalog/read.ts');
    expect(rules).toContain('toolbox-below-features src/core/yaml/source.ts');
    expect(readable(found.find((v) => v.rule.name === 'no-circles-in-core')!)).toMatch(/circle: src\/core\/catalog\/(read|resolve)\.ts -> /);
  });
});
