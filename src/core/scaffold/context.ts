/**
 * What `npm run new` knows about the content folder it adds to: the entities, docs, paths
 * and roles it offers as choices and checks references against, read once from the
 * project's own checkContent() result.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ContentCheck } from '../check-content.ts';
import type { ContentPaths } from '../content-dir.ts';
import { formatRef } from '../model/refs.ts';
import type { EntityKind } from '../model/entity.ts';
import { displayName } from '../names.ts';
import { docId } from '../urls.ts';
import { FRONTMATTER } from '../yaml/source.ts';
import { parseYamlValue } from '../yaml/value.ts';
import { DEFAULT_STAGES, stageLifecycles, type Stage } from '../lifecycle/stages.ts';
import { refCatalog, type RefCatalog } from './validate.ts';

/** One entity as the scaffolder shows it. */
export interface KnownEntity {
  /** Short ref, e.g. `group:payments-team`. */
  ref: string;
  kind: EntityKind;
  name: string;
  /** Title or display name, else the name. */
  label: string;
  /** Short ref of its owner, when it has one. */
  owner?: string;
  /** Where it is written, `file:line`. */
  where: string;
}

/** One doc a path step can point at. */
export interface KnownDoc {
  /** The slug a step uses: `how-to/request-access`. */
  slug: string;
  title: string;
  /** Absolute file path. */
  file: string;
}

/** Everything the kinds' fields need from outside: content, "today", the file system. */
export interface ScaffoldContext {
  /** The content folder (absolute). */
  root: string;
  today: string;
  entities: KnownEntity[];
  catalog: RefCatalog;
  docs: KnownDoc[];
  /** Ids of the onboarding paths. */
  paths: string[];
  /** Role names used by docs and paths, sorted. */
  roles: string[];
  /** spec.lifecycle values the site knows. */
  lifecycles: string[];
  /** spec.type values of components in the catalog. */
  componentTypes: string[];
  /** True when a file exists at `relative` (under the content folder). */
  exists(relative: string): boolean;
  /** The `description` of a doc's frontmatter, when it has one. */
  docDescription(file: string): string | undefined;
}

/** Builds the context from a checked content folder. */
export function scaffoldContext(
  paths: ContentPaths,
  checked: ContentCheck,
  today: string,
  stages: readonly Stage[] = DEFAULT_STAGES,
): ScaffoldContext {
  const entities: KnownEntity[] = checked.catalog.entities.map((e) => {
    const short = (key: string | undefined): string | undefined => {
      if (!key) return undefined;
      const target = checked.catalog.byRef.get(key);
      return target ? formatRef({ kind: target.kind, namespace: target.namespace, name: target.name }) : undefined;
    };
    return {
      ref: formatRef({ kind: e.kind, namespace: e.namespace, name: e.name }),
      kind: e.kind,
      name: e.name,
      label: displayName(e),
      ...(short(e.owner) ? { owner: short(e.owner) } : {}),
      where: `${e.source.file}:${e.source.line}`,
    };
  });
  const docs: KnownDoc[] = checked.docs
    .map((d) => {
      const id = docId(d.relative, d.slug);
      return { slug: id.startsWith('docs/') ? id.slice('docs/'.length) : id, title: d.title ?? id, file: d.file };
    })
    .sort((a, b) => (a.slug < b.slug ? -1 : 1));
  const roles = new Set<string>();
  for (const d of checked.docs) for (const a of d.audience) roles.add(a.value);
  for (const p of checked.paths) roles.add(p.audience);
  const types = new Set(['service', 'website', 'library']);
  for (const e of checked.catalog.entities) if (e.kind === 'component' && e.type) types.add(e.type);
  return {
    root: paths.root,
    today,
    entities,
    catalog: refCatalog(checked.catalog.entities),
    docs,
    paths: checked.paths.map((p) => p.id).sort(),
    roles: [...roles].sort(),
    lifecycles: stageLifecycles(stages),
    componentTypes: [...types],
    exists: (relative) => fs.existsSync(path.join(paths.root, relative)),
    docDescription: (file) => {
      try {
        const text = fs.readFileSync(file, 'utf8');
        const fm = FRONTMATTER.exec(text);
        const data: unknown = fm ? parseYamlValue(fm[1] ?? '') : undefined;
        const v = data && typeof data === 'object' ? (data as Record<string, unknown>).description : undefined;
        return typeof v === 'string' && v.trim() ? v.trim() : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
