/**
 * What a change does to migrations (core/migrations/), for the change review: a consumer
 * that moved off a deprecated subject, a plan added, moved or slipped past the sunset, an
 * exemption, a new consumer of something already deprecated. Compares each deprecation's,
 * sunset's and breaking change's consumers in the old content and in the new.
 */
import type { CatalogEntity } from '../model/entity.ts';
import type { Announcement } from '../lifecycle/announcements.ts';
import { isMigration, migrationOf, type MigrationConsumer } from '../migrations/migration.ts';
import type { MigrationChange, MigrationChangeKind } from './types.ts';
import { mention } from './entities.ts';

interface Side {
  entities: readonly CatalogEntity[];
  byRef: ReadonlyMap<string, CatalogEntity>;
  announcements: readonly Announcement[];
}

/** The kind of change, or undefined when nothing about the consumer's migration changed. */
function kindOf(was: MigrationConsumer | undefined, now: MigrationConsumer | undefined, deadline: string): MigrationChangeKind | undefined {
  if (was && !now) return 'moved';
  if (!was && now) return 'new-consumer';
  if (!was || !now) return undefined;
  if (was.state === now.state && was.by === now.by) return undefined;
  if (now.state === 'done') return 'done';
  if (now.state === 'exempt') return 'exempted';
  if (now.state === 'planned' && was.state !== 'planned') return 'planned';
  if (now.state === 'planned' && now.by && now.by > deadline && (!was.by || was.by <= deadline)) return 'plan-slipped';
  if (now.state === 'planned') return 'plan-moved';
  return 'plan-dropped';
}

/** Every consumer whose migration the change moves, by announcement then consumer. */
export function migrationChanges(base: Side, head: Side, today: string): MigrationChange[] {
  const out: MigrationChange[] = [];
  const baseById = new Map(base.announcements.map((a) => [a.id, a]));
  for (const a of head.announcements.filter(isMigration)) {
    if (!baseById.has(a.id)) continue; // a new announcement: the review lists it with who must act
    const before = migrationOf(a, base.entities, (r) => base.byRef.get(r), today);
    const after = migrationOf(a, head.entities, (r) => head.byRef.get(r), today);
    const was = new Map(before.consumers.map((c) => [c.entity.ref, c]));
    const now = new Map(after.consumers.map((c) => [c.entity.ref, c]));
    for (const ref of [...new Set([...was.keys(), ...now.keys()])].sort()) {
      const w = was.get(ref);
      const n = now.get(ref);
      const entity = head.byRef.get(ref);
      if (!entity) continue; // removed: the review lists it as removed
      const kind = kindOf(w, n, after.deadline);
      if (!kind) continue;
      out.push({
        announcement: a.id,
        title: a.title,
        deadline: after.deadline,
        kind,
        consumer: mention(entity),
        ...(w ? { from: w.state } : {}),
        ...(n ? { to: n.state } : {}),
        ...(w?.by ? { wasBy: w.by } : {}),
        ...(n?.by ? { by: n.by } : {}),
      });
    }
  }
  return out;
}

/** One change in words, for the text and Markdown reviews (names are the caller's to escape). */
export function migrationChangeText(c: MigrationChange): string {
  switch (c.kind) {
    case 'moved':
      return 'no longer uses it: done';
    case 'done':
      return 'says it is done';
    case 'planned':
      return `plans to move by ${c.by}${c.by && c.by > c.deadline ? `, after the deadline ${c.deadline}` : ''}`;
    case 'plan-slipped':
      return `its plan slipped from ${c.wasBy ?? 'no date'} to ${c.by}, past the deadline ${c.deadline}`;
    case 'plan-moved':
      return `its plan moved from ${c.wasBy} to ${c.by}`;
    case 'plan-dropped':
      return 'its plan or exemption was removed: not started';
    case 'exempted':
      return 'is now exempt';
    case 'new-consumer':
      return `starts using it (${c.to === 'not-started' ? 'with no plan' : c.to})`;
  }
}
