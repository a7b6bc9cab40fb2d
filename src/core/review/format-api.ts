/**
 * The API section of each review format: breaking changes with file:line and the teams
 * that consume the API, then deprecations and other changes. One module so the text,
 * Markdown and GitHub formats say the same thing.
 */
import type { ApiChange } from '../api/diff/types.ts';
import { githubCommand } from '../format-diagnostics.ts';
import { contactText } from './outcome.ts';
import type { AffectedTeam, ApiChanges } from './types.ts';

const where = (c: ApiChange): string => (c.file ? `${c.file}${c.line ? `:${c.line}` : ''}${c.old ? ' (old)' : ''}` : '');

/** How an API's breaking changes stand: announced (with what), or the command to announce them. */
export function announcementLine(a: ApiChanges): string | undefined {
  if (!a.breaking.length) return undefined;
  if (a.announcement) return `announced: “${a.announcement.title}” (${a.announcement.type}, effective ${a.announcement.effective}) ${a.announcement.file}`;
  return `not announced: consumers need a deprecation or breaking-change announcement with a date ahead (${a.suggest ?? 'npm run new -- breaking-change'})`;
}

/** The API section as text lines (empty when no API changed). */
export function apiTextLines(apis: readonly ApiChanges[], teamLines: (t: readonly AffectedTeam[], indent: string) => string[]): string[] {
  const out: string[] = [];
  for (const a of apis) {
    const version = a.version && a.version.from !== a.version.to ? `, version ${a.version.from ?? '?'} → ${a.version.to ?? '?'}` : '';
    out.push(`  ${a.api.name} (${a.format}${version}): ${a.breaking.length} breaking, ${a.deprecations.length} deprecated, ${a.nonBreaking.length} other  ${a.api.file}:${a.api.line}`);
    for (const c of a.breaking) out.push(`    breaking: ${c.message}  ${where(c)}`);
    for (const c of a.deprecations) out.push(`    deprecated: ${c.message}  ${where(c)}`);
    for (const c of a.nonBreaking) out.push(`    ${c.message}  ${where(c)}`);
    if (a.omitted) out.push(`    … and ${a.omitted} more changes`);
    const ann = announcementLine(a);
    if (ann) out.push(`    ${ann}`);
    if (a.breaking.length) out.push(...(a.consumers.length ? ['    consumers:', ...teamLines(a.consumers, '      ')] : ['    nothing in the catalog consumes it']));
  }
  return out;
}

/** The "Breaking API changes" and "Other API changes" items of the Markdown comment. */
export function apiMarkdownItems(
  apis: readonly ApiChanges[],
  fmt: { text: (s: string) => string; code: (s: string) => string; teams: (t: readonly AffectedTeam[], indent: string) => string[] },
): { breaking: string[]; other: string[] } {
  const line = (c: ApiChange) => `  - ${fmt.text(c.message)}${c.file ? ` ${fmt.code(`${c.file}${c.line ? `:${c.line}` : ''}`)}${c.old ? ' (old)' : ''}` : ''}`;
  const breaking = apis
    .filter((a) => a.breaking.length)
    .map((a) => {
      const ann = announcementLine(a);
      return [
        `- **${fmt.text(a.api.name)}** ${fmt.code(a.format)}: ${a.breaking.length} breaking change${a.breaking.length === 1 ? '' : 's'}${a.omitted ? ` (and ${a.omitted} more changes)` : ''}`,
        ...a.breaking.map(line),
        ...(ann ? [`  - _${a.announcement ? fmt.text(ann) : `not announced: write one with ${fmt.code(a.suggest ?? 'npm run new -- breaking-change')}`}_`] : []),
        ...(a.consumers.length ? ['  - consumers:', ...fmt.teams(a.consumers, '    ')] : ['  - nothing in the catalog consumes it']),
      ].join('\n');
    });
  const other = apis
    .filter((a) => a.deprecations.length + a.nonBreaking.length)
    .map((a) => [`- **${fmt.text(a.api.name)}** ${fmt.code(a.format)}`, ...a.deprecations.map((c) => line({ ...c, message: `deprecated: ${c.message}` })), ...a.nonBreaking.map(line)].join('\n'));
  return { breaking, other };
}

/** GitHub annotations: breaking changes as errors when not announced (warnings when announced), deprecations as warnings. */
export function apiGithubLines(apis: readonly ApiChanges[], command: typeof githubCommand = githubCommand): string[] {
  const out: string[] = [];
  const teams = (list: readonly AffectedTeam[]) => list.map((t) => `${t.name} (${contactText(t)})`).join('; ');
  for (const a of apis) {
    for (const c of a.breaking) {
      const who = a.consumers.length ? ` Consumers: ${teams(a.consumers)}.` : '';
      const status = announcementLine(a) ?? '';
      const message = `${a.api.name}: ${c.message.replace(/\.$/, '')}.${who} ${status.charAt(0).toUpperCase()}${status.slice(1)}`.trim();
      out.push(command(a.announcement ? 'warning' : 'error', { file: c.file ?? a.api.file, ...(c.old ? {} : { line: c.line ?? a.api.line }), title: 'Breaking API change' }, message));
    }
    for (const c of a.deprecations) out.push(command('warning', { file: c.file ?? a.api.file, line: c.line ?? a.api.line, title: 'API deprecation' }, `${a.api.name}: ${c.message}`));
  }
  return out;
}
