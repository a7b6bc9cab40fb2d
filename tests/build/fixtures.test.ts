import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, demoBuildLog, htmlFiles, root, testOut } from './site.ts';
import { checkLinks, demoDocPaths, linksTo } from './links.ts';

const fixture = (name: string) => path.join(root, 'tests/fixtures/sites', name);
const out = (name: string) => testOut(`fixtures-${name}`);

describe('WAYFINDER_CONTENT', () => {
  it('builds another content folder in place of content/ (relative to the working directory)', () => {
    const r = buildSite(path.relative(root, fixture('minimal')), out('minimal'));
    expect(r.status, r.output).toBe(0);
    const docsPages = htmlFiles(r.outDir).filter((f) => f === 'index.html' || f === '404.html' || (f.startsWith('docs/') && !f.startsWith('docs/wayfinder/')));
    expect(docsPages).toEqual(['404.html', 'docs/guides/hello/index.html', 'index.html']);
    const page = fs.readFileSync(path.join(r.outDir, 'docs/guides/hello/index.html'), 'utf8');
    expect(page).toContain('Hello from a fixture');
    // The demo's docs do not leak into a fixture site.
    expect(fs.existsSync(path.join(r.outDir, 'docs/how-to'))).toBe(false);
    // The manual ships with the product, and nothing links to a missing page or to the demo's docs.
    expect(fs.existsSync(path.join(r.outDir, 'docs/wayfinder/start-from-nothing/index.html'))).toBe(true);
    expect(checkLinks(r.outDir)).toEqual([]);
    expect(linksTo(r.outDir, demoDocPaths())).toEqual([]);
  });
});

describe('a bad frontmatter value', () => {
  it('fails the build, names the file, line and column, and writes no site', () => {
    const r = buildSite(fixture('bad-frontmatter'), out('bad'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('bad-frontmatter/docs/index.md:5:15: error: lastReviewed "2026-13-01" is not a calendar date');
    expect(r.output).toContain('bad-frontmatter/docs/index.md:6:14: error: reviewEvery "0" is not a positive whole number of days');
    expect(r.output).toContain('bad-frontmatter/docs/index.md:4:8: error: owner "component:billing"');
    expect(fs.existsSync(path.join(r.outDir, 'index.html'))).toBe(false);
  });
});

describe('a refused build', () => {
  it('prints Wayfinder\'s diagnostics, with paths from the folder npm was run in, and nothing that looks like a crash', () => {
    // "window" in a message made Astro add "Browser APIs are not available on the server".
    const sites = path.join(root, 'tests/fixtures/sites');
    const r = buildSite(fixture('bad-window'), out('bad-window'), { INIT_CWD: sites, npm_package_json: path.join(root, 'package.json') });
    expect(r.status).toBe(1);
    expect(r.output.trim().split('\n')).toEqual([
      'Wayfinder found 1 error in the content:',
      'bad-window/catalog: warning: there is no catalog folder, so the catalog is empty (create the folder and put Backstage descriptor YAML files in it)',
      'bad-window/docs/index.md:3:8: error: `owner` refers to group:window-cleaners, which is not in the catalog (no Group is named like that; add one (kind: Group) or fix the name)',
      'Nothing was built: fix these and build again (`npm run check` lists them without building).',
    ]);
    expect(fs.existsSync(path.join(r.outDir, 'index.html'))).toBe(false);
  });
});

describe('a clean build of the demo', () => {
  it('prints no warning a user cannot act on', () => {
    // Left out on purpose, each with its reason: src/plugin/quiet-build.ts.
    const warnings = fs.readFileSync(demoBuildLog, 'utf8').split('\n').filter((line) => /\[WARN\]|\bwarn(ing)?\b/i.test(line));
    expect(warnings).toEqual([]);
  });
});

describe('a broken catalog', () => {
  it('fails the build with every problem at file:line:col, docs refs included, and writes no site', () => {
    const r = buildSite(fixture('bad-catalog'), out('bad-catalog'));
    expect(r.status).not.toBe(0);
    const file = 'bad-catalog/catalog/catalog-info.yaml';
    // The owner that does not exist, with where it was written.
    expect(r.output).toMatch(new RegExp(`${file}:16:10: error: .*group:payments-team`));
    // The second "checkout" names the first.
    expect(r.output).toMatch(new RegExp(`${file}:21:9: error: .*checkout.*${file}:12`));
    expect(r.output).toMatch(new RegExp(`${file}:23:12: error: .*javascript`));
    expect(r.output).toContain(`${file}:18:1: error: required field \`spec.lifecycle\` is missing`);
    expect(r.output).not.toContain('Stack trace');
    // A doc owner that names no group, with a did-you-mean.
    expect(r.output).toMatch(/bad-catalog\/docs\/index\.md:3:8: error: .*group:platfrom-team.*did you mean group:platform-team/);
    expect(fs.existsSync(path.join(r.outDir, 'index.html'))).toBe(false);
  });
});

describe('a broken onboarding path', () => {
  it('fails the build with every problem at file:line:col and writes no site', () => {
    const r = buildSite(fixture('bad-paths'), out('bad-paths'));
    expect(r.status).not.toBe(0);
    const file = 'bad-paths/paths/newcomers.yaml';
    for (const line of [
      `${file}:4:8: error: owner "group:fixture-tem": there is no group:fixture-tem in the catalog; did you mean group:fixture-team?`,
      `${file}:5:17: error: prerequisite "nobody" is not a path`,
      `${file}:10:14: error: there is no doc "how-to/request-acess" (did you mean how-to/request-access?)`,
      `${file}:11:19: error: duration "20 minutes" is not a duration`,
      `${file}:13:13: error: step id "access" is already used on line 9`,
      `${file}:15:14: error: url "javascript:alert(1)" cannot be used`,
    ]) expect(r.output).toContain(line);
    expect(r.output).not.toContain('Stack trace');
    expect(fs.existsSync(path.join(r.outDir, 'index.html'))).toBe(false);
  });
});
