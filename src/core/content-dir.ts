import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folders Wayfinder reads, all absolute. */
export interface ContentPaths {
  /** The content folder itself (content/ or WAYFINDER_CONTENT). */
  root: string;
  /** The content folder's parent: diagnostics name files relative to it. */
  parent: string;
  docs: string;
  catalog: string;
  lifecycle: string;
  paths: string;
  /**
   * Wayfinder's own manual (`manual/` in the project), built as docs under
   * /docs/wayfinder/ whatever the content folder is; absent in checks of content alone.
   */
  manual?: string;
  /**
   * Further folders content may read from (absolute or relative to `root`), from the
   * site's `allowReadsFrom` option; none by default. See src/core/content-fs.ts.
   */
  allowReadsFrom?: string[];
}

/** The project root: the folder that holds package.json and content/. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Resolves the content folder: `override` (e.g. the CLI's --content), else the
 * WAYFINDER_CONTENT environment variable (relative to the working directory, or
 * absolute), else `content/` in the project root.
 */
export function resolveContentPaths(
  override?: string,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
  project: string = projectRoot,
): ContentPaths {
  const chosen = override ?? env.WAYFINDER_CONTENT;
  const root = chosen ? path.resolve(cwd, chosen) : path.join(project, 'content');
  return {
    root,
    parent: path.dirname(root),
    docs: path.join(root, 'docs'),
    catalog: path.join(root, 'catalog'),
    lifecycle: path.join(root, 'lifecycle'),
    paths: path.join(root, 'paths'),
    manual: manualDir(project),
  };
}

/** The folder of Wayfinder's own manual, which ships with the product, not in content/. */
export function manualDir(project: string = projectRoot): string {
  return path.join(project, 'manual');
}

/** The docs-relative folder the manual's pages sit in: its URLs are /docs/wayfinder/<page>/. */
export const MANUAL_SECTION = 'wayfinder';

/** Names `file` relative to the content folder's parent, with forward slashes. */
export function displayPath(paths: ContentPaths, file: string): string {
  return path.relative(paths.parent, file).split(path.sep).join('/');
}
