/**
 * Warnings for what is legal but probably a mistake: a doc reviewed "in the future", and
 * an announcement whose replacement is itself deprecated or retired.
 */
import fs from 'node:fs';
import type { Diagnostic } from './model/diagnostics.ts';
import type { DocMeta } from './docs/frontmatter.ts';
import type { Announcement, AnnouncementCatalog } from './lifecycle/announcements.ts';
import { createStageIndex, type Stage } from './lifecycle/stages.ts';
import { shortRef } from './names.ts';

/** A warning for each doc whose lastReviewed date is after `today`. */
export function futureReviews(docs: readonly DocMeta[], today: string): Diagnostic[] {
  return docs
    .filter((d) => d.lastReviewed && d.lastReviewed.value > today)
    .map((d) => ({
      file: d.display,
      line: d.lastReviewed?.line ?? 1,
      column: d.lastReviewed?.column ?? 1,
      severity: 'warning' as const,
      code: 'docs/review-in-future',
      message: `lastReviewed ${d.lastReviewed?.value} is after today (${today}), so this doc counts as fresh until long after it was really read`,
      hint: 'write the date the doc was actually reviewed',
    }));
}

/** Where `replacement:` is written in an announcement file (its value), or 1:1. */
function replacementPosition(file: string): { line: number; column: number } {
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { line: 1, column: 1 };
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^(replacement:[ \t]*)\S/.exec(lines[i] ?? '');
    if (m) return { line: i + 1, column: (m[1] as string).length + 1 };
    if (i > 0 && /^---\s*$/.test(lines[i] ?? '')) break;
  }
  return { line: 1, column: 1 };
}

/**
 * A warning for each announcement whose replacement is deprecated or retired (by its
 * lifecycle stage, or by a deprecation or sunset announcement), naming the
 * replacement's own replacement when one is announced.
 */
export function deprecatedReplacements(announcements: readonly Announcement[], catalog: AnnouncementCatalog, stages: readonly Stage[]): Diagnostic[] {
  const index = createStageIndex(stages);
  const retiring = new Map<string, Announcement>();
  for (const a of announcements) {
    if (a.type !== 'deprecation' && a.type !== 'sunset') continue;
    for (const s of a.subjects) if (!retiring.has(s) || a.replacement) retiring.set(s, a);
  }
  const out: Diagnostic[] = [];
  for (const a of announcements) {
    if (!a.replacement) continue;
    const entity = catalog.byRef.get(a.replacement);
    const stage = index.forLifecycle(entity?.lifecycle)?.id;
    const notice = retiring.get(a.replacement);
    const why =
      stage === 'deprecated' || stage === 'retired'
        ? `is itself ${stage} (spec.lifecycle: ${entity?.lifecycle})`
        : notice
          ? `is itself being retired (${notice.display} announces its ${notice.type})`
          : undefined;
    if (!why) continue;
    const next = notice?.replacement;
    out.push({
      file: a.display,
      ...replacementPosition(a.file),
      severity: 'warning',
      code: 'lifecycle/replacement-retiring',
      message: `the replacement ${shortRef(a.replacement)} ${why}`,
      hint: next ? `point people at its own replacement, ${shortRef(next)}` : 'name a replacement that will stay, or announce one for it',
    });
  }
  return out;
}
