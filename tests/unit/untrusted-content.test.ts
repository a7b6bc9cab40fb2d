/**
 * The untrusted-content fixture (tests/fixtures/sites/untrusted), plus the symbolic links
 * a repository can carry (made here, in a copy): every class of issue #12 gives a
 * diagnostic with its file, line and code, and nothing outside the content folder is read.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/core/check-content.ts';
import { resolveContentPaths } from '../../src/core/content-dir.ts';

const fixture = path.resolve('tests/fixtures/sites/untrusted');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-untrusted-'));
const content = path.join(tmp, 'untrusted');
fs.cpSync(fixture, content, { recursive: true });
fs.mkdirSync(path.join(tmp, 'outside'));
fs.writeFileSync(path.join(tmp, 'outside/secret.md'), '---\ntitle: SECRET-OUTSIDE\n---\nSECRET-OUTSIDE\n');
fs.symlinkSync('../../../outside/secret.md', path.join(content, 'docs/guides/secret.md'));
fs.symlinkSync('..', path.join(content, 'docs/guides/up'));
fs.symlinkSync('loop.yaml', path.join(content, 'catalog/loop.yaml'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const result = checkContent(resolveContentPaths(content), { today: '2026-11-23' });
const found = result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`);

describe('untrusted content', () => {
  it.each([
    // Reads outside the content folder: `..`, an absolute path, Location targets, a symlink, an image.
    ['untrusted/catalog/catalog-info.yaml:26:12 error content/outside'],
    ['untrusted/catalog/catalog-info.yaml:37:12 error content/outside'],
    ['untrusted/catalog/catalog-info.yaml:59:7 error content/outside'],
    ['untrusted/catalog/catalog-info.yaml:60:7 error content/outside'],
    ['untrusted/docs/guides/secret.md:0:0 error content/outside'],
    ['untrusted/docs/index.md:15:1 error content/outside'],
    // Script URLs in every spelling, in docs, announcements and descriptions.
    ['untrusted/docs/index.md:5:1 error content/script-url'],
    ['untrusted/docs/index.md:5:34 error content/script-url'],
    ['untrusted/docs/index.md:7:1 error content/script-url'],
    ['untrusted/docs/index.md:9:1 error content/script-url'],
    ['untrusted/docs/index.md:9:30 error content/script-url'],
    ['untrusted/docs/index.md:11:9 error content/script-url'],
    ['untrusted/docs/index.md:11:53 error content/script-url'],
    ['untrusted/docs/index.md:13:1 error content/script-url'],
    ['untrusted/lifecycle/switch-off.md:10:14 error content/script-url'],
    ['untrusted/catalog/catalog-info.yaml:47:16 error content/script-url'],
    // One output, one source: two docs on one URL, a doc on an entity's URL, a file where a folder is needed.
    ['untrusted/docs/guides/request-access.md:1:1 error site/route-collision'],
    // A doc's slug: that takes an entity's URL: reported at the slug: line.
    ['untrusted/docs/guides/clash.md:3:7 error site/route-collision'],
    ['untrusted/catalog/catalog-info.yaml:12:1 error site/route-collision'],
    // Symbolic links that loop: to itself, to a parent folder.
    ['untrusted/catalog/loop.yaml:0:0 error content/symlink-loop'],
    ['untrusted/docs/guides/up:0:0 error content/symlink-loop'],
    // Encodings.
    ['untrusted/docs/guides/latin1.md:2:11 error content/encoding'],
    ['untrusted/docs/guides/utf16le.md:1:1 error content/encoding'],
    ['untrusted/docs/guides/utf16be.md:1:1 error content/encoding'],
    // An alias bomb, an MDX syntax error, a self-substitution.
    ['untrusted/catalog/bomb.yaml:3:8 error catalog/yaml-aliases'],
    ['untrusted/docs/guides/broken.mdx:7:6 error docs/mdx-syntax'],
    ['untrusted/catalog/self.yaml:6:12 error catalog/substitution-self'],
    // Round 2 (#24): two campaigns on one URL, site paths that lead off-site, API definitions that grow without end.
    ['untrusted/campaigns/runbooks.yaml:1:1 error site/route-collision'],
    ['untrusted/campaigns/backslash.yaml:7:8 error campaigns/invalid-link'],
    ['untrusted/campaigns/tab.yaml:7:8 error campaigns/invalid-link'],
    ['untrusted/catalog/apis/deep.graphql:3:73 error api/unparseable'],
    ['untrusted/catalog/apis/fan-out.yaml:9:21 warning api/example-truncated'],
  ])('%s', (line) => {
    expect(found).toContain(line);
  });

  it('says "nested too deeply" in words', () => {
    // Where the parser gives up depends on the stack size, so only the line is fixed.
    expect(found.filter((f) => f.startsWith('untrusted/catalog/deep.yaml:'))).toEqual([expect.stringMatching(/^untrusted\/catalog\/deep\.yaml:7:\d+ error catalog\/too-deep$/)]);
    expect(result.diagnostics.map((d) => d.message).join('\n')).not.toMatch(/Maximum call stack|RangeError/);
  });

  it('names both campaigns on one URL, and says in words why a site path leads off-site', () => {
    const messages = result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
    expect(messages).toContain(
      'untrusted/campaigns/runbooks.yaml:1:1 the campaign from untrusted/campaigns/runbooks.yaml:1:1 and the campaign from untrusted/campaigns/%%%/runbooks.yaml:1:1 would both be written to /campaigns/runbooks/; one would silently replace the other',
    );
    expect(messages).toContain('untrusted/campaigns/backslash.yaml:7:8 howTo "/\\evil.example/phish" is neither a site path nor a web address: browsers read it as the address of another site (it starts with // or its like)');
    expect(messages).toContain('untrusted/campaigns/tab.yaml:7:8 howTo "/\\t/evil.example/phish" is neither a site path nor a web address: browsers read it as the address of another site (it starts with // or its like)');
  });

  it('holds API definitions to their budgets, in words, without a stack overflow', () => {
    const messages = result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
    expect(messages).toContain('untrusted/catalog/apis/deep.graphql:3:73 the GraphQL schema nests brackets more than 64 deep here, too deep to read');
    expect(messages).toContain(
      'untrusted/catalog/apis/fan-out.yaml:9:21 the example made from this schema was cut at 200 values or 6 levels deep; the reference shows "… (cut: the schema is too large for a whole example)" where it stops',
    );
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(found.filter((f) => f.includes('bom.md'))).toEqual([]);
    expect(result.docs.find((d) => d.relative === 'guides/bom.md')?.title).toBe('With a BOM');
  });

  it('reads nothing from outside the content folder', () => {
    const everything = JSON.stringify(result);
    expect(everything).not.toContain('SECRET-OUTSIDE');
    expect(everything).not.toMatch(/root:.*:0:0:/);
    expect(result.docs.map((d) => d.relative)).not.toContain('guides/secret.md');
    // The parent-folder link is not followed: every doc is listed once.
    expect(result.docs.every((d) => !d.relative.startsWith('guides/up/'))).toBe(true);
  });

  it('keeps the entity whose descriptor substitutes itself', () => {
    expect(result.catalog.files).toContain('untrusted/catalog/self.yaml');
  });
});
