/**
 * What the onboarding pages show, computed from the paths: totals, links, the chooser's
 * groups by role, and the navigator a doc page shows for each path it is a step of.
 * Links are site paths without the base; the pages put the base in front.
 */
import { formatMinutes } from '../duration.ts';
import type { ProgressStep } from './progress.ts';
import type { OnboardingPath, OnboardingStep } from './types.ts';
import { docStepPath, onboardingPath } from '../urls.ts';

/** Every step of a path, in order across its milestones. */
export function pathSteps(path: OnboardingPath): OnboardingStep[] {
  return path.milestones.flatMap((m) => m.steps);
}

/** How big a path or milestone is. Time is of required steps; optional steps are counted apart. */
export interface Totals {
  steps: number;
  required: number;
  optional: number;
  /** Minutes of the required steps. */
  minutes: number;
  /** Minutes of the optional steps. */
  optionalMinutes: number;
}

/** Totals of a list of steps. */
export function stepTotals(steps: readonly OnboardingStep[]): Totals {
  const t: Totals = { steps: steps.length, required: 0, optional: 0, minutes: 0, optionalMinutes: 0 };
  for (const s of steps) {
    if (s.optional) {
      t.optional++;
      t.optionalMinutes += s.minutes;
    } else {
      t.required++;
      t.minutes += s.minutes;
    }
  }
  return t;
}

/** Totals of a whole path. */
export function pathTotals(path: OnboardingPath): Totals {
  return stepTotals(pathSteps(path));
}

/** Says how big a path is: `9 steps, 6 h 30 min` and `+ 3 optional, 1 h 15 min`. */
export function totalsText(t: Totals): { required: string; optional: string } {
  const required = `${t.required} ${t.required === 1 ? 'step' : 'steps'}, ${formatMinutes(t.minutes)}`;
  const optional = t.optional ? `+ ${t.optional} optional, ${formatMinutes(t.optionalMinutes)}` : '';
  return { required, optional };
}

/** What progress tracking needs of a path's steps. */
export function progressSteps(path: OnboardingPath): ProgressStep[] {
  return pathSteps(path).map((s) => ({ id: s.id, minutes: s.minutes, optional: s.optional }));
}

/** The HTML id of a role's section on /onboarding/. */
export function roleAnchor(role: string): string {
  return `role-${role}`;
}

/** The HTML id of a step on its path's page. */
export function stepAnchor(stepId: string): string {
  return `step-${stepId}`;
}

/** Where a step's link goes: the doc with the path in the URL (`?path=<id>`), or the task's URL. */
export function stepHref(pathId: string, step: OnboardingStep): string {
  return step.kind === 'doc' ? docStepPath(step.docPath, pathId) : step.url;
}

/** Reader-facing names of the roles Wayfinder knows; others are title-cased. */
export const ROLE_LABELS: Record<string, string> = {
  everyone: 'Everyone',
  'new-hire': 'New hires',
  backend: 'Backend engineers',
  frontend: 'Frontend engineers',
  sre: 'SRE and on-call',
  data: 'Data engineers',
  platform: 'Platform team',
};

/** The reader-facing name of a role: `backend` is "Backend engineers". */
export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? role.charAt(0).toUpperCase() + role.slice(1).replace(/-/g, ' ');
}

/** The chooser's sections: one per role, everyone first, paths in prerequisite order then by title. */
export function pathsByRole(paths: readonly OnboardingPath[]): { role: string; label: string; paths: OnboardingPath[] }[] {
  const byId = new Map(paths.map((p) => [p.id, p]));
  const depth = new Map<string, number>();
  const depthOf = (p: OnboardingPath, seen: Set<string>): number => {
    const known = depth.get(p.id);
    if (known !== undefined) return known;
    if (seen.has(p.id)) return 0;
    seen.add(p.id);
    let d = 0;
    for (const pre of p.prerequisites) {
      const q = byId.get(pre);
      if (q) d = Math.max(d, depthOf(q, seen) + 1);
    }
    depth.set(p.id, d);
    return d;
  };
  for (const p of paths) depthOf(p, new Set());
  const d = (p: OnboardingPath) => depth.get(p.id) ?? 0;
  const roleRank = (role: string) => (role === 'everyone' ? 0 : role === 'new-hire' ? 1 : 2);
  const groups = new Map<string, OnboardingPath[]>();
  for (const p of paths) {
    const list = groups.get(p.audience);
    if (list) list.push(p);
    else groups.set(p.audience, [p]);
  }
  const sections = [...groups.entries()].map(([role, list]) => ({
    role,
    label: roleLabel(role),
    paths: list.sort((a, b) => d(a) - d(b) || a.title.localeCompare(b.title, 'en') || (a.id < b.id ? -1 : 1)),
  }));
  const first = (s: { paths: OnboardingPath[] }) => Math.min(...s.paths.map(d));
  return sections.sort((a, b) => roleRank(a.role) - roleRank(b.role) || first(a) - first(b) || a.label.localeCompare(b.label, 'en'));
}

/** A neighbouring step in the navigator. */
export interface NavLink {
  title: string;
  /** A doc with `?path=`, or the step on the path's page for an external task. */
  href: string;
}

/** What a doc page's navigator shows for one path the doc is a step of. */
export interface NavEntry {
  pathId: string;
  pathTitle: string;
  pathHref: string;
  stepId: string;
  /** 1-based position of the step in the path, and the number of steps. */
  position: number;
  total: number;
  milestone: string;
  optional: boolean;
  previous?: NavLink;
  next?: NavLink;
}

/** Doc id to the navigator entries of every path it is a step of (its first step in each), sorted by path id. */
export function navigatorIndex(paths: readonly OnboardingPath[]): Map<string, NavEntry[]> {
  const index = new Map<string, NavEntry[]>();
  const sorted = [...paths].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const path of sorted) {
    const steps = path.milestones.flatMap((m) => m.steps.map((s) => ({ step: s, milestone: m.title })));
    const link = (i: number): NavLink | undefined => {
      const s = steps[i]?.step;
      if (!s) return undefined;
      return { title: s.title, href: s.kind === 'doc' ? stepHref(path.id, s) : `${onboardingPath(path.id)}#${stepAnchor(s.id)}` };
    };
    const seen = new Set<string>();
    steps.forEach(({ step, milestone }, i) => {
      if (step.kind !== 'doc' || seen.has(step.docId)) return;
      seen.add(step.docId);
      const entry: NavEntry = {
        pathId: path.id,
        pathTitle: path.title,
        pathHref: onboardingPath(path.id),
        stepId: step.id,
        position: i + 1,
        total: steps.length,
        milestone,
        optional: step.optional,
      };
      const previous = link(i - 1);
      const next = link(i + 1);
      if (previous) entry.previous = previous;
      if (next) entry.next = next;
      const list = index.get(step.docId);
      if (list) list.push(entry);
      else index.set(step.docId, [entry]);
    });
  }
  return index;
}
