/**
 * The change review as GitHub Actions annotations: one per change, on the line of the
 * new content it is about (file:line, the paths Wayfinder prints, relative to where the
 * command was run: the repository's root in a workflow), so the pull request's "Files changed" tab shows them beside the diff.
 * Introduced errors are errors, breaking removals and renames are warnings, the rest notices.
 * What comes from content is one line (src/core/inert-text.ts) inside a command's
 * escaped message or property, never at the start of a line.
 */
import { mapStrings, oneLine, plainText } from '../inert-text.ts';
import { diagnosticFormat, githubCommand, type FileNamer } from '../format-diagnostics.ts';
import { shortRef } from '../names.ts';
import { contactText, summaryParagraph } from './outcome.ts';
import { apiGithubLines } from './format-api.ts';
import { campaignChangeText } from './campaigns.ts';
import type { AffectedTeam, ChangeSet, TeamContact } from './types.ts';

const team = (t: TeamContact | undefined): string => (t ? `${t.name} (${contactText(t)})` : 'no owner');
const teams = (list: readonly AffectedTeam[]): string => list.map((t) => `${team(t)}: ${t.consumers.map((c) => `${c.name}${c.indirect ? ' (indirect)' : ''}`).join(', ')}`).join('; ');

/** The whole review as workflow commands, one per line. */
export function formatReviewGithub(changes: ChangeSet, name: FileNamer = (f) => f): string {
  const cs = mapStrings(changes, oneLine);
  const command: typeof githubCommand = (level, where, message) => githubCommand(level, { ...where, file: name(where.file) }, message);
  const out: string[] = [...apiGithubLines(cs.apis ?? [], command)];
  for (const r of cs.renamed) {
    const what = `${shortRef(r.from)} is now ${shortRef(r.to.ref)}${r.redirect ? '; the old page redirects' : '; list the old name in wayfinder.dev/previous-names so old links keep working'}`;
    out.push(command(r.breaks.length ? 'warning' : 'notice', { file: r.to.file, line: r.to.line, title: 'Renamed' }, r.breaks.length ? `${what}. Still named by ${teams(r.breaks)}` : what));
  }
  // A removed entity has no line in the new content: the annotation goes on its old file.
  for (const r of cs.removed) {
    out.push(command(r.breaks.length ? 'warning' : 'notice', { file: r.file, title: 'Removed' }, `${r.name} (${shortRef(r.ref)}) is removed${r.breaks.length ? `; it is still used by ${teams(r.breaks)}` : ''}`));
  }
  for (const a of cs.added) out.push(command('notice', { file: a.file, line: a.line, title: 'Added' }, `${a.name} (${shortRef(a.ref)}) is new`));
  for (const o of cs.owners) {
    out.push(command('notice', { file: o.entity.file, line: o.line, title: 'Owner change' }, `${o.entity.name} moves from ${team(o.from)} to ${team(o.to)}`));
  }
  for (const l of cs.lifecycles) {
    out.push(
      command('notice', { file: l.entity.file, line: l.line, title: 'Lifecycle change' }, `${l.entity.name}: ${l.from ?? 'none'} → ${l.to ?? 'none'}${l.affected.length ? `; used by ${teams(l.affected)}` : ''}`),
    );
  }
  for (const a of cs.announcements) {
    const detail = a.changes.length ? ` (${a.changes.join('; ')})` : '';
    out.push(
      command('notice', { file: a.file, ...(a.status === 'removed' ? {} : { line: 1 }), title: `Announcement ${a.status}` }, `${a.title}${detail}${a.affected.length ? `; who must act: ${teams(a.affected)}` : ''}`),
    );
  }
  // A campaign's file is new or changed as a whole: the note goes on its first line (a removed one has none).
  for (const c of cs.campaigns ?? []) {
    out.push(command('notice', { file: c.file, ...(c.status === 'removed' ? {} : { line: 1 }), title: `Campaign ${c.status}` }, `${campaignChangeText(c)}${c.teams.length ? `; teams it reaches: ${teams(c.teams)}` : ''}`));
  }
  for (const d of cs.docs) out.push(command('notice', { file: d.file, line: 1, title: 'Doc to review' }, `${d.title} is about ${d.services.map(shortRef).join(', ')}, which changed: review it and update lastReviewed`));
  for (const p of cs.paths) {
    for (const s of p.added) out.push(command('notice', { file: p.file, line: s.line, title: 'Onboarding step added' }, `${s.title} in ${s.milestone}`));
    for (const s of p.moved) out.push(command('notice', { file: p.file, line: s.line, title: 'Onboarding step moved' }, `${s.title} moved from ${s.fromMilestone} (step ${s.fromPosition}) to ${s.milestone} (step ${s.position})`));
    for (const s of p.removed) out.push(command('notice', { file: p.file, title: 'Onboarding step removed' }, `${s.title} removed from ${s.milestone}`));
  }
  for (const d of cs.problems.introduced) out.push(diagnosticFormat(name, 'github')(d));
  // The summary last, as a plain log line: annotations are what GitHub shows.
  out.push(summaryParagraph(mapStrings(changes, plainText)));
  return out.join('\n');
}
