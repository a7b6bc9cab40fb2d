import { describe, expect, it } from 'vitest';
import { createStageIndex, DEFAULT_STAGES, lifecycleBadge, lifecycleBadgeCss, type Stage } from './stages.ts';

describe('one colour per stage', () => {
  const index = createStageIndex(DEFAULT_STAGES);

  it("gives a lifecycle its stage's badge, aliases included, and `default` for an unknown one", () => {
    expect(['production', 'GA', 'beta', 'experimental', 'deprecated', 'retired', 'other', undefined].map((l) => lifecycleBadge(index, l))).toEqual([
      'success',
      'success',
      'caution',
      'note',
      'danger',
      'default',
      'default',
      'default',
    ]);
  });

  it('colours the directory pills with the same variant as the badges, per id and alias', () => {
    const css = lifecycleBadgeCss(DEFAULT_STAGES);
    expect(css).toContain('.wf-dir-badge[data-lifecycle="beta"]{border-color:var(--sl-color-orange)');
    expect(css).toContain('.wf-dir-badge[data-lifecycle="ga"]');
    expect(css).toMatch(/\[data-lifecycle="production"\],[^{]*\[data-lifecycle="stable"\]\{border-color:var\(--sl-color-green\)/);
  });

  it('cannot be broken out of by a lifecycle alias from the policy file', () => {
    const stage: Stage = { ...DEFAULT_STAGES[0]!, lifecycles: ['x"]{}</style><script>'] };
    const css = lifecycleBadgeCss([stage]);
    expect(css).not.toContain('</style');
    expect(css).toContain('[data-lifecycle="x\\"]{}\\3c /style>\\3c script>"]');
  });
});
