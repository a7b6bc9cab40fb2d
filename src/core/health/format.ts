/**
 * The health report as text (for `npm run check -- --health`) and the CI gate that
 * turns it into an exit status.
 */
import type { FileNamer } from '../format-diagnostics.ts';
import type { HealthReport } from './report.ts';
import { mapStrings, plainText } from '../inert-text.ts';

/** Thresholds of the CI gate; each is optional. */
export interface HealthGate {
  /** Fail when more than this many items are missing in the catalog. */
  maxMissing?: number;
  /** Fail when more than this many docs are stale. */
  maxStale?: number;
  /** Fail when the average completeness score is below this (0-100). */
  failUnder?: number;
}

/** The gate's failures, in words; empty when the report passes. */
export function gateFailures(report: HealthReport, gate: HealthGate): string[] {
  const out: string[] = [];
  const t = report.totals;
  if (gate.maxMissing !== undefined && t.missing > gate.maxMissing) out.push(`${t.missing} missing catalog items is more than --max-missing ${gate.maxMissing}`);
  if (gate.maxStale !== undefined && t.stale > gate.maxStale) out.push(`${t.stale} stale docs is more than --max-stale ${gate.maxStale}`);
  if (gate.failUnder !== undefined && t.averageScore < gate.failUnder) out.push(`average completeness ${t.averageScore} is under --fail-under ${gate.failUnder}`);
  return out;
}

const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

/** The report as plain text, per team, worst first, then the organisation's totals; `name` names files from where the command ran. */
export function formatHealthText(health: HealthReport, name: FileNamer = (f) => f): string {
  // Names and titles from content stay inside their line (no workflow command in a CI log).
  const report = mapStrings(health, plainText);
  const lines: string[] = [];
  for (const team of report.teams) {
    if (!team.staleDocs.length && !team.missingCount && !team.unresolved.length) continue;
    const notIn = team.unresolved.length ? `, ${plural(team.unresolved.length, 'reference')} not in the catalog` : '';
    lines.push(`${team.name}${team.ref ? ` (${team.ref}${team.inCatalog ? '' : ', not in the catalog'})` : ''}: ${plural(team.staleDocs.length, 'stale doc')}, ${plural(team.missingCount, 'missing item')}${notIn}`);
    if (team.own?.missing.length) lines.push(`  team itself (${name(team.own.file)}): missing ${team.own.missing.map((m) => m.label).join(', ')}`);
    for (const d of team.staleDocs) lines.push(`  stale  ${d.relative}: ${d.reasons.join('; ')}`);
    for (const c of team.incomplete) lines.push(`  ${String(c.score).padStart(3)}%  ${c.ref} (${name(c.file)}): missing ${c.missing.map((m) => m.label).join(', ')}`);
    for (const u of team.unresolved) lines.push(`  ref    ${name(u.file)}:${u.line}: ${u.message}`);
  }
  for (const n of report.notPublished) lines.push(`not published  ${name(n.source.file)}:${n.source.line}: ${[n.kind, n.name].filter(Boolean).join(' ') || 'document'}: ${n.reason}`);
  const t = report.totals;
  if (!report.git.used) lines.push(`Catalog changes not checked: ${report.git.reason ?? 'no git history'}; staleness uses review dates only.`);
  lines.push(
    `Health on ${report.today}: ${plural(t.stale, 'stale doc')} of ${t.docs} (${t.overdue} overdue, ${t.changed} with catalog changes since review), ` +
      `${t.complete} of ${plural(t.scored, 'entity', 'entities')} complete, ${plural(t.missing, 'missing item')}, average score ${t.averageScore}%` +
      `${t.unresolved ? `, ${plural(t.unresolved, 'reference')} to entities not in the catalog` : ''}` +
      `, owned by ${plural(t.owners, 'team or person', 'teams and people')}${t.ownersNotInCatalog ? ` (${t.ownersNotInCatalog} not in the catalog)` : ''}` +
      `${t.notPublished ? `, ${plural(t.notPublished, 'descriptor')} not published (onInvalidEntities: skip)` : ''}.`,
  );
  return lines.join('\n');
}
