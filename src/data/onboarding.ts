/**
 * The onboarding paths as pages use them: the paths the plugin read and checked once per
 * build, with the navigator index every doc page looks itself up in.
 */
import { checkOptions, contentPaths, options } from 'virtual:wayfinder/config';
import type { Diagnostic } from '../core/model/diagnostics.ts';
import { parseEntityRef, refKey } from '../core/model/refs.ts';
import { checkDocs } from '../core/docs/frontmatter.ts';
import { catalogOwnerResolver, checkPaths, navigatorIndex, type NavEntry, type OnboardingPath, type PathsResult } from '../core/onboarding/index.ts';
import { checkedContent } from '../plugin/checked-content.ts';
import { displayName } from '../core/names.ts';
import { getSiteCatalog, type SiteCatalog } from './catalog.ts';
import { keptFor, pathsFolderStamp } from './kept.ts';
import { getCollection } from 'astro:content';

/** The onboarding paths and what pages look up in them. */
export interface SiteOnboarding {
  /** Every path, sorted by id. */
  paths: OnboardingPath[];
  byId: Map<string, OnboardingPath>;
  /** Problems in content/paths/ (the plugin fails the build on errors before pages render). */
  diagnostics: Diagnostic[];
  /** Doc id to the navigator entries of the paths it is a step of. */
  navigator: Map<string, NavEntry[]>;
  /** The display name of an owner ref (the group's title), or the ref as written. */
  ownerName: (ref: string) => string;
}

let cached: Promise<SiteOnboarding> | undefined;

/**
 * The paths with their indexes, read once per build. In `astro dev` each request looks at
 * content/paths/ and the docs' ids and titles (what a path reads of the docs), and reads and
 * checks the paths again only when one of them changed, so an edited path shows on the next
 * request and an edited doc body costs nothing here.
 */
export function getSiteOnboarding(): Promise<SiteOnboarding> {
  if (!cached || import.meta.env.DEV) cached = load();
  return cached;
}

async function load(): Promise<SiteOnboarding> {
  const catalog = await getSiteCatalog();
  if (!import.meta.env.DEV) return build(keptPaths(), catalog);
  const docs = await getCollection('docs');
  const inputs = [catalog, pathsFolderStamp(contentPaths.paths), JSON.stringify(docs.map((d) => [d.id, d.data.title]))];
  return keptFor('onboarding', inputs, () => build(freshPaths(catalog.entities), catalog));
}

function build({ paths, diagnostics }: PathsResult, catalog: SiteCatalog): SiteOnboarding {
  return {
    paths,
    byId: new Map(paths.map((p) => [p.id, p])),
    diagnostics,
    navigator: navigatorIndex(paths),
    ownerName: (text) => {
      const { ref } = parseEntityRef(text, { defaultKind: 'group' });
      const e = ref ? catalog.byRef.get(refKey(ref)) : undefined;
      // An owner not in the catalog (published under onBrokenRefs: warn) is shown as written, marked.
      return e ? displayName(e) : `${text} (not in the catalog)`;
    },
  };
}

/** The paths as the plugin checked them for this build. */
function keptPaths(): PathsResult {
  const checked = checkedContent(contentPaths, checkOptions);
  return { paths: checked.paths, diagnostics: checked.pathDiagnostics };
}

/** `astro dev` only: the paths read again, so edits to content/paths show on the next request. */
function freshPaths(entities: Parameters<typeof catalogOwnerResolver>[0]): PathsResult {
  return checkPaths(contentPaths, checkDocs(contentPaths).docs, catalogOwnerResolver(entities), options.onBrokenRefs);
}
