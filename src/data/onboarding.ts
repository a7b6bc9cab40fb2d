/**
 * The onboarding paths as pages use them: read and checked once per build through
 * src/core/onboarding, with the navigator index every doc page looks itself up in.
 */
import { contentPaths, options } from 'virtual:wayfinder/config';
import type { Diagnostic } from '../core/diagnostics.ts';
import { checkDocs } from '../core/docs/frontmatter.ts';
import { parseEntityRef, refKey } from '../core/catalog/refs.ts';
import { catalogOwnerResolver, checkPaths, navigatorIndex, type NavEntry, type OnboardingPath } from '../core/onboarding/index.ts';
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
  const { docs } = checkDocs(contentPaths);
  const catalog = await getSiteCatalog();
  const { paths, diagnostics } = checkPaths(contentPaths, docs, catalogOwnerResolver(catalog.entities), options.onBrokenRefs);
  return {
    paths,
    byId: new Map(paths.map((p) => [p.id, p])),
    diagnostics,
    navigator: navigatorIndex(paths),
    ownerName: (text) => {
      const { ref } = parseEntityRef(text, { defaultKind: 'group' });
      const e = ref ? catalog.byRef.get(refKey(ref)) : undefined;
      // An owner not in the catalog (published under onBrokenRefs: warn) is shown as written, marked.
      return e?.profile?.displayName ?? e?.title ?? e?.name ?? `${text} (not in the catalog)`;
    },
  };
}
