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
 * The folder the person ran the command from. `npm run` starts scripts in the project
 * root and keeps the person's folder in INIT_CWD, so a path they type (`--content ../x`)
 * or a path printed for them to open is relative to INIT_CWD when npm started this
 * process. A process that inherited the variable but runs elsewhere (a tool spawned with
 * its own working directory) is not in npm's folder, and goes by its own.
 */
export function invocationDir(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const init = env.INIT_CWD;
  const npmRoot = env.npm_package_json ? path.dirname(env.npm_package_json) : undefined;
  return init && path.isAbsolute(init) && npmRoot !== undefined && path.resolve(npmRoot) === path.resolve(cwd) ? init : cwd;
}

/**
 * Resolves the content folder: `override` (e.g. the CLI's --content), else the
 * WAYFINDER_CONTENT environment variable (relative to the folder the command was run
 * from, see invocationDir, or absolute), else `content/` in the project root.
 */
export function resolveContentPaths(
  override?: string,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = invocationDir(env),
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

/**
 * How a terminal names the files of `paths`: a function from a diagnostic's `file`
 * (relative to the content folder's parent, see displayPath) to the same file relative
 * to `here`, the folder the command was run from, so a terminal or editor opens it
 * with a click. A file that shares no folder with `here` but the root (content in
 * /tmp, the command run in a home folder) is named by its absolute path instead.
 */
export function pathsFromHere(paths: Pick<ContentPaths, 'parent'>, here: string = invocationDir()): (file: string) => string {
  return (file) => {
    if (file === '') return file;
    const abs = path.resolve(paths.parent, file);
    const relative = path.relative(here, abs);
    const up = relative.split(path.sep).filter((part) => part === '..').length;
    const depth = path.resolve(here).split(path.sep).filter(Boolean).length;
    if (up > 0 && up >= depth) return abs.split(path.sep).join('/');
    return relative === '' ? '.' : relative.split(path.sep).join('/');
  };
}

/** The policy file's name, at the root of the content folder. */
export const POLICY_FILE = 'wayfinder.yaml';
