import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { firstInvalidUtf8, listContentFiles, readContentText, resolveInside, type ReadScope } from './content-fs.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-content-fs-'));
const outside = path.join(tmp, 'outside');
const root = path.join(tmp, 'content');
fs.mkdirSync(path.join(root, 'catalog/deep'), { recursive: true });
fs.mkdirSync(outside);
fs.writeFileSync(path.join(outside, 'secret.txt'), 'secret');
fs.writeFileSync(path.join(root, 'catalog/a.yaml'), 'a: 1\n');
fs.writeFileSync(path.join(root, 'catalog/deep/b.yaml'), 'b: 1\n');
fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'catalog/leak.yaml'));
fs.symlinkSync('self.yaml', path.join(root, 'catalog/self.yaml'));
fs.symlinkSync('..', path.join(root, 'catalog/deep/up'));
fs.symlinkSync('nowhere.yaml', path.join(root, 'catalog/dangling.yaml'));
fs.symlinkSync('deep', path.join(root, 'catalog/again'));
fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'catalog/README.md'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const scope: ReadScope = { roots: [root], allowed: [], display: (f) => path.relative(tmp, f) };

describe('resolveInside', () => {
  const from = path.join(root, 'catalog/a.yaml');
  it('accepts paths that stay in the content folder', () => {
    expect(resolveInside(scope, from, './deep/b.yaml')).toEqual({ ok: true, abs: path.join(root, 'catalog/deep/b.yaml'), exists: true });
    expect(resolveInside(scope, from, 'missing.yaml')).toMatchObject({ ok: true, exists: false });
  });
  it('refuses `..` past the content folder, absolute paths outside it, and symbolic links that lead out', () => {
    expect(resolveInside(scope, from, '../../outside/secret.txt')).toMatchObject({ ok: false, code: 'content/outside' });
    expect(resolveInside(scope, from, '/etc/passwd')).toMatchObject({ ok: false, code: 'content/outside' });
    expect(resolveInside(scope, from, './leak.yaml')).toMatchObject({ ok: false, code: 'content/outside' });
    expect(resolveInside(scope, from, './self.yaml')).toMatchObject({ ok: false, code: 'content/symlink-loop' });
  });
  it('lets an allowed folder be read, by name only', () => {
    const wider: ReadScope = { ...scope, allowed: [outside] };
    expect(resolveInside(wider, from, '../../outside/secret.txt')).toMatchObject({ ok: true, exists: true });
    expect(resolveInside(wider, from, '/etc/passwd')).toMatchObject({ ok: false });
  });
  it('never resolves a random relative path outside the content folder (property)', () => {
    const segment = fc.constantFrom('..', '.', 'catalog', 'deep', 'up', 'leak.yaml', 'again', 'x', '', '...', '..%2f', 'a.yaml');
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 12 }), fc.constantFrom('/', '\\', '//'), (parts, sep) => {
        const r = resolveInside(scope, from, parts.join(sep));
        if (!r.ok) return;
        const real = r.exists ? fs.realpathSync(r.abs) : r.abs;
        expect(path.relative(root, real).startsWith('..')).toBe(false);
        expect(path.isAbsolute(path.relative(root, real))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('listContentFiles', () => {
  const r = listContentFiles(scope, path.join(root, 'catalog'), (n) => n.endsWith('.yaml'));
  it('follows a symbolic link to a sibling folder once, and lists every real file', () => {
    expect(r.files.map((f) => path.relative(root, f))).toEqual(['catalog/a.yaml', 'catalog/again/b.yaml', 'catalog/deep/b.yaml']);
  });
  it('reports every bad link by name instead of crashing or following it (links to files it does not read are left alone)', () => {
    expect(r.diagnostics.map((d) => [d.file, d.code])).toEqual([
      ['content/catalog/again/up', 'content/symlink-loop'],
      ['content/catalog/dangling.yaml', 'content/broken-symlink'],
      ['content/catalog/deep/up', 'content/symlink-loop'],
      ['content/catalog/leak.yaml', 'content/outside'],
      ['content/catalog/self.yaml', 'content/symlink-loop'],
    ].sort((a, b) => (a[0] as string).localeCompare(b[0] as string)));
    expect(r.diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });
});

describe('readContentText', () => {
  const write = (name: string, bytes: number[] | Buffer): string => {
    const f = path.join(tmp, name);
    fs.writeFileSync(f, Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes));
    return f;
  };
  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(readContentText(write('ok.md', Buffer.from('\ufeffhé\n')), 'ok.md')).toEqual({ ok: true, text: 'hé\n' });
  });
  it('names UTF-16 (both byte orders), NUL bytes and invalid UTF-8 with their position', () => {
    const msg = (f: string) => {
      const r = readContentText(f, path.basename(f));
      return r.ok ? 'ok' : `${r.diagnostic.line}:${r.diagnostic.column} ${r.diagnostic.code} ${r.diagnostic.message}`;
    };
    expect(msg(write('le.md', [0xff, 0xfe, 0x61, 0]))).toMatch(/^1:1 content\/encoding .*UTF-16 LE/);
    expect(msg(write('be.md', [0xfe, 0xff, 0, 0x61]))).toMatch(/^1:1 content\/encoding .*UTF-16 BE/);
    expect(msg(write('nul.md', Buffer.from('ab\ncd\0')))).toMatch(/^2:3 content\/encoding .*NUL/);
    expect(msg(write('latin1.md', Buffer.from([0x61, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a])))).toMatch(/^2:4 content\/encoding .*0xE9 at line 2, column 4/);
  });
  it('refuses huge files with a plain message', () => {
    const r = readContentText(write('big.md', Buffer.alloc(2048, 0x61)), 'big.md', 1024);
    expect(r.ok ? '' : r.diagnostic.code).toBe('content/too-large');
  });
  it('finds the first invalid UTF-8 byte (overlong, surrogate, truncated)', () => {
    expect(firstInvalidUtf8(Buffer.from('héllo ✓ 😀'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xe2, 0x9c]))).toBe(1);
  });
});
