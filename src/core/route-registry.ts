/**
 * One output path, one source. Every page and file the site will write is registered
 * here with the input it comes from, before anything is rendered; two sources for one
 * output file, or a file where another page needs a folder (`/x.ics` beside `/x.ics/`),
 * are an error naming both inputs. Nothing silently overwrites anything.
 */
import type { Diagnostic } from './model/diagnostics.ts';

/** One page or file the build will write, and the input it comes from. */
export interface RouteSource {
  /** Site path without base: `/docs/how-to/x/` (a page) or `/lifecycle.ics` (a file). */
  path: string;
  /** What it is, for messages: `doc`, `component page`, `team feed`, ... */
  what: string;
  /** The input it comes from (file relative to the content folder's parent, 1-based); `file: ''` for Wayfinder's own pages. */
  file: string;
  line: number;
  column: number;
  /**
   * The URL was written by the contributor (a doc's `slug:`, at that line): a collision is
   * reported here rather than at the other side, so a pull-request annotation lands on the
   * line that chose the URL.
   */
  chosen?: boolean;
}

/** The file a site path is written to in dist/: pages become `<path>/index.html`. */
export function outputFile(sitePath: string): string {
  const p = sitePath.startsWith('/') ? sitePath : `/${sitePath}`;
  if (p.endsWith('/')) return `${p}index.html`;
  return p;
}

/**
 * The output file a path names as a server sees it: case aside (macOS and Windows merge
 * case), and repeated slashes as one (Astro and browsers collapse them: `/campaigns//x/`
 * is `/campaigns/x/`).
 */
function routeKey(sitePath: string): string {
  return outputFile(sitePath).replace(/\/{2,}/g, '/').toLowerCase();
}

function where(s: RouteSource): string {
  if (!s.file) return `Wayfinder's ${s.what}`;
  return `the ${s.what} from ${s.file}${s.line > 0 ? `:${s.line}:${s.column}` : ''}`;
}

function diagnosticAt(s: RouteSource, other: RouteSource, code: string, message: string, hint: string): Diagnostic {
  // Report at the content input; when one side is Wayfinder's own page, at the other side.
  const at = s.file ? s : other;
  return { file: at.file, line: at.line, column: at.column, severity: 'error', code, message, hint };
}

/**
 * Checks that every output file has exactly one source, and that no output file sits
 * where another output needs a folder. Output paths are compared case-insensitively:
 * a site built or served on macOS or Windows would merge them.
 */
export function findRouteCollisions(sources: readonly RouteSource[], reserved: readonly string[] = []): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Folders whose pages Wayfinder writes from data (facets, pagination, assets, search):
  // content may not put a page there.
  for (const s of sources) {
    if (!s.file) continue;
    const prefix = reserved.find((r) => s.path.toLowerCase().startsWith(r.toLowerCase()));
    if (prefix) {
      out.push({
        file: s.file,
        line: s.line,
        column: s.column,
        severity: 'error',
        code: 'site/route-reserved',
        message: `the ${s.what} would be written to ${s.path}, inside ${prefix}, where Wayfinder writes its own pages`,
        hint: 'give it another URL (for a doc, another `slug:` or file name)',
      });
    }
  }
  const byFile = new Map<string, RouteSource>();
  for (const s of sources) {
    const key = routeKey(s.path);
    const first = byFile.get(key);
    if (!first) {
      byFile.set(key, s);
      continue;
    }
    const shown = outputFile(s.path);
    const [a, b] = s.chosen && s.file ? [s, first] : first.chosen && first.file ? [first, s] : first.file || !s.file ? [s, first] : [first, s];
    out.push(
      diagnosticAt(
        a,
        b,
        'site/route-collision',
        `${where(a)} and ${where(b)} would both be written to ${shown.replace(/index\.html$/, '')}${a.path !== b.path ? ` (as ${a.path} and ${b.path}, which differ only in case or repeated slashes)` : ''}; one would silently replace the other`,
        'rename one of them, or give the doc another `slug:`',
      ),
    );
  }
  // A file where a folder is needed: `/teams/platform/lifecycle.ics` (a file) and
  // `/teams/platform/lifecycle.ics/index.html` (a page of a team named lifecycle.ics).
  const reported = new Set<string>();
  for (const [key, s] of byFile) {
    const parts = key.split('/');
    for (let i = parts.length - 1; i > 1; i--) {
      const dir = parts.slice(0, i).join('/');
      const file = byFile.get(dir);
      if (!file || reported.has(dir)) continue;
      reported.add(dir);
      const [a, b] = s.file ? [s, file] : [file, s];
      out.push(
        diagnosticAt(
          a,
          b,
          'site/route-collision',
          `${where(file)} is written to the file ${file.path}, but ${where(s)} needs a folder of that name (${s.path})`,
          'rename one of them',
        ),
      );
    }
  }
  return out;
}
