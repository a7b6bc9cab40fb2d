import { describe, expect, it } from 'vitest';
import { navigatorIndex, pathsByRole, pathTotals, progressSteps, roleLabel, stepHref, stepTotals, totalsText } from './model.ts';
import type { DocStep, OnboardingPath, OnboardingStep, TaskStep } from './types.ts';

const docStep = (id: string, slug: string, minutes: number, optional = false): DocStep => ({
  kind: 'doc',
  id,
  title: `Doc ${slug}`,
  docId: `docs/${slug}`,
  docPath: `/docs/${slug}/`,
  duration: `${minutes}m`,
  minutes,
  optional,
  why: 'W.',
  line: 1,
  column: 1,
});
const task = (id: string, minutes: number): TaskStep => ({
  kind: 'task',
  id,
  title: `Task ${id}`,
  url: `https://it.tidewater.example/${id}`,
  duration: `${minutes}m`,
  minutes,
  optional: false,
  why: 'W.',
  line: 1,
  column: 1,
});
const path = (id: string, audience: string, milestones: OnboardingStep[][], prerequisites: string[] = [], title = id): OnboardingPath => ({
  id,
  file: `content/paths/${id}.yaml`,
  title,
  audience,
  summary: '',
  owner: 'group:platform-team',
  prerequisites,
  milestones: milestones.map((steps, i) => ({ title: `M${i + 1}`, steps })),
});

const everyone = path('every-engineer', 'everyone', [
  [task('laptop', 30), docStep('first-day', 'tutorials/first-day', 120)],
  [docStep('access', 'how-to/request-access', 20), docStep('cli', 'reference/tide-cli', 20, true)],
]);
const backend = path('backend', 'backend', [[docStep('deploy', 'tutorials/deploy', 120), docStep('access', 'how-to/request-access', 15)]], ['every-engineer']);

describe('totals', () => {
  it('adds up required steps and keeps optional ones apart', () => {
    expect(pathTotals(everyone)).toEqual({ steps: 4, required: 3, optional: 1, minutes: 170, optionalMinutes: 20 });
    expect(totalsText(pathTotals(everyone))).toEqual({ required: '3 steps, 2 h 50 min', optional: '+ 1 optional, 20 min' });
    expect(totalsText(stepTotals([task('x', 45)]))).toEqual({ required: '1 step, 45 min', optional: '' });
    expect(progressSteps(everyone)).toEqual([
      { id: 'laptop', minutes: 30, optional: false },
      { id: 'first-day', minutes: 120, optional: false },
      { id: 'access', minutes: 20, optional: false },
      { id: 'cli', minutes: 20, optional: true },
    ]);
  });
});

describe('links', () => {
  it('sends doc steps to the doc with the path in the URL, and tasks to their URL', () => {
    expect(stepHref('backend', docStep('a', 'how-to/request-access', 5))).toBe('/docs/how-to/request-access/?path=backend');
    expect(stepHref('backend', task('laptop', 5))).toBe('https://it.tidewater.example/laptop');
  });
});

describe('the chooser', () => {
  it('groups paths by role, everyone first, prerequisites before the paths that need them', () => {
    const sre = path('on-call', 'sre', [[task('pager', 10)]], ['every-engineer']);
    const extra = path('advanced-backend', 'backend', [[task('x', 10)]], ['backend'], 'Advanced backend');
    const groups = pathsByRole([sre, extra, backend, everyone]);
    expect(groups.map((g) => [g.label, g.paths.map((p) => p.id)])).toEqual([
      ['Everyone', ['every-engineer']],
      ['Backend engineers', ['backend', 'advanced-backend']],
      ['SRE and on-call', ['on-call']],
    ]);
    expect(roleLabel('mobile-dev')).toBe('Mobile dev');
  });
});

describe('the navigator', () => {
  it('gives each doc step its place, previous and next, in every path it is in', () => {
    const index = navigatorIndex([everyone, backend]);
    expect(index.get('docs/how-to/request-access')).toEqual([
      {
        pathId: 'backend',
        pathTitle: 'backend',
        pathHref: '/onboarding/backend/',
        stepId: 'access',
        position: 2,
        total: 2,
        milestone: 'M1',
        optional: false,
        previous: { title: 'Doc tutorials/deploy', href: '/docs/tutorials/deploy/?path=backend' },
      },
      {
        pathId: 'every-engineer',
        pathTitle: 'every-engineer',
        pathHref: '/onboarding/every-engineer/',
        stepId: 'access',
        position: 3,
        total: 4,
        milestone: 'M2',
        optional: false,
        previous: { title: 'Doc tutorials/first-day', href: '/docs/tutorials/first-day/?path=every-engineer' },
        next: { title: 'Doc reference/tide-cli', href: '/docs/reference/tide-cli/?path=every-engineer' },
      },
    ]);
  });

  it('links an external task next door to its place on the path page', () => {
    const first = navigatorIndex([everyone]).get('docs/tutorials/first-day')?.[0];
    expect(first?.previous).toEqual({ title: 'Task laptop', href: '/onboarding/every-engineer/#step-laptop' });
    expect(first?.position).toBe(2);
  });

  it('has nothing for docs in no path', () => {
    expect(navigatorIndex([everyone]).get('docs/explanation/golden-paths')).toBeUndefined();
  });
});
