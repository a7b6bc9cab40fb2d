import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveContentPaths } from '../content-dir.ts';
import { readPolicy } from '../policy.ts';
import { writeSiteSettings } from './site.ts';

const dirs: string[] = [];
const folder = (policy?: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-site-'));
  dirs.push(dir);
  if (policy !== undefined) fs.writeFileSync(path.join(dir, 'wayfinder.yaml'), policy);
  return resolveContentPaths(dir);
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('new site', () => {
  it('creates wayfinder.yaml with the site: map when there is none', () => {
    const paths = folder();
    const r = writeSiteSettings(paths, { title: 'Acme Handbook', url: 'https://handbook.acme.example' });
    expect(r).toMatchObject({ written: true, created: true, url: 'https://handbook.acme.example' });
    expect(readPolicy(paths).policy.site).toEqual({ title: 'Acme Handbook', url: 'https://handbook.acme.example' });
  });

  it('updates only the fields given, keeping comments and every other policy', () => {
    const paths = folder('# Our policy\nreviewEvery: 90 # days\nsite:\n  title: Old name\n  url: https://old.example\n');
    expect(writeSiteSettings(paths, { title: 'New name' }).written).toBe(true);
    const text = fs.readFileSync(path.join(paths.root, 'wayfinder.yaml'), 'utf8');
    expect(text).toBe('# Our policy\nreviewEvery: 90 # days\nsite:\n  title: New name\n  url: https://old.example\n');
  });

  it('writes nothing when the result would not check clean, and says where', () => {
    const paths = folder('site:\n  title: Acme\n');
    const r = writeSiteSettings(paths, { url: 'handbook.acme.example' });
    expect(r.written).toBe(false);
    expect(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['3:8 policy/invalid']);
    expect(fs.readFileSync(path.join(paths.root, 'wayfinder.yaml'), 'utf8')).toBe('site:\n  title: Acme\n');
  });
});
