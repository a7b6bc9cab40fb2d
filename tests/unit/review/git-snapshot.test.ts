/** The content at a git revision, written to a temporary folder that keeps the content folder's name. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentAtRevision, isSafeRevision, ReviewGitError } from '../../../src/core/review/git-snapshot.ts';
import { git, write } from './repo.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

/** A repository with `files` committed as "base", then changed in the working tree. */
function repo(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-snapshot-')));
  made.push(dir);
  git(dir, ['init', '-q', '-b', 'main']);
  write(dir, files);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'base']);
  for (const f of Object.keys(files)) fs.writeFileSync(path.join(dir, f), 'changed\n');
  return dir;
}

const list = (root: string): string[] => (fs.readdirSync(root, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')).sort();

describe('contentAtRevision', () => {
  it('reads a content folder deep in the repository as committed, under the same folder name', () => {
    const dir = repo({ 'site/handbook/catalog/a.yaml': 'a: 1\n', 'site/handbook/docs/x.md': '# x\n', 'other/secret.txt': 'no\n' });
    const snap = contentAtRevision(path.join(dir, 'site/handbook'), 'main');
    try {
      expect(path.basename(snap.root)).toBe('handbook');
      expect(list(snap.root)).toEqual(['catalog', 'catalog/a.yaml', 'docs', 'docs/x.md']);
      expect(fs.readFileSync(path.join(snap.root, 'catalog/a.yaml'), 'utf8')).toBe('a: 1\n');
      expect(snap.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(snap.missing).toBe(false);
    } finally {
      snap.cleanup();
    }
    expect(fs.existsSync(snap.root)).toBe(false);
  });

  it('reads a repository that is the content folder itself', () => {
    const dir = repo({ 'catalog/a.yaml': 'a: 1\n' });
    const snap = contentAtRevision(dir, 'HEAD');
    try {
      expect(path.basename(snap.root)).toBe(path.basename(dir));
      expect(list(snap.root)).toEqual(['catalog', 'catalog/a.yaml']);
    } finally {
      snap.cleanup();
    }
  });

  it('says when the content folder did not exist at the revision', () => {
    const dir = repo({ 'README.md': 'x\n' });
    fs.mkdirSync(path.join(dir, 'content'));
    const snap = contentAtRevision(path.join(dir, 'content'), 'main');
    expect(snap.missing).toBe(true);
    expect(list(snap.root)).toEqual([]);
    snap.cleanup();
  });

  it('refuses revisions git could take for an option or a range, before running git', () => {
    for (const ok of ['main', 'origin/main', 'HEAD~2', 'v1.2.0', 'main@{1}', 'a1b2c3d', 'feature/x-y_z']) expect(isSafeRevision(ok), ok).toBe(true);
    for (const bad of ['', '-n', '--output=/tmp/x', 'main..x', 'a b', 'x;rm', '$(id)', 'main:content']) expect(isSafeRevision(bad), bad).toBe(false);
    expect(() => contentAtRevision(os.tmpdir(), '--upload-pack=x')).toThrow(ReviewGitError);
  });
});
