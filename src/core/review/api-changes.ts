/**
 * The change review's API section: for each API whose definition changed, what breaks
 * (src/core/api/diff/), who consumes it (the impact code, through diff.ts), and whether a
 * deprecation or breaking-change announcement with a date still ahead covers it. Without
 * one, the review suggests the `npm run new -- breaking-change` command that writes it,
 * and warns when info.version's major number went up (the author knew it breaks).
 */
import type { CatalogEntity } from '../model/entity.ts';
import { diffApi } from '../api/diff/index.ts';
import type { ApiReference } from '../api/model.ts';
import { addDays } from '../dates.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import type { Announcement } from '../lifecycle/announcements.ts';
import { shortRef } from '../names.ts';
import { mention } from './entities.ts';
import type { AffectedTeam, ApiChanges, CoveringAnnouncement } from './types.ts';

/** What the API section needs of one version of the content. */
export interface ApiSnapshot {
  entities: readonly CatalogEntity[];
  apiReferences?: readonly ApiReference[];
  announcements: readonly Announcement[];
}

/** The announcement types that warn consumers of a breaking change. */
const COVERING = new Set(['deprecation', 'breaking-change']);

/** A deprecation or breaking-change announcement of `ref` whose effective date (or sunset) is still ahead. */
export function coveringAnnouncement(ref: string, announcements: readonly Announcement[], today: string): CoveringAnnouncement | undefined {
  const a = announcements.find((x) => COVERING.has(x.type) && x.subjects.includes(ref) && (x.effective > today || (x.sunset !== undefined && x.sunset > today)));
  if (!a) return undefined;
  return { id: a.id, title: a.title, type: a.type, effective: a.effective, ...(a.sunset ? { sunset: a.sunset } : {}), file: a.display };
}

/** The major number of a version (`2.1.0` → 2, `v3` → 3). */
export function majorOf(version: string | undefined): number | undefined {
  const m = /^\s*v?(\d+)/i.exec(version ?? '');
  return m ? Number(m[1]) : undefined;
}

/** The command that writes a breaking-change announcement for `ref`, a month ahead. */
export function announcementCommand(ref: string, today: string): string {
  return `npm run new -- breaking-change --subjects ${shortRef(ref)} --effective ${addDays(today, 30)}`;
}

/**
 * Every API whose definition changed between `base` and `head` (APIs in both versions
 * under the same ref), with the warnings the change earns (a major version bump with
 * breaking changes and no announcement).
 */
export function diffApis(base: ApiSnapshot, head: ApiSnapshot, consumersOf: (ref: string) => AffectedTeam[], today: string): { apis: ApiChanges[]; warnings: Diagnostic[] } {
  const before = new Map((base.apiReferences ?? []).map((r) => [r.entityRef, r]));
  const oldEntities = new Map(base.entities.map((e) => [e.ref, e]));
  const apis: ApiChanges[] = [];
  const warnings: Diagnostic[] = [];
  for (const after of head.apiReferences ?? []) {
    const was = before.get(after.entityRef);
    const entity = head.entities.find((e) => e.ref === after.entityRef);
    const oldEntity = oldEntities.get(after.entityRef);
    if (!was || !entity || !oldEntity) continue;
    // A GraphQL schema is all in its text; OpenAPI and AsyncAPI may change in a $ref'd file.
    if (after.format === 'graphql' && was.format === 'graphql' && oldEntity.definition === entity.definition) continue;
    const diff = diffApi(was, after, { ...(oldEntity.definition !== undefined ? { before: oldEntity.definition } : {}), ...(entity.definition !== undefined ? { after: entity.definition } : {}) });
    if (!diff || (diff.changes.length === 0 && diff.omitted === 0)) continue;
    const breaking = diff.changes.filter((c) => c.level === 'breaking');
    const announcement = breaking.length ? coveringAnnouncement(after.entityRef, head.announcements, today) : undefined;
    const entry: ApiChanges = {
      api: mention(entity),
      format: after.formatLabel,
      ...(was.version !== undefined || after.version !== undefined ? { version: { ...(was.version !== undefined ? { from: was.version } : {}), ...(after.version !== undefined ? { to: after.version } : {}) } } : {}),
      breaking,
      nonBreaking: diff.changes.filter((c) => c.level === 'non-breaking'),
      deprecations: diff.changes.filter((c) => c.level === 'deprecation'),
      omitted: diff.omitted,
      consumers: consumersOf(after.entityRef),
      ...(announcement ? { announcement } : {}),
      ...(breaking.length && !announcement ? { suggest: announcementCommand(after.entityRef, today) } : {}),
    };
    apis.push(entry);
    const from = majorOf(was.version);
    const to = majorOf(after.version);
    if (breaking.length && !announcement && from !== undefined && to !== undefined && to > from) {
      const at = breaking.find((c) => c.file && !c.old) ?? { file: entity.source.file, line: entity.source.line };
      warnings.push({
        file: at.file ?? entity.source.file,
        line: at.line ?? entity.source.line,
        column: 1,
        severity: 'warning',
        code: 'api/breaking-without-announcement',
        message: `${entity.name}'s version goes from ${was.version} to ${after.version} with ${breaking.length} breaking change${breaking.length === 1 ? '' : 's'}, and no deprecation or breaking-change announcement tells its consumers`,
        hint: `announce it: ${entry.suggest}`,
      });
    }
  }
  // Breaking first (uncovered before covered), then by name.
  apis.sort((x, y) => Number(y.breaking.length > 0) - Number(x.breaking.length > 0) || Number(Boolean(x.announcement)) - Number(Boolean(y.announcement)) || (x.api.ref < y.api.ref ? -1 : x.api.ref > y.api.ref ? 1 : 0));
  return { apis, warnings };
}
