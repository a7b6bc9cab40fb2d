import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveContentPaths } from './content-dir.ts';
import { cacheDirFor } from './cache-dir.ts';
import { DEFAULT_SITE_TITLE, envOverrides, openContent } from './open-content.ts';

const dirs: string[] = [];
const folder = (policy?: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-open-'));
  dirs.push(dir);
  if (policy !== undefined) fs.writeFileSync(path.join(dir, 'wayfinder.yaml'), policy);
  return resolveContentPaths(dir);
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('openContent', () => {
  it('names a site without site: neutrally, with no URL (never the demo)', () => {
    const { site, diagnostics } = openContent(folder());
    expect(site).toEqual({ title: DEFAULT_SITE_TITLE, base: '/' });
    expect(diagnostics).toEqual([]);
  });

  it('reads site:, lets WAYFINDER_SITE and WAYFINDER_BASE override url and base, and gives the whole policy to the check', () => {
    const paths = folder('reviewEvery: 30\nonBrokenRefs: warn\nsite:\n  title: Acme\n  url: https://acme.example\n  editLink: https://git.example/acme/handbook/edit/main\n');
    const plain = openContent(paths);
    expect(plain.site).toMatchObject({ title: 'Acme', url: 'https://acme.example', base: '/', editLink: 'https://git.example/acme/handbook/edit/main/' });
    const preview = openContent(paths, envOverrides({ WAYFINDER_SITE: 'https://preview.example', WAYFINDER_BASE: '/pr-7' }));
    expect(preview.site).toMatchObject({ url: 'https://preview.example', base: '/pr-7' });
    expect(preview.checkOptions.policy).toBe(preview.policy);
    expect(preview.checkOptions.policy).toMatchObject({ reviewEvery: 30, onBrokenRefs: 'warn' });
    expect(openContent(paths, { onBrokenRefs: 'error', reviewEvery: 7, catalogChanges: false }).policy).toMatchObject({ onBrokenRefs: 'error', reviewEvery: 7, catalogChanges: false });
  });

  it('takes a logo inside the content folder and refuses one outside it, at its line', () => {
    const paths = folder('site:\n  logo: ../../etc/logo.svg\n');
    expect(openContent(paths).diagnostics.map((d) => `${d.file.split('/').pop()}:${d.line}:${d.column} ${d.code}`)).toEqual(['wayfinder.yaml:2:9 policy/invalid']);
    fs.writeFileSync(path.join(paths.root, 'wayfinder.yaml'), 'site:\n  logo: logo.svg\n');
    fs.writeFileSync(path.join(paths.root, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const opened = openContent(paths);
    expect(opened.diagnostics).toEqual([]);
    expect(opened.site.logo).toBe(path.join(paths.root, 'logo.svg'));
  });
});

describe('cacheDirFor', () => {
  it('gives each content folder its own cache, and a new one with another product version', () => {
    const project = path.resolve('.');
    const a = cacheDirFor('/x/a', project, {});
    expect(a).toBe(cacheDirFor('/x/a', project, {}));
    expect(a).not.toBe(cacheDirFor('/x/b', project, {}));
    expect(path.dirname(a)).toBe(path.join(project, 'node_modules/.astro'));
    expect(path.dirname(cacheDirFor('/x/a', project, { WAYFINDER_CACHE_DIR: '/tmp/c' }))).toBe('/tmp/c');
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-project-'));
    dirs.push(other);
    fs.writeFileSync(path.join(other, 'package.json'), '{"version":"9.9.9"}');
    expect(path.basename(cacheDirFor('/x/a', other, {}))).not.toBe(path.basename(a));
  });
});
