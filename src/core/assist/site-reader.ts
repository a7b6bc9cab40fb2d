/**
 * How the MCP server reads the built site: from a folder (`--site dist/`, no network) or
 * from the published site (`--url https://...`, its files over HTTP). Either way it reads
 * only files of that site: a path is decoded once, must stay inside the site after `..` and
 * symbolic links are resolved, and only the site's text files (Markdown twins, llms.txt,
 * the index) are read, each up to a size limit.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

/** Largest file the server reads (the index at 30,000 entities is well under this). */
export const READ_MAX_BYTES = 64 * 1024 * 1024;

/** A problem reading the site, said for people: the server returns it as an error result. */
export class SiteReadError extends Error {}

/** Reads files of one built site by site path (`/catalog/component/x/index.md`, without base). */
export interface SiteReader {
  /** What the server says it reads, e.g. `dist/` or `https://handbook.example.com/`. */
  describe: string;
  /** The public address of site paths, when known (`--url`). */
  origin?: string;
  read(sitePath: string): Promise<string>;
}

/** The site path as a list of clean segments, or an error for a path that leaves the site or is not a file's path. */
export function sitePathSegments(sitePath: string): string[] {
  if (sitePath.length > 2048) throw new SiteReadError('that path is too long (more than 2,048 characters)');
  let decoded: string;
  try {
    decoded = decodeURIComponent(sitePath);
  } catch {
    throw new SiteReadError(`"${sitePath.slice(0, 80)}" is not a valid URL path`);
  }
  if (decoded.includes('\0') || decoded.includes('\\')) throw new SiteReadError('a site path cannot contain NUL or backslashes');
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) throw new SiteReadError(`"${sitePath.slice(0, 80)}" leaves the site; only the site's own pages can be read`);
  return segments;
}

/** Reads a built site from a folder; refuses anything outside it, symbolic links included. */
export async function folderReader(dir: string): Promise<SiteReader> {
  let root: string;
  try {
    root = await fs.realpath(path.resolve(dir));
    if (!(await fs.stat(root)).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new SiteReadError(`${dir} is not a folder; build the site first (npm run build) and pass its dist/ folder`);
  }
  return {
    describe: dir,
    async read(sitePath) {
      const file = path.join(root, ...sitePathSegments(sitePath));
      let real: string;
      try {
        real = await fs.realpath(file);
      } catch {
        throw new SiteReadError(`${sitePath} is not in the site`);
      }
      if (real !== root && !real.startsWith(root + path.sep)) throw new SiteReadError(`${sitePath} leads outside the site; only the site's own pages can be read`);
      const st = await fs.stat(real);
      if (!st.isFile()) throw new SiteReadError(`${sitePath} is not a file of the site`);
      if (st.size > READ_MAX_BYTES) throw new SiteReadError(`${sitePath} is larger than ${READ_MAX_BYTES / 1024 / 1024} MB`);
      return fs.readFile(real, 'utf8');
    },
  };
}

/** Reads the published site over HTTP(S); only URLs under `url` are read. */
export function urlReader(url: string, fetchImpl: typeof fetch = fetch): SiteReader {
  let base: URL;
  try {
    base = new URL(url.endsWith('/') ? url : `${url}/`);
  } catch {
    throw new SiteReadError(`${url} is not a URL`);
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new SiteReadError(`${url} is not an http(s) URL`);
  return {
    describe: base.href,
    origin: base.href,
    async read(sitePath) {
      const target = new URL(sitePathSegments(sitePath).map(encodeURIComponent).join('/'), base);
      if (target.origin !== base.origin || !target.pathname.startsWith(base.pathname)) throw new SiteReadError(`${sitePath} is not under ${base.href}`);
      const res = await fetchImpl(target, { redirect: 'error' });
      if (!res.ok) throw new SiteReadError(`${target.href} answered ${res.status}`);
      const length = Number(res.headers.get('content-length') ?? 0);
      if (length > READ_MAX_BYTES) throw new SiteReadError(`${target.href} is larger than ${READ_MAX_BYTES / 1024 / 1024} MB`);
      return res.text();
    },
  };
}
