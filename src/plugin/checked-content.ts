/**
 * The content the plugin checked in `config:setup`, kept for the rest of the build: the
 * catalog loader (src/loaders/catalog.ts) and the data layer (src/data/) read it instead
 * of parsing and checking the content folder again. Astro loads the plugin natively and
 * the loaders and pages through Vite, so each side has its own copy of this module; the
 * result therefore lives on `globalThis`, keyed by content folder, and is shared by both
 * within one process. A process that has no result yet (none today) checks once itself.
 */
import { checkContent, type CheckContentOptions, type ContentCheck } from '../core/check-content.ts';
import type { ContentPaths } from '../core/content-dir.ts';
import { hasErrors } from '../core/model/diagnostics.ts';

interface Kept {
  /** Checked content by content folder (ContentPaths.root). */
  byRoot: Map<string, ContentCheck>;
  /** How many times this process has read and checked a content folder. */
  checks: number;
}

const KEY = Symbol.for('wayfinder.checked-content');

function kept(): Kept {
  const g = globalThis as typeof globalThis & { [KEY]?: Kept };
  g[KEY] ??= { byRoot: new Map(), checks: 0 };
  return g[KEY];
}

/** Reads and checks the content folder (checkContent) and keeps the result for this build. */
export function checkAndKeep(paths: ContentPaths, options: CheckContentOptions = {}): ContentCheck {
  const store = kept();
  store.checks++;
  const result = checkContent(paths, options);
  store.byRoot.set(paths.root, result);
  return result;
}

/**
 * Checks the content folder again (`astro dev`, after an input changed) and keeps the
 * result only when it has no errors, so the pages go on showing the last good content
 * while the errors are fixed. Returns the new result either way.
 */
export function recheckAndKeepIfClean(paths: ContentPaths, options: CheckContentOptions = {}): ContentCheck {
  const store = kept();
  store.checks++;
  const result = checkContent(paths, options);
  if (!hasErrors(result.diagnostics)) store.byRoot.set(paths.root, result);
  return result;
}

/** The checked content of `paths.root` kept by this build, checking it first only if nothing was kept. */
export function checkedContent(paths: ContentPaths, options: CheckContentOptions = {}): ContentCheck {
  return kept().byRoot.get(paths.root) ?? checkAndKeep(paths, options);
}

/** How many times this process has checked a content folder (1 in a build: the plugin's check). */
export function contentCheckCount(): number {
  return kept().checks;
}

/** Forgets what was kept for `paths.root`, so the next read checks it again (tests; a content folder that changed). */
export function forgetCheckedContent(paths: ContentPaths): void {
  kept().byRoot.delete(paths.root);
}
