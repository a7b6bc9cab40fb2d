/**
 * The catalog as pages use it: the entities the plugin loaded and checked once per build
 * (src/plugin/checked-content.ts), indexed, so every page reads maps instead of scanning
 * 10,000 entities.
 */
import { getCollection } from 'astro:content';
import { checkOptions, contentPaths, options } from 'virtual:wayfinder/config';
import { checkedContent } from '../plugin/checked-content.ts';
import type { CatalogEntity } from '../core/model/entity.ts';
import { docPath, entityPath } from '../core/urls.ts';
import { parseEntityRef, refKey } from '../core/model/refs.ts';
import { docLinksKey, keptFor, type DocLinkFields } from './kept.ts';

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

let cached: Promise<SiteCatalog> | undefined;

/**
 * The catalog with its indexes, built once per build. In `astro dev` it is built again only
 * when the checked catalog or a doc's title, `services` or `owner` changed (src/data/kept.ts),
 * not when a doc's body did; the data that depends on it (health, campaigns, calendar,
 * directory) is kept while this object stays the same.
 */
export function getSiteCatalog(): Promise<SiteCatalog> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteCatalog> {
  // The `catalog` collection holds one entry that changes with the catalog (see
  // src/loaders/catalog.ts): reading it ties this data to the dev server's reloads.
  await getCollection('catalog');
  const { catalog } = checkedContent(contentPaths, checkOptions);
  const docs = await getCollection('docs');
  return keptFor('catalog', [catalog, docLinksKey(docs)], () => build(catalog.entities, docs));
}

function build(checkedEntities: readonly CatalogEntity[], docs: readonly DocLinkFields[]): SiteCatalog {
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
