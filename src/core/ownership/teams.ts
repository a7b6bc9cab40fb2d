/**
 * Teams as the directory shows them: the group tree (parents and children), what each
 * group owns grouped by kind, and its members. Linear in the groups and their relations.
 */
import type { CatalogEntity, EntityKind } from '../model/entity.ts';
import { STRUCTURE_KIND_ORDER, sortByName } from '../names.ts';

type Lookup = (ref: string) => CatalogEntity | undefined;

/** A group with its child groups, for the nested list on /teams/. */
export interface TeamTreeNode {
  team: CatalogEntity;
  children: TeamTreeNode[];
}

/**
 * The groups as a forest: roots are groups without a parent in the catalog; children
 * sorted by name. A group reached twice (a cycle the loader reported) is shown once.
 */
export function teamTree(groups: readonly CatalogEntity[], lookup: Lookup): TeamTreeNode[] {
  const seen = new Set<string>();
  const build = (team: CatalogEntity): TeamTreeNode => {
    seen.add(team.ref);
    const kids = (team.relations.parentOf ?? [])
      .map((ref) => lookup(ref))
      .filter((g): g is CatalogEntity => g !== undefined && g.kind === 'group' && !seen.has(g.ref));
    return { team, children: sortByName(kids).map(build) };
  };
  const isRoot = (g: CatalogEntity): boolean => !(g.relations.childOf ?? []).some((ref) => lookup(ref)?.kind === 'group');
  const roots = sortByName(groups.filter(isRoot)).map(build);
  // Groups only reachable through a cycle still get listed, at the top level.
  for (const g of sortByName(groups)) if (!seen.has(g.ref)) roots.push(build(g));
  return roots;
}

/** Entities of one kind, for a "what they own" list. */
export interface KindGroup {
  kind: EntityKind;
  entities: CatalogEntity[];
}

/** Groups refs by kind in STRUCTURE_KIND_ORDER, each sorted by name; unknown refs are skipped. */
export function groupByKind(refs: readonly string[], lookup: Lookup): KindGroup[] {
  const by = new Map<EntityKind, CatalogEntity[]>();
  for (const ref of refs) {
    const e = lookup(ref);
    if (!e) continue;
    const list = by.get(e.kind);
    if (list) list.push(e);
    else by.set(e.kind, [e]);
  }
  return STRUCTURE_KIND_ORDER.filter((k) => by.has(k)).map((kind) => ({ kind, entities: sortByName(by.get(kind) ?? []) }));
}

/** The members of a group (users), sorted by name. */
export function members(team: CatalogEntity, lookup: Lookup): CatalogEntity[] {
  return sortByName((team.relations.hasMember ?? []).map((r) => lookup(r)).filter((u): u is CatalogEntity => u !== undefined));
}

/** One row of the team tree drawn flat: the team, how deep it sits, and its parent row's team. */
export interface TeamRow {
  team: CatalogEntity;
  depth: number;
  parent?: CatalogEntity;
}

/** The team tree in reading order (depth first), one row per team, so /teams/ can page it. */
export function flattenTeamTree(nodes: readonly TeamTreeNode[]): TeamRow[] {
  const out: TeamRow[] = [];
  const walk = (list: readonly TeamTreeNode[], depth: number, parent?: CatalogEntity) => {
    for (const n of list) {
      out.push({ team: n.team, depth, ...(parent ? { parent } : {}) });
      walk(n.children, depth + 1, n.team);
    }
  };
  walk(nodes, 0);
  return out;
}

/** Rows per page of /teams/: a page stays small however many teams there are. */
export const TEAMS_PER_PAGE = 100;

/**
 * The short facts of a team on /teams/: its type when not a plain team, then only the
 * counts that are not zero (members, what it owns, child teams), so an organisation that
 * only groups teams reads "organization · 7 teams", never "0 members · owns 0".
 */
export function teamRowMeta(team: Pick<CatalogEntity, 'type' | 'relations'>): string {
  const members = team.relations.hasMember?.length ?? 0;
  const owns = team.relations.ownerOf?.length ?? 0;
  const children = team.relations.parentOf?.length ?? 0;
  const parts: string[] = [];
  if (team.type && team.type !== 'team') parts.push(team.type);
  if (members) parts.push(`${members} ${members === 1 ? 'member' : 'members'}`);
  if (owns) parts.push(`owns ${owns}`);
  if (children) parts.push(`${children} ${children === 1 ? 'team' : 'teams'}`);
  if (!members && !owns && !children) parts.push('no members or owned entities in the catalog yet');
  return parts.join(' · ');
}
