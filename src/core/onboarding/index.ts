/**
 * The onboarding core's public API: read and check the paths in content/paths/, and
 * what the pages, the navigator and the browser's progress tracking compute from them.
 */
export { checkPaths, checkPathSources, catalogOwnerResolver, type PathsResult, type PathSource } from './load.ts';
export { readPathText, indexDocs, resolveDocSlug, ID_PATTERN, type DocIndex, type PathContext } from './read-path.ts';
export { parseStepDuration, formatMinutes } from '../duration.ts';
export {
  pathSteps,
  pathTotals,
  stepTotals,
  totalsText,
  progressSteps,
  stepHref,
  stepAnchor,
  roleAnchor,
  roleLabel,
  pathsByRole,
  navigatorIndex,
  ROLE_LABELS,
  type Totals,
  type NavEntry,
  type NavLink,
} from './model.ts';
export {
  progressKey,
  parseStoredProgress,
  reconcileProgress,
  toggleStep,
  progressText,
  optionalProgressText,
  type PathProgress,
  type ProgressStep,
} from './progress.ts';
export type { OnboardingPath, OnboardingStep, DocStep, TaskStep, Milestone } from './types.ts';
