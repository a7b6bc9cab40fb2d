/** The history pass's budget: all the weeks asked while they fit, the most recent that fit beyond, and a warning at the policy's historyWeeks line. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveContentPaths } from '../content-dir.ts';
import { HISTORY_ENTITY_POINTS, historyBudget, historyWeeksWithin } from './history-budget.ts';

describe('the history budget', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-history-budget-'));
  const content = path.join(dir, 'content');
  fs.mkdirSync(content, { recursive: true });
  fs.writeFileSync(path.join(content, 'wayfinder.yaml'), 'site:\n  title: T\n# a year of progress\nhistoryWeeks: 104\n');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads every week asked while entities × weeks fit, and the most recent weeks that fit beyond', () => {
    expect(historyWeeksWithin(104, 10_000)).toBe(104);
    expect(historyWeeksWithin(104, 30_000)).toBe(Math.floor(HISTORY_ENTITY_POINTS / 30_000));
    expect(historyWeeksWithin(12, 30_000)).toBe(12);
    expect(historyWeeksWithin(104, 10_000_000)).toBe(2);
    expect(historyWeeksWithin(0, 30_000)).toBe(0);
  });

  it('warns at the historyWeeks line when it cuts, and not otherwise', () => {
    const paths = resolveContentPaths(content);
    expect(historyBudget(paths, 104, 10_000)).toEqual([]);
    const [d] = historyBudget(paths, 104, 30_000);
    expect(d).toMatchObject({ file: 'content/wayfinder.yaml', line: 4, column: 1, severity: 'warning', code: 'history/budget' });
    expect(d?.message).toBe('historyWeeks: 104 over 30,000 entities is more history than the build reads (1,600,000 entity-weeks): progress over time and burn-downs show the last 53 weeks');
  });
});
