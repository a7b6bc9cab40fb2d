/**
 * The onboarding paths as pages use them: the paths the plugin read and checked once per
 * build, with the navigator index every doc page looks itself up in.
 */
import { contentPaths, options } from 'virtual:wayfinder/config';
import type { Diagnostic } from '../core/diagnostics.ts';
import { parseEntityRef, refKey } from '../core/catalog/refs.ts';
import { checkDocs } from '../core/docs/frontmatter.ts';
import { catalogOwnerResolver, checkPaths, navigatorIndex, type NavEntry, type OnboardingPath, type PathsResult } from '../core/onboarding/index.ts';
import { checkedContent } from '../plugin/checked-content.ts';
import { displayName } from '../core/names.ts';
import { getSiteCatalog } from './catalog.ts';

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

/** The paths with their indexes, read once per build (every time in `astro dev`, so edits show). */
export function getSiteOnboarding(): Promise<SiteOnboarding> {
  if (!cached || import.meta.env.DEV) cached = build();
  return cached;
}

async function build(): Promise<SiteOnboarding> {
  const catalog = await getSiteCatalog();
  const { paths, diagnostics } = import.meta.env.DEV ? freshPaths(catalog.entities) : keptPaths();
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
  const checked = checkedContent(contentPaths, options);
  return { paths: checked.paths, diagnostics: checked.pathDiagnostics };
}

/** `astro dev` only: the paths read again, so edits to content/paths show on the next request. */
function freshPaths(entities: Parameters<typeof catalogOwnerResolver>[0]): PathsResult {
  return checkPaths(contentPaths, checkDocs(contentPaths).docs, catalogOwnerResolver(entities), options.onBrokenRefs);
}
