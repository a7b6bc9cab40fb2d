/**
 * The one door to a content folder. Every face (the build, the dev server, `check`,
 * `check --diff`, `check --health`, `new`) opens the content here: the policy file is read
 * once, the command's flags and the environment are put on top, and what comes out (the
 * policy, the site's identity, the options of the one check) is the same object for all of
 * them. A face that picked fields out of the policy itself could forget one (levels were
 * once missing from `check --diff`, which then called a valid campaign an error).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Document, Node } from 'yaml';
import type { ContentPaths } from './content-dir.ts';
import { isInside, readContentText, readScope, resolveInside } from './content-fs.ts';
import type { CheckContentOptions } from './check-content.ts';
import type { Diagnostic } from './model/diagnostics.ts';
import { POLICY_FILE, readPolicy, type InvalidEntityPolicy, type Policy } from './policy.ts';
import type { RefPolicy } from './model/ref-policy.ts';
import { parseYamlFile, positionAt } from './yaml/source.ts';

/** What a face may put on top of the policy file for one run (flags, environment). */
export interface ContentOverrides {
  /** `--on-broken-refs`: overrides `onBrokenRefs`. */
  onBrokenRefs?: RefPolicy;
  /** `--on-invalid-entities`: overrides `onInvalidEntities`. */
  onInvalidEntities?: InvalidEntityPolicy;
  /** `--review-every`: overrides `reviewEvery`. */
  reviewEvery?: number;
  /** `--no-git`: overrides `catalogChanges`. */
  catalogChanges?: boolean;
  /** WAYFINDER_SITE: overrides `site.url` (previews). */
  url?: string;
  /** WAYFINDER_BASE: overrides `site.base` (previews). */
  base?: string;
  /** YYYY-MM-DD the check counts from (default: today()). */
  today?: string;
}

/** The site's identity with the defaults and overrides applied. */
export interface SiteIdentity {
  title: string;
  description?: string;
  /** The public URL; undefined when none is set (the pages then build addresses in the browser). */
  url?: string;
  base: string;
  /** The logo image, absolute (checked to lie inside the content folder). */
  logo?: string;
  /** The base URL of "Edit this page": a doc's path in the content folder is appended. */
  editLink?: string;
  /** The "Report a problem" URL template (`reportUrl`, else `site.issues`). */
  reportUrl?: string;
}

/** What every face starts from. */
export interface OpenedContent {
  paths: ContentPaths;
  /** The policy file with the overrides on top (the whole policy: checkContent takes it whole). */
  policy: Policy;
  site: SiteIdentity;
  /** The policy file's display path, when there is one. */
  policyFile?: string;
  /** Problems with the policy file (errors stop every face before it checks the content). */
  diagnostics: Diagnostic[];
  /** The options of the one check (checkContent) for this content. */
  checkOptions: CheckContentOptions;
}

/** The site's name when `site.title` is not set. */
export const DEFAULT_SITE_TITLE = 'Handbook';

/** The overrides the environment gives: WAYFINDER_SITE and WAYFINDER_BASE (empty means unset). */
export function envOverrides(env: NodeJS.ProcessEnv = process.env): ContentOverrides {
  return {
    ...(env.WAYFINDER_SITE?.trim() ? { url: env.WAYFINDER_SITE.trim() } : {}),
    ...(env.WAYFINDER_BASE?.trim() ? { base: env.WAYFINDER_BASE.trim() } : {}),
  };
}

/** Reads the content folder's policy file, applies `overrides` and returns what every face needs. */
export function openContent(paths: ContentPaths, overrides: ContentOverrides = {}): OpenedContent {
  const read = readPolicy(paths);
  const diagnostics = [...read.diagnostics];
  const policy: Policy = {
    ...read.policy,
    ...(overrides.onBrokenRefs ? { onBrokenRefs: overrides.onBrokenRefs } : {}),
    ...(overrides.onInvalidEntities ? { onInvalidEntities: overrides.onInvalidEntities } : {}),
    ...(overrides.reviewEvery !== undefined ? { reviewEvery: overrides.reviewEvery } : {}),
    ...(overrides.catalogChanges !== undefined ? { catalogChanges: overrides.catalogChanges } : {}),
  };
  const given = policy.site;
  const logo = given.logo ? checkLogo(paths, given.logo, diagnostics) : undefined;
  const reportUrl = policy.reportUrl ?? given.issues;
  const site: SiteIdentity = {
    title: given.title ?? DEFAULT_SITE_TITLE,
    ...(given.description ? { description: given.description } : {}),
    ...((overrides.url ?? given.url) ? { url: overrides.url ?? given.url } : {}),
    base: overrides.base ?? given.base ?? '/',
    ...(logo ? { logo } : {}),
    ...(given.editLink ? { editLink: given.editLink.endsWith('/') ? given.editLink : `${given.editLink}/` } : {}),
    ...(reportUrl ? { reportUrl } : {}),
  };
  return {
    paths,
    policy,
    site,
    ...(read.file ? { policyFile: read.file } : {}),
    diagnostics,
    checkOptions: { policy, base: site.base, ...(overrides.today ? { today: overrides.today } : {}) },
  };
}

/** The logo's absolute path when it is an existing file inside the content folder; else a diagnostic at `site.logo`. */
function checkLogo(paths: ContentPaths, logo: string, diagnostics: Diagnostic[]): string | undefined {
  const policyAbs = path.join(paths.root, POLICY_FILE);
  const resolved = resolveInside(readScope({ ...paths, allowReadsFrom: [] }), policyAbs, logo);
  const problem = !resolved.ok
    ? { message: `site.logo: ${resolved.problem}`, hint: 'put the image in the content folder and name it relative to wayfinder.yaml, e.g. logo: assets/logo.svg' }
    : !resolved.exists || !fs.statSync(resolved.abs).isFile()
      ? { message: `site.logo: there is no file "${logo}" in the content folder`, hint: 'name an image relative to wayfinder.yaml, e.g. logo: assets/logo.svg' }
      : !/\.(svg|png|jpe?g|webp|gif|avif)$/i.test(resolved.abs)
        ? { message: `site.logo: "${logo}" is not an image`, hint: 'use an .svg, .png, .jpg, .webp, .gif or .avif file' }
        : undefined;
  if (!problem) return isInside(paths.root, resolved.abs) ? resolved.abs : undefined;
  diagnostics.push({ ...policyPosition(paths, ['site', 'logo']), severity: 'error', code: 'policy/invalid', ...problem });
  return undefined;
}

/** Where `keys` is written in the policy file (its file, line and column). */
function policyPosition(paths: ContentPaths, keys: string[]): { file: string; line: number; column: number } {
  const abs = path.join(paths.root, POLICY_FILE);
  const display = path.relative(paths.parent, abs).split(path.sep).join('/');
  const read = readContentText(abs, display);
  if (!read.ok) return { file: display, line: 1, column: 1 };
  const { file } = parseYamlFile(abs, display, read.text, { area: 'policy' });
  const doc = file.documents[0] as Document.Parsed | undefined;
  const node = doc?.getIn(keys, true) as Node | undefined;
  return { file: display, ...positionAt(file, node?.range?.[0] ?? 0) };
}
