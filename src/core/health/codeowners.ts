/**
 * CODEOWNERS, read the way GitHub reads it: the first of .github/CODEOWNERS,
 * CODEOWNERS and docs/CODEOWNERS in the repository, gitignore-style patterns
 * (leading /, trailing /, *, **), and the last matching line wins.
 */
import fs from 'node:fs';
import { isInside, readContentText } from '../content-fs.ts';
import path from 'node:path';

/** One CODEOWNERS line: its pattern, its owners and where it was written. */
export interface CodeownersRule {
  pattern: string;
  owners: string[];
  line: number;
  regex: RegExp;
}

/** A parsed CODEOWNERS file; `file` is relative to the repository root. */
export interface Codeowners {
  file: string;
  rules: CodeownersRule[];
}

/** The owner CODEOWNERS gives a path, with the file and line that said so. */
export interface CodeownersMatch {
  owners: string[];
  file: string;
  line: number;
  pattern: string;
}

/** Where GitHub looks for CODEOWNERS, in the order it looks. */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

/** Turns a CODEOWNERS pattern into a regular expression over repository-relative paths. */
export function patternToRegex(pattern: string): RegExp {
  let p = pattern;
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.replace(/\/+$/, '');
  const anchored = p.startsWith('/') || p.includes('/');
  p = p.replace(/^\/+/, '');
  let body = '';
  let i = 0;
  while (i < p.length) {
    if (p.startsWith('**/', i) && (i === 0 || p[i - 1] === '/')) {
      body += '(?:.*/)?';
      i += 3;
    } else if (p.startsWith('**', i)) {
      body += '.*';
      i += 2;
    } else if (p[i] === '*') {
      body += '[^/]*';
      i += 1;
    } else if (p[i] === '?') {
      body += '[^/]';
      i += 1;
    } else {
      body += (p[i] as string).replace(/[.+^${}()|[\]\\]/g, '\\$&');
      i += 1;
    }
  }
  const prefix = anchored ? '^' : '^(?:.*/)?';
  // A pattern names a file or a folder; a folder owns everything below it. GitHub reads
  // `docs/*` as the files directly in docs/, not deeper ones.
  const suffix = dirOnly ? '/.*$' : p.endsWith('/*') ? '$' : '(?:/.*)?$';
  return new RegExp(prefix + body + suffix);
}

/** Parses CODEOWNERS text (comments, blank lines and owner-less lines are skipped). */
export function parseCodeowners(text: string, file = 'CODEOWNERS'): Codeowners {
  const rules: CodeownersRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const [pattern, ...owners] = line.split(/\s+/);
    if (!pattern) return;
    rules.push({ pattern, owners, line: index + 1, regex: patternToRegex(pattern) });
  });
  return { file, rules };
}

/** The owners of `relativePath` (forward slashes, from the repository root): the last matching line wins. */
export function matchCodeowners(codeowners: Codeowners, relativePath: string): CodeownersMatch | undefined {
  for (let i = codeowners.rules.length - 1; i >= 0; i--) {
    const rule = codeowners.rules[i] as CodeownersRule;
    if (rule.regex.test(relativePath)) {
      // A matching line with no owners means "nobody owns this".
      if (rule.owners.length === 0) return undefined;
      return { owners: rule.owners, file: codeowners.file, line: rule.line, pattern: rule.pattern };
    }
  }
  return undefined;
}

/** Reads the first CODEOWNERS file GitHub would use in `repoRoot`, if any. */
export function readCodeowners(repoRoot: string): Codeowners | undefined {
  for (const location of CODEOWNERS_LOCATIONS) {
    const full = path.join(repoRoot, location);
    if (!fs.existsSync(full) || !fs.statSync(full).isFile()) continue;
    // A CODEOWNERS that is a symbolic link out of the repository is not read (content is untrusted).
    if (!isInside(fs.realpathSync(repoRoot), fs.realpathSync(full))) continue;
    const read = readContentText(full, location);
    return read.ok ? parseCodeowners(read.text, location) : undefined;
  }
  return undefined;
}

/** Maps a CODEOWNERS owner (`@org/team`, `@user`, `a@b.c`) to a catalog ref as written. */
export function ownerToRef(owner: string): string | undefined {
  const team = /^@[^/\s]+\/([A-Za-z0-9._-]+)$/.exec(owner);
  if (team) return `group:${team[1]}`;
  const user = /^@([A-Za-z0-9._-]+)$/.exec(owner);
  if (user) return `user:${user[1]}`;
  return undefined;
}
