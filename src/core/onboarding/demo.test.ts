import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog/load.ts';
import { projectRoot, resolveContentPaths } from '../content-dir.ts';
import { checkDocs } from '../docs/frontmatter.ts';
import { formatDiagnostic } from '../format-diagnostics.ts';
import { catalogOwnerResolver, checkPaths } from './load.ts';
import { pathSteps } from './model.ts';

describe('the demo paths in content/paths/', () => {
  const paths = resolveContentPaths(undefined, {}, projectRoot, projectRoot);
  const result = checkPaths(paths, checkDocs(paths).docs, catalogOwnerResolver(loadCatalog(paths).entities));

  it('are valid against the demo docs and catalog', () => {
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('are the three promised, each with at least 8 steps over at least two milestones', () => {
    expect(result.paths.map((p) => [p.id, p.title, p.owner, p.prerequisites])).toEqual([
      ['backend', 'Backend engineer', 'group:platform-team', ['every-engineer']],
      ['every-engineer', 'Every engineer: your first week', 'group:platform-team', []],
      ['on-call', 'On-call and SRE', 'group:sre-team', ['every-engineer']],
    ]);
    for (const p of result.paths) {
      const steps = pathSteps(p);
      expect(steps.length, p.id).toBeGreaterThanOrEqual(8);
      expect(p.milestones.length, p.id).toBeGreaterThanOrEqual(2);
      expect(steps.some((s) => s.optional), p.id).toBe(true);
      expect(steps.some((s) => s.kind === 'task'), p.id).toBe(true);
    }
  });
});
