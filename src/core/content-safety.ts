/**
 * The checks that treat content as untrusted input, run by checkContent on top of the
 * per-area checks: each Markdown/MDX body (docs and announcements) for MDX syntax,
 * script URLs and images from outside the content folder; frontmatter that Starlight
 * puts on the page as HTML or URLs (`head`, `banner`, `hero`); the lifecycle folder's
 * symbolic links; and the site's routes, so no two inputs write the same page.
 */
import path from 'node:path';
import type { ContentPaths } from './content-dir.ts';
import { listContentFiles, readContentText, readScope } from './content-fs.ts';
import type { Diagnostic } from './model/diagnostics.ts';
import { isDocFileName } from './docs/frontmatter.ts';
import { checkMarkdownBody } from './markdown-check.ts';
import { checkFrontmatterSafety } from './frontmatter-safety.ts';
import { checkSiteRoutes, type SiteInputs } from './site-routes.ts';
import { checkDiagrams } from './diagrams/check.ts';
import { diagramCacheDir } from './diagrams/cache.ts';
import { checkMapComponents } from './graph/map-check.ts';
import type { Features } from './policy.ts';

/** Every safety problem of a checked content folder. */
export function checkContentSafety(paths: ContentPaths, inputs: SiteInputs, features: Pick<Features, 'diagrams'> = { diagrams: true }): Diagnostic[] {
  const scope = readScope(paths);
  const out: Diagnostic[] = [];
  const lifecycle = listContentFiles(scope, paths.lifecycle, isDocFileName);
  out.push(...lifecycle.diagnostics);
  const bodies: [string, string][] = [
    ...inputs.docs.map((d): [string, string] => [d.file, 'docs']),
    ...lifecycle.files.map((f): [string, string] => [f, 'lifecycle']),
  ];
  for (const [abs, area] of bodies) {
    const display = scope.display(abs);
    const read = readContentText(abs, display);
    if (!read.ok) continue; // reported by the area's own check
    out.push(...checkMarkdownBody(read.text, { abs, display, mdx: path.extname(abs).toLowerCase() === '.mdx', scope, area }));
    out.push(...checkFrontmatterSafety(read.text, display));
    if (area === 'docs' && path.extname(abs).toLowerCase() === '.mdx') out.push(...checkMapComponents(read.text, display, inputs.entities));
    if (features.diagrams) out.push(...checkDiagrams(read.text, display, path.extname(abs).toLowerCase() === '.mdx', diagramCacheDir(process.env, process.cwd())));
  }
  out.push(...checkSiteRoutes(inputs));
  return out;
}

