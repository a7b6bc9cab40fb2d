/**
 * Where `npm run new` writes each kind (relative to the content folder) and the page the
 * new file becomes. Every site URL comes from the project's URL helpers, imported here
 * only, so the scaffolder has one import site to follow when they move.
 */
import type { EntityKind } from '../model/entity.ts';
import { announcementPath, campaignPath, docId, docPath, entityPath, onboardingPath } from '../urls.ts';

/** The things `new` creates. */
export const KIND_IDS = ['service', 'api', 'system', 'domain', 'team', 'user', 'announcement', 'path', 'doc', 'campaign'] as const;
export type KindId = (typeof KIND_IDS)[number];

/** The values given so far, by field key; lists for list fields. */
export type Answers = Record<string, string | string[] | undefined>;

/** The folder under catalog/ and the entity kind of each catalog kind. */
const CATALOG: Partial<Record<KindId, { folder: string; kind: EntityKind }>> = {
  service: { folder: 'components', kind: 'component' },
  api: { folder: 'apis', kind: 'api' },
  system: { folder: 'systems', kind: 'system' },
  domain: { folder: 'domains', kind: 'domain' },
  team: { folder: 'teams', kind: 'group' },
  user: { folder: 'users', kind: 'user' },
};

const DOC_FOLDERS: Record<string, string> = { tutorial: 'tutorials', 'how-to': 'how-to', reference: 'reference', explanation: 'explanation' };

const text = (a: Answers, key: string): string => {
  const v = a[key];
  return (Array.isArray(v) ? v[0] : v) ?? '';
};

/** The new file, relative to the content folder, with forward slashes. */
export function targetFile(kind: KindId, a: Answers): string {
  const name = text(a, 'name');
  const catalog = CATALOG[kind];
  if (catalog) return `catalog/${catalog.folder}/${name}.yaml`;
  if (kind === 'announcement') return `lifecycle/${name}.md`;
  if (kind === 'path') return `paths/${name}.yaml`;
  if (kind === 'campaign') return `campaigns/${name}.yaml`;
  return `docs/${DOC_FOLDERS[text(a, 'type')] ?? text(a, 'type')}/${name}.md`;
}

/** The site path (without base) of the page the new file becomes. */
export function pageUrl(kind: KindId, a: Answers): string {
  const name = text(a, 'name');
  const catalog = CATALOG[kind];
  if (catalog) return entityPath({ kind: catalog.kind, namespace: 'default', name });
  if (kind === 'announcement') return announcementPath(name);
  if (kind === 'path') return onboardingPath(name);
  if (kind === 'campaign') return campaignPath(name);
  return docPath(docId(targetFile(kind, a).slice('docs/'.length)));
}
