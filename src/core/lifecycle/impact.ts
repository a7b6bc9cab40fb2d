/**
 * Who must act on an announcement: every entity that depends on or consumes a subject
 * (directly, including consumers of the APIs a subject provides) and, one hop further,
 * what depends on those (indirect), grouped by owning team with the team's contacts.
 * Cost is linear in the subjects' two-hop neighbourhood, never in the catalog.
 */
import type { CatalogEntity } from '../model/entity.ts';
import { displayName } from '../names.ts';
import { dependents } from '../catalog/dependents.ts';

type Lookup = (ref: string) => CatalogEntity | undefined;

/** One affected entity. */
export interface AffectedEntity {
  entity: CatalogEntity;
  /** Direct: it uses a subject. Indirect: it uses something that uses a subject. */
  indirect: boolean;
  /** refKeys of what it uses that makes it affected (a subject, a subject's API, or a direct consumer). */
  via: string[];
}

/** The affected entities of one owning team. */
export interface AffectedTeam {
  /** refKey of the owner; undefined for entities without an owner in the catalog. */
  ref?: string;
  team?: CatalogEntity;
  /** Chat channel, its link and the on-call link of the team. */
  chat?: string;
  chatUrl?: string;
  oncall?: string;
  /** Direct first, then by name. */
  entities: AffectedEntity[];
  /** True when any of the team's entities is directly affected. */
  direct: boolean;
}

/** What uses `entity` (catalog/dependents.ts), each with the ref it comes through: the entity itself, or an API it provides. */
function usersOf(entity: CatalogEntity, lookup: Lookup): { user: string; via: string }[] {
  return dependents(entity, lookup).flatMap((d) => (d.direct ? [{ user: d.entity.ref, via: entity.ref }] : d.through.map((via) => ({ user: d.entity.ref, via }))));
}

/** The entities affected by a change to `subjects` (refKeys), direct and one hop indirect. */
export function affectedEntities(subjects: readonly string[], lookup: Lookup): AffectedEntity[] {
  const excluded = new Set(subjects);
  // The APIs a subject provides go with it: they are not consumers.
  for (const s of subjects) for (const api of lookup(s)?.relations.providesApi ?? []) excluded.add(api);
  const found = new Map<string, AffectedEntity>();
  const add = (ref: string, via: string, indirect: boolean): void => {
    if (excluded.has(ref)) return;
    const entity = lookup(ref);
    if (!entity) return;
    const seen = found.get(ref);
    if (!seen) found.set(ref, { entity, indirect, via: [via] });
    else if (seen.indirect === indirect && !seen.via.includes(via)) seen.via.push(via);
  };
  for (const s of subjects) {
    const subject = lookup(s);
    if (subject) for (const u of usersOf(subject, lookup)) add(u.user, u.via, false);
  }
  const direct = [...found.values()];
  for (const d of direct) for (const u of usersOf(d.entity, lookup)) add(u.user, d.entity.ref, true);
  for (const a of found.values()) a.via.sort();
  return [...found.values()];
}

/** Groups affected entities by owning team, teams with direct consumers first, then by name. */
export function groupByTeam(affected: readonly AffectedEntity[], lookup: Lookup): AffectedTeam[] {
  const teams = new Map<string, AffectedTeam>();
  for (const a of affected) {
    const key = a.entity.owner ?? '';
    let t = teams.get(key);
    if (!t) {
      const team = a.entity.owner ? lookup(a.entity.owner) : undefined;
      t = { entities: [], direct: false, ...(a.entity.owner ? { ref: a.entity.owner } : {}), ...(team ? { team } : {}) };
      if (team?.chat) t.chat = team.chat;
      if (team?.chatUrl) t.chatUrl = team.chatUrl;
      if (team?.oncall) t.oncall = team.oncall;
      teams.set(key, t);
    }
    t.entities.push(a);
    if (!a.indirect) t.direct = true;
  }
  const name = (e: CatalogEntity | undefined, ref: string | undefined) => (e ? displayName(e) : (ref ?? '\uffff')).toLowerCase();
  for (const t of teams.values()) {
    t.entities.sort((x, y) => Number(x.indirect) - Number(y.indirect) || (x.entity.name.toLowerCase() < y.entity.name.toLowerCase() ? -1 : 1));
  }
  return [...teams.values()].sort(
    (x, y) => Number(y.direct) - Number(x.direct) || (name(x.team, x.ref) < name(y.team, y.ref) ? -1 : name(x.team, x.ref) > name(y.team, y.ref) ? 1 : 0),
  );
}

/** The affected consumers of `subjects`, grouped by owning team. */
export function impactByTeam(subjects: readonly string[], lookup: Lookup): AffectedTeam[] {
  return groupByTeam(affectedEntities(subjects, lookup), lookup);
}
