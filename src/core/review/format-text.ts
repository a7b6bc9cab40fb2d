/**
 * The change review as plain text for a terminal: the summary paragraph, then each kind of
 * change grouped, with file:line so an editor can jump to it. What comes from content is
 * plain one-line text (src/core/inert-text.ts): it cannot start a line of its own, so a CI
 * log that shows this output runs no workflow command from it.
 */
import { migrationChangeText } from './migrations.ts';
import { campaignChangeText } from './campaigns.ts';
import { mapStrings, plainText } from '../inert-text.ts';
import { diagnosticFormat, type FileNamer } from '../format-diagnostics.ts';
import { shortRef } from '../names.ts';
import { contactText, isEmpty, summaryParagraph } from './outcome.ts';
import { apiTextLines } from './format-api.ts';
import type { AffectedTeam, ChangeSet, EntityMention, TeamContact } from './types.ts';

const entity = (m: EntityMention): string => `${m.name} (${shortRef(m.ref)})`;
const team = (t: TeamContact | undefined): string => (t ? `${t.name} (${contactText(t)})` : 'no owner');

/** Lines for consumers grouped by team, indented. */
export function teamLines(teams: readonly AffectedTeam[], indent: string): string[] {
  return teams.map((t) => {
    const direct = t.consumers.filter((c) => !c.indirect).map((c) => c.name);
    const indirect = t.consumers.filter((c) => c.indirect).map((c) => c.name);
    const uses = [direct.length ? direct.join(', ') : '', indirect.length ? `indirectly ${indirect.join(', ')}` : ''].filter(Boolean).join('; ');
    return `${indent}${team(t)}: ${uses}`;
  });
}

/** The whole review as text; `name` says how files are printed (relative to where the command was run, see diagnostics.ts FileNamer). */
export function formatReviewText(changes: ChangeSet, name: FileNamer = (f) => f): string {
  const cs = mapStrings(changes, plainText);
  const at = (m: { file: string; line: number }): string => `${name(m.file)}:${m.line}`;
  const out: string[] = [`Change review: ${cs.base} → ${cs.head}`, '', summaryParagraph(cs)];
  const section = (title: string, lines: string[]) => {
    if (!lines.length) return;
    out.push('', title, ...lines);
  };
  const apis = cs.apis ?? [];
  section(`Breaking API changes (${apis.filter((a) => a.breaking.length).length})`, apiTextLines(apis.filter((a) => a.breaking.length), teamLines));
  section(
    `Renamed (${cs.renamed.length})`,
    cs.renamed.flatMap((r) => [
      `  ${shortRef(r.from)} → ${entity(r.to)}, ${r.how === 'declared' ? 'declared in wayfinder.dev/previous-names; the old page redirects' : 'detected (same file, near-identical); add wayfinder.dev/previous-names to keep old links working'}  ${at(r.to)}`,
      ...(r.breaks.length ? ['    still named by:', ...teamLines(r.breaks, '      ')] : []),
    ]),
  );
  section(
    `Removed (${cs.removed.length})`,
    cs.removed.flatMap((r) => [`  ${entity(r)}  ${at(r)} (old)`, ...(r.breaks.length ? ['    breaks:', ...teamLines(r.breaks, '      ')] : [])]),
  );
  section(`Added (${cs.added.length})`, cs.added.map((a) => `  ${entity(a)}  ${at(a)}`));
  section(
    `Owner changes (${cs.owners.length})`,
    cs.owners.map((o) => `  ${entity(o.entity)}: from ${team(o.from)} to ${team(o.to)}  ${name(o.entity.file)}:${o.line}`),
  );
  section(
    `Lifecycle changes (${cs.lifecycles.length})`,
    cs.lifecycles.flatMap((l) => [
      `  ${entity(l.entity)}: ${l.from ?? '(none)'} → ${l.to ?? '(none)'}  ${name(l.entity.file)}:${l.line}`,
      ...(l.affected.length ? ['    used by:', ...teamLines(l.affected, '      ')] : ['    nothing in the catalog uses it']),
    ]),
  );
  section(
    `Announcements (${cs.announcements.length})`,
    cs.announcements.flatMap((a) => [
      `  ${a.status}: ${a.title} (${a.type}, effective ${a.effective}${a.sunset ? `, sunset ${a.sunset}` : ''})  ${name(a.file)}`,
      ...a.changes.map((c) => `    ${c}`),
      ...(a.affected.length ? ['    who must act:', ...teamLines(a.affected, '      ')] : []),
    ]),
  );
  section(
    `Campaigns (${cs.campaigns?.length ?? 0})`,
    (cs.campaigns ?? []).flatMap((c) => [`  ${campaignChangeText(c)}  ${name(c.file)}`, ...(c.teams.length ? ['    teams it reaches:', ...teamLines(c.teams, '      ')] : [])]),
  );
  section(`Other API changes (${apis.filter((a) => !a.breaking.length).length})`, apiTextLines(apis.filter((a) => !a.breaking.length), teamLines));
  section(
    `Migrations (${cs.migrations?.length ?? 0})`,
    (cs.migrations ?? []).map((m) => `  ${entity(m.consumer)} on ${m.announcement}: ${migrationChangeText(m)}  ${at(m.consumer)}`),
  );
  section(
    `Other entity changes (${cs.modified.length})`,
    cs.modified.map((m) => `  ${entity(m.entity)}: ${m.fields.join(', ')}  ${at(m.entity)}`),
  );
  section(
    `Docs to review (${cs.docs.length})`,
    cs.docs.map((d) => `  ${d.title}, about ${d.services.map(shortRef).join(', ')}  ${name(d.file)}`),
  );
  section(
    `Onboarding paths (${cs.paths.length})`,
    cs.paths.flatMap((p) => [
      `  ${p.title} (${p.id}, ${p.status})  ${name(p.file)}`,
      ...p.added.map((s) => `    added: ${s.title} in ${s.milestone}  ${name(p.file)}:${s.line}`),
      ...p.removed.map((s) => `    removed: ${s.title} from ${s.milestone}`),
      ...p.moved.map((s) => `    moved: ${s.title} from ${s.fromMilestone} (step ${s.fromPosition}) to ${s.milestone} (step ${s.position})  ${name(p.file)}:${s.line}`),
    ]),
  );
  section(`Problems this change introduces (${cs.problems.introduced.length})`, cs.problems.introduced.map((d) => `  ${diagnosticFormat(name)(d)}`));
  if (!isEmpty(cs) || cs.problems.unchanged || cs.problems.fixed) {
    out.push('', `Problems already there: ${cs.problems.unchanged} (they do not block this change); fixed by it: ${cs.problems.fixed}.`);
  }
  return out.join('\n');
}
