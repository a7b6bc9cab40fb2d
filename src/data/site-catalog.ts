/**
 * The site catalog's indexes, built from the checked entities and the docs' link fields:
 * a pure function (no Astro), so the page view models' tests build the same indexes the
 * pages read (src/data/catalog.ts loads the inputs once per build and calls it).
 */
import type { CatalogEntity } from '../core/model/entity.ts';
import { docPath, entityPath } from '../core/urls.ts';
import { parseEntityRef, refKey } from '../core/model/refs.ts';
import type { DocLinkFields } from './kept.ts';

/** A doc that names entities in `services`, or is owned by a team. */
export interface DocLink {
  id: string;
  title: string;
  href: string;
}

export interface SiteCatalog {
  entities: CatalogEntity[];
  byRef: Map<string, CatalogEntity>;
  /** Docs whose `services` frontmatter names the entity (by refKey). */
  docsAbout: Map<string, DocLink[]>;
  /** Docs whose `owner` frontmatter names the group or user (by refKey). */
  docsOwnedBy: Map<string, DocLink[]>;
  /** The page of an entity, without base. */
  pathOf: (ref: string) => string | undefined;
  /** Entities whose spec.escalation names the user or group (by refKey), sorted by refKey. */
  escalationsNaming: Map<string, CatalogEntity[]>;
}

/** The catalog with its indexes: entities by ref, docs about and owned by each entity, escalation ladders naming each one. */
export function buildSiteCatalog(checkedEntities: readonly CatalogEntity[], docs: readonly DocLinkFields[]): SiteCatalog {
  const entities: CatalogEntity[] = [...checkedEntities].sort((a, b) => (a.ref < b.ref ? -1 : 1));
  const byRef = new Map(entities.map((e) => [e.ref, e]));
  const docsAbout = new Map<string, DocLink[]>();
  const docsOwnedBy = new Map<string, DocLink[]>();
  const push = (map: Map<string, DocLink[]>, key: string, link: DocLink) => {
    const list = map.get(key);
    if (list) list.push(link);
    else map.set(key, [link]);
  };
  for (const doc of docs) {
    const link: DocLink = { id: doc.id, title: doc.data.title, href: docPath(doc.id) };
    for (const s of doc.data.services ?? []) {
      const { ref } = parseEntityRef(s, { defaultKind: 'component' });
      if (ref) push(docsAbout, refKey(ref), link);
    }
    if (doc.data.owner) {
      const { ref } = parseEntityRef(doc.data.owner, { defaultKind: 'group' });
      if (ref) push(docsOwnedBy, refKey(ref), link);
    }
  }
  for (const list of [...docsAbout.values(), ...docsOwnedBy.values()]) list.sort((a, b) => a.title.localeCompare(b.title, 'en'));
  const escalationsNaming = new Map<string, CatalogEntity[]>();
  for (const e of entities) {
    for (const who of new Set(e.escalation.map((l) => l.whoRef).filter((r): r is string => r !== undefined))) {
      const list = escalationsNaming.get(who);
      if (list) list.push(e);
      else escalationsNaming.set(who, [e]);
    }
  }
  return {
    escalationsNaming,
    entities,
    byRef,
    docsAbout,
    docsOwnedBy,
    pathOf: (ref) => {
      const e = byRef.get(ref);
      return e ? entityPath(e) : undefined;
    },
  };
}
