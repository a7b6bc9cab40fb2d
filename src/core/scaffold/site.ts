/**
 * `npm run new -- site`: writes or updates the `site:` map of the content folder's
 * wayfinder.yaml (title, public URL, description, base), keeping every other line of the
 * file. The new file is checked like any policy file before it is kept, so a bad URL is an
 * error at its line and nothing is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ContentPaths } from '../content-dir.ts';
import { displayPath } from '../content-dir.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import { checkPolicyText, POLICY_FILE } from '../policy.ts';
import { setInYamlText } from '../yaml/edit.ts';

/** The `site:` fields `new site` sets, by flag. */
export const SITE_FIELDS = ['title', 'url', 'description', 'base'] as const;
export type SiteField = (typeof SITE_FIELDS)[number];
export type SiteAnswers = Partial<Record<SiteField, string>>;

/** What the terminal asks for each field `new site` asks about (title and URL). */
export const SITE_QUESTIONS: Readonly<Record<'title' | 'url', string>> = {
  title: "The site's name (shown in the header and every page's title)",
  url: 'The public address the site is served at (https://…; leave empty if not known yet)',
};

/** What was written, or the problems that stopped it (nothing written). */
export interface SiteWrite {
  file: string;
  written: boolean;
  created: boolean;
  /** The site's public URL in the file as written (undefined: none yet). */
  url?: string;
  diagnostics: Diagnostic[];
}

/** Sets the given `site:` fields in the content folder's wayfinder.yaml (created when missing), when the result checks clean. */
export function writeSiteSettings(paths: ContentPaths, answers: SiteAnswers): SiteWrite {
  const abs = path.join(paths.root, POLICY_FILE);
  const created = !fs.existsSync(abs);
  const before = created ? "# The site and its content policies; see /docs/wayfinder/policy/.\n" : fs.readFileSync(abs, 'utf8');
  const display = displayPath(paths, abs);
  const prior = checkPolicyText(before, display, abs);
  if (prior.diagnostics.some((d) => d.severity === 'error')) return { file: abs, written: false, created, diagnostics: prior.diagnostics };
  const values = SITE_FIELDS.map((f) => [['site', f], answers[f]?.trim() || undefined] as const);
  const text = setInYamlText(before, values);
  const after = checkPolicyText(text, display, abs);
  if (after.diagnostics.some((d) => d.severity === 'error')) return { file: abs, written: false, created, diagnostics: after.diagnostics };
  fs.writeFileSync(abs, text);
  return { file: abs, written: true, created, ...(after.policy.site.url ? { url: after.policy.site.url } : {}), diagnostics: after.diagnostics };
}
