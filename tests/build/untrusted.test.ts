/**
 * Content is untrusted input (#12): a hostile content folder fails the build with every
 * problem at file:line:col, no stack trace, nothing read from outside and no dist/; what
 * is legal but probably wrong builds, with a warning, and every page is there.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPagefindIndex } from './pagefind.ts';
import { buildSite, htmlFiles, root, testOut } from './site.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-untrusted-build-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('an untrusted content folder', () => {
  it('fails the build with every problem at file:line:col, no stack trace, nothing read from outside, no dist/', () => {
    const content = path.join(tmp, 'untrusted');
    fs.cpSync(path.join(root, 'tests/fixtures/sites/untrusted'), content, { recursive: true });
    fs.mkdirSync(path.join(tmp, 'outside'));
    fs.writeFileSync(path.join(tmp, 'outside/secret.md'), '---\ntitle: SECRET-OUTSIDE\n---\nSECRET-OUTSIDE\n');
    fs.symlinkSync('../../../outside/secret.md', path.join(content, 'docs/guides/secret.md'));
    fs.symlinkSync('..', path.join(content, 'docs/guides/up'));
    fs.symlinkSync('loop.yaml', path.join(content, 'catalog/loop.yaml'));

    const r = buildSite(content, testOut('untrusted'));
    expect(r.status).not.toBe(0);
    const cat = 'untrusted/catalog/catalog-info.yaml';
    for (const line of [
      `${cat}:26:12: error: \`$text\` target "../../../../../../../../etc/passwd" leads outside the content folder (to /etc/passwd)`,
      `${cat}:37:12: error: \`$text\` target "/etc/passwd" leads outside the content folder (to /etc/passwd)`,
      `${cat}:59:7: error: Location target "../../../../../../../../etc/hostname" leads outside the content folder (to /etc/hostname)`,
      `${cat}:47:16: error: metadata.description: "JavaScript:alert(1)" is a javascript: URL`,
      `${cat}:12:1: error: the team calendar feed from ${cat}:3:1 is written to the file /teams/platform/lifecycle.ics, but the team page from ${cat}:12:1 needs a folder of that name`,
      // At the doc's `slug:` line, the line its author wrote (a pull-request annotation lands there).
      'untrusted/docs/guides/clash.md:3:7: error: the doc from untrusted/docs/guides/clash.md:3:7 and the component page from untrusted/catalog/catalog-info.yaml:21:1 would both be written to /catalog/component/climber/',
      'untrusted/docs/guides/request-access.md:1:1: error: the doc from untrusted/docs/guides/request-access.md:1:1 and the doc from untrusted/docs/guides/Request Access.md:1:1 would both be written to /docs/guides/request-access/',
      'untrusted/docs/guides/secret.md: error: this symbolic link leads outside the content folder',
      'untrusted/docs/guides/up: error: this symbolic link points to untrusted/docs, a folder that contains it',
      'untrusted/catalog/loop.yaml: error: this symbolic link (to loop.yaml) points back to itself',
      'untrusted/docs/index.md:5:1: error: "javascript:alert(1)" is a javascript: URL',
      'untrusted/docs/index.md:11:9: error: "java&#x09;script:alert(1)" is a javascript: URL',
      'untrusted/docs/index.md:15:1: error: image "../../../../../../../../etc/passwd" leads outside the content folder',
      'untrusted/lifecycle/switch-off.md:10:14: error: "javascript:alert(1)" is a javascript: URL',
      'untrusted/docs/guides/latin1.md:2:11: error: this file is not valid UTF-8: byte 0xE9 at line 2, column 11',
      'untrusted/docs/guides/utf16le.md:1:1: error: this file is UTF-16 LE',
      'untrusted/catalog/bomb.yaml:3:8: error: this document\'s aliases',
      'untrusted/docs/guides/broken.mdx:7:6: error: MDX syntax error: Unexpected end of file in expression',
      'untrusted/catalog/self.yaml:6:12: error: `$text: ./self.yaml` names this very file',
      'untrusted/campaigns/runbooks.yaml:1:1: error: the campaign from untrusted/campaigns/runbooks.yaml:1:1 and the campaign from untrusted/campaigns/%%%/runbooks.yaml:1:1 would both be written to /campaigns/runbooks/',
      'untrusted/campaigns/backslash.yaml:7:8: error: howTo "/\\evil.example/phish" is neither a site path nor a web address',
      'untrusted/campaigns/tab.yaml:7:8: error: howTo "/\\t/evil.example/phish" is neither a site path nor a web address',
      'untrusted/catalog/apis/fan-out.yaml:9:21: warning: the example made from this schema was cut at 200 values or 6 levels deep',
    ]) expect(r.output).toContain(line);
    expect(r.output).toMatch(/untrusted\/catalog\/deep\.yaml:7:\d+: error: YAML syntax error: it is nested too deeply to read/);
    // No stack trace, no crash text.
    expect(r.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(r.output).not.toMatch(/ELOOP|ENOTDIR|RangeError|Maximum call stack/);
    // Nothing from outside the content folder, and no partial site.
    expect(r.output).not.toContain('SECRET-OUTSIDE');
    expect(r.output).not.toMatch(/root:.*:0:0:/);
    expect(fs.existsSync(path.join(r.outDir, 'index.html'))).toBe(false);
  });
});

describe('content that is legal but probably wrong', () => {
  it('builds every page, with a warning for a future review and for a replacement that is itself deprecated', () => {
    const r = buildSite(path.join(root, 'tests/fixtures/sites/probably-wrong'), testOut('untrusted-warn'));
    expect(r.status, r.output.slice(-3000)).toBe(0);
    expect(r.output).toContain('probably-wrong/docs/index.md:3:15: warning: lastReviewed 2099-01-01 is after today (2026-11-23)');
    expect(r.output).toContain(
      'probably-wrong/lifecycle/old-api-deprecation.md:8:14: warning: the replacement component:middle-api is itself deprecated (spec.lifecycle: deprecated) (point people at its own replacement, component:new-api)',
    );
    const pages = htmlFiles(r.outDir);
    for (const p of [
      'index.html',
      'catalog/component/old-api/index.html',
      'catalog/component/middle-api/index.html',
      'catalog/component/new-api/index.html',
      'teams/fixture-team/index.html',
      'lifecycle/old-api-deprecation/index.html',
      'lifecycle/middle-api-deprecation/index.html',
    ]) expect(pages).toContain(p);
  });
});

describe('hostile names and runaway API definitions that are legal content (#24)', () => {
  const r = () => built ?? (built = buildSite(path.join(root, 'tests/fixtures/sites/untrusted-builds'), testOut('untrusted-builds')));
  let built: ReturnType<typeof buildSite> | undefined;

  it('builds every page, with the budgets reported at file:line', () => {
    expect(r().status, r().output.slice(-3000)).toBe(0);
    expect(r().output).toContain('untrusted-builds/catalog/apis/deep.graphql:3:73: error: the GraphQL schema nests brackets more than 64 deep here, too deep to read');
    expect(r().output).toContain('untrusted-builds/catalog/apis/fan-out.yaml:9:21: warning: the example made from this schema was cut at 200 values or 6 levels deep');
    expect(r().output).not.toMatch(/RangeError|Maximum call stack/);
    const pages = htmlFiles(r().outDir);
    for (const p of ['catalog/api/deep-graphql-api/index.html', 'catalog/api/fan-out-api/index.html', 'teams/zebra-team/index.html']) expect(pages).toContain(p);
    // The page shows the error, and the example where it was cut.
    expect(fs.readFileSync(path.join(r().outDir, 'catalog/api/deep-graphql-api/index.html'), 'utf8')).toContain('too deep to read');
    // The fan-out definition weighs enough to be split: its operation is on the operations page.
    expect(fs.readFileSync(path.join(r().outDir, 'catalog/api/fan-out-api/reference/operations/index.html'), 'utf8')).toContain('… (cut: the schema is too large for a whole example)');
  });

  it('gives Pagefind filters as HTML text (its UI writes them as HTML) and metadata as plain text', () => {
    const team = readPagefindIndex(r().outDir).find((p) => p.url === '/teams/zebra-team/');
    expect(team?.filters.owner).toEqual(['&lt;img src=x onerror=window.__pwned=1&gt; Zebra']);
    expect(team?.meta.title).toBe('<img src=x onerror=window.__pwned=1> Zebra (zebra-team)');
    const service = readPagefindIndex(r().outDir).find((p) => p.url === '/catalog/component/zebra-service/');
    expect(service?.filters.system).toEqual(['&lt;svg onload=window.__pwned=2&gt; Zebra system']);
    expect(service?.filters.lifecycle).toEqual(['&lt;b onmouseover=window.__pwned=3&gt;production&lt;/b&gt;']);
  });
});
