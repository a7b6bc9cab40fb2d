/**
 * The onboarding model: a path (content/paths/<id>.yaml) is an ordered list of
 * milestones, each an ordered list of steps; a step is a doc of the site or an
 * external task. Only what passed validation gets into the model.
 */

/** What every step has. */
interface StepBase {
  /** Stable id, unique within its path: progress is stored by it. */
  id: string;
  title: string;
  /** The duration as written (`30m`, `2h`, `1h30m`). */
  duration: string;
  /** The duration in minutes, more than 0. */
  minutes: number;
  optional: boolean;
  /** One line: why this step matters. */
  why: string;
  /** Where the step starts in its file, 1-based. */
  line: number;
  column: number;
}

/** A step that is a doc of this site. */
export interface DocStep extends StepBase {
  kind: 'doc';
  /** The doc's id, e.g. `docs/how-to/request-access`. */
  docId: string;
  /** The doc's site path without the base, e.g. `/docs/how-to/request-access/`. */
  docPath: string;
}

/** A step done outside the site (collect a laptop, join a channel). */
export interface TaskStep extends StepBase {
  kind: 'task';
  /** An http(s) URL. */
  url: string;
}

/** A step of a path: a doc of this site or a task outside it. */
export type OnboardingStep = DocStep | TaskStep;

/** A stage of a path, such as "Day 1" or "Week 1". */
export interface Milestone {
  title: string;
  summary?: string;
  steps: OnboardingStep[];
}

/** One onboarding path, read from content/paths/<id>.yaml. */
export interface OnboardingPath {
  /** The file name without `.yaml`/`.yml`; the URL is /onboarding/<id>/. */
  id: string;
  /** The file, relative to the content folder's parent. */
  file: string;
  title: string;
  /** The role the path is for, e.g. `backend`. */
  audience: string;
  summary: string;
  /** The owner ref as written, e.g. `group:platform-team`. */
  owner: string;
  /** Ids of paths to finish first, as written (only those that exist). */
  prerequisites: string[];
  milestones: Milestone[];
}
