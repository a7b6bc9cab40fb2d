/** The manual's change-review workflow is the one that ships in examples/, word for word, and runs the commands it documents. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REVIEW_MARKER } from '../../../src/core/review/index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const example = fs.readFileSync(path.join(ROOT, 'examples/github-actions/change-review.yml'), 'utf8');
const manual = fs.readFileSync(path.join(ROOT, 'manual/change-review.md'), 'utf8');

describe('the change-review workflow', () => {
  it('is in the manual as shipped in examples/', () => {
    const block = /## On every pull request \(GitHub Actions\)[\s\S]*?```yaml\n([\s\S]*?)```/.exec(manual)?.[1];
    expect(block).toBe(example);
  });

  it('checks out history, runs the Markdown review against the base branch and finds its comment by the marker', () => {
    const wf = parse(example) as { permissions: Record<string, string>; jobs: { review: { steps: { uses?: string; with?: Record<string, unknown>; run?: string; env?: Record<string, string> }[] } } };
    const steps = wf.jobs.review.steps;
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0);
    expect(steps.find((s) => s.env?.BASE)?.env?.BASE).toBe('origin/${{ github.base_ref }}');
    expect(example).toContain('npm run --silent check -- --diff "$BASE" --format markdown > review.md');
    expect(example).toContain(`startswith("${REVIEW_MARKER}")`);
    expect(wf.permissions['pull-requests']).toBe('write');
  });
});
