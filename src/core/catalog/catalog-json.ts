/**
 * /catalog.json: the resolved catalog for other tools, in a documented, versioned shape
 * (see /docs/wayfinder/service-directory/). Same input, byte-identical output: entities
 * are sorted by ref, every object's keys come in a fixed order, maps are sorted by key.
 */
import { RELATION_TYPES } from './resolve/resolve.ts';
import type { CatalogEntity, EntityLink, EscalationLevel, RelationType } from '../model/entity.ts';
import { dependents } from './dependents.ts';
import { declaredOwner } from './declared-owner.ts';

/** Version of the /catalog.json shape; bump it on any change a consumer could notice. */
export const CATALOG_JSON_VERSION = 1;

/** How to reach whoever answers for an entity. */
export interface CatalogJsonContacts {
  chat: string | null;
  chatUrl: string | null;
  oncall: string | null;
  email: string | null;
}

/** One entity in /catalog.json. Refs are refKeys: lower-case `kind:namespace/name`. */
export interface CatalogJsonEntity {
  ref: string;
  kind: string;
  kindLabel: string;
  namespace: string;
  name: string;
  title: string | null;
  description: string | null;
  type: string | null;
  lifecycle: string | null;
  /** The owner the descriptor declares, also when it is not in the catalog (onBrokenRefs: warn). */
  owner: string | null;
  /** False when `owner` is declared but not in the catalog (no page, no contacts to fall back to). */
  ownerInCatalog: boolean;
  system: string | null;
  domain: string | null;
  tags: string[];
  labels: Record<string, string>;
  links: EntityLink[];
  annotations: Record<string, string>;
  contacts: CatalogJsonContacts;
  tier: number | null;
  slo: string | null;
  escalation: EscalationLevel[];
  /** Whose ladder `escalation` is: this entity's ref, its owner's, or null when there is none. */
  escalationFrom: string | null;
  relations: Partial<Record<RelationType, string[]>>;
  /**
   * Who uses it (catalog/dependents.ts), direct users first: `through` is empty for a direct
   * user, else the refs it uses this entity through (an API this entity provides).
   */
  usedBy: { ref: string; through: string[] }[];
  url: string;
  source: { file: string; line: number };
}

/** The whole /catalog.json document. */
export interface CatalogJson {
  wayfinderCatalog: number;
  generated: string;
  counts: { entities: number; byKind: Record<string, number> };
  entities: CatalogJsonEntity[];
}

/** Options of catalogJson: the build date and where each entity's page is. */
export interface CatalogJsonOptions {
  /** YYYY-MM-DD, from dates.today(). */
  generated: string;
  /** The URL of an entity's page (absolute when the site URL is known). */
  urlOf: (entity: CatalogEntity) => string;
}

const sortedRecord = (r: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.keys(r).sort().map((k) => [k, r[k]!]));

/** Builds the /catalog.json document from resolved entities (any order). */
export function catalogJson(entities: readonly CatalogEntity[], byRef: ReadonlyMap<string, CatalogEntity>, options: CatalogJsonOptions): CatalogJson {
  const sorted = [...entities].sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  const byKind: Record<string, number> = {};
  for (const e of sorted) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
  return {
    wayfinderCatalog: CATALOG_JSON_VERSION,
    generated: options.generated,
    counts: { entities: sorted.length, byKind: Object.fromEntries(Object.keys(byKind).sort().map((k) => [k, byKind[k]!])) },
    entities: sorted.map((e) => entityJson(e, byRef, options)),
  };
}

/** One entity in the /catalog.json shape; contacts and escalation fall back to its owner's. */
export function entityJson(e: CatalogEntity, byRef: ReadonlyMap<string, CatalogEntity>, options: Pick<CatalogJsonOptions, 'urlOf'>): CatalogJsonEntity {
  const owner = e.owner ? byRef.get(e.owner) : undefined;
  const chatFrom = e.chat ? e : owner?.chat ? owner : undefined;
  const ladderFrom = e.escalation.length > 0 ? e : owner && owner.escalation.length > 0 ? owner : undefined;
  const relations: Partial<Record<RelationType, string[]>> = {};
  for (const type of RELATION_TYPES) {
    const list = e.relations[type];
    if (list && list.length > 0) relations[type] = [...list];
  }
  return {
    ref: e.ref,
    kind: e.kind,
    kindLabel: e.kindLabel,
    namespace: e.namespace,
    name: e.name,
    title: e.title ?? null,
    description: e.description ?? null,
    type: e.type ?? null,
    lifecycle: e.lifecycle ?? null,
    owner: declaredOwner(e) ?? null,
    ownerInCatalog: e.owner !== undefined || declaredOwner(e) === undefined,
    system: e.system ?? null,
    domain: e.domain ?? null,
    tags: [...e.tags],
    labels: sortedRecord(e.labels),
    links: e.links.map((l) => {
      const link: EntityLink = { url: l.url };
      if (l.title !== undefined) link.title = l.title;
      if (l.icon !== undefined) link.icon = l.icon;
      if (l.type !== undefined) link.type = l.type;
      return link;
    }),
    annotations: sortedRecord(e.annotations),
    contacts: {
      chat: chatFrom?.chat ?? null,
      chatUrl: chatFrom?.chatUrl ?? null,
      oncall: e.oncall ?? owner?.oncall ?? null,
      email: e.profile?.email ?? owner?.profile?.email ?? null,
    },
    tier: e.tier ?? null,
    slo: e.slo ?? null,
    escalation: (ladderFrom?.escalation ?? []).map(orderLevel),
    escalationFrom: ladderFrom?.ref ?? null,
    relations,
    usedBy: dependents(e, (r) => byRef.get(r)).map((d) => ({ ref: d.entity.ref, through: [...d.through] })),
    url: options.urlOf(e),
    source: { file: e.source.file, line: e.source.line },
  };
}

/** A copy of an escalation level with its keys in the documented order. */
function orderLevel(l: EscalationLevel): EscalationLevel {
  return {
    who: l.who,
    ...(l.whoRef !== undefined ? { whoRef: l.whoRef } : {}),
    how: l.how,
    ...(l.url !== undefined ? { url: l.url } : {}),
    after: l.after,
    afterMinutes: l.afterMinutes,
  };
}

/** Serialises the document compactly (it can be megabytes at 10,000 entities), with a trailing newline. */
export function stringifyCatalogJson(doc: CatalogJson): string {
  return `${JSON.stringify(doc)}\n`;
}
