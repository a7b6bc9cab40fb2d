/**
 * The git history pass has a budget: it reads and scores the whole catalog at each weekly
 * point, so its work is entities × points. Measured (bench/results.md, scripts/bench-history.ts):
 * at 30,000 entities 12 points cost 10.5 s of CPU, 26 points 17.6 s, 52 points 30.4 s, and 104
 * points were twice that. HISTORY_ENTITY_POINTS keeps the pass within about 30 s at any size:
 * a larger `historyWeeks` reads the most recent weeks that fit, and `check` (and the build) warn
 * at the policy's `historyWeeks:` line.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostics.ts';
import { displayPath, type ContentPaths } from '../content-dir.ts';
import { readContentText } from '../content-fs.ts';
import { POLICY_FILE } from '../content-dir.ts';

/** Most entities × weekly points the history pass reads (52 weeks at 30,000 entities). */
export const HISTORY_ENTITY_POINTS = 1_600_000;

/** The weekly points the history pass reads for `weeks` asked over a catalog of `entities`: all of them, or as many as fit the budget (at least 2). */
export function historyWeeksWithin(weeks: number, entities: number): number {
  if (weeks <= 0 || entities <= 0) return weeks;
  return Math.min(weeks, Math.max(2, Math.floor(HISTORY_ENTITY_POINTS / entities)));
}

/** A warning, at the policy's `historyWeeks:` line, when the catalog is too large for the weeks asked. */
export function historyBudget(paths: Pick<ContentPaths, 'root' | 'parent'>, weeks: number, entities: number): Diagnostic[] {
  const within = historyWeeksWithin(weeks, entities);
  if (within >= weeks) return [];
  const abs = path.join(paths.root, POLICY_FILE);
  const file = displayPath(paths as ContentPaths, abs);
  let line = 1;
  let column = 1;
  if (fs.existsSync(abs)) {
    const read = readContentText(abs, file);
    const lines = read.ok ? read.text.split(/\r?\n/) : [];
    const i = lines.findIndex((l) => /^\s*historyWeeks\s*:/.test(l));
    if (i >= 0) {
      line = i + 1;
      column = (lines[i] as string).search(/\S/) + 1;
    }
  }
  return [
    {
      file,
      line,
      column,
      severity: 'warning',
      code: 'history/budget',
      message: `historyWeeks: ${weeks} over ${entities.toLocaleString('en')} entities is more history than the build reads (${HISTORY_ENTITY_POINTS.toLocaleString('en')} entity-weeks): progress over time and burn-downs show the last ${within} weeks`,
      hint: `set historyWeeks: ${within} or fewer to say so, or leave it: the most recent weeks are read`,
    },
  ];
}
