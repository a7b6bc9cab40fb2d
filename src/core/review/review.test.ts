/** The change review's core: renames, problems old and new, the comment's cap and escaping, previous names. */
import { describe, expect, it } from 'vitest';
import { checkCatalogText } from '../catalog/load.ts';
import { buildIndex, decodeIndex, encodeIndex, matchRows, toDirectoryRow } from '../catalog/directory/directory.ts';
import { entityRedirects } from '../catalog/redirects.ts';
import { checkSiteRoutes } from '../site-routes.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import { diffContent, type ReviewSnapshot } from './diff.ts';
import { findRenames } from './entities.ts';
import { problemChanges } from './diff.ts';
import { formatReviewMarkdown, REVIEW_MARKER } from './format-markdown.ts';
import { reviewExitCode } from './outcome.ts';

const component = (name: string, extra = ''): string =>
  `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\n${extra}spec:\n  type: service\n  lifecycle: production\n  owner: team\n`;
const TEAM = 'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team\nspec:\n  type: team\n  children: []\n';
const catalog = (...docs: string[]) => checkCatalogText([TEAM, ...docs].join('---\n'), 'content/catalog/all.yaml');
const snapshot = (text: ReturnType<typeof catalog>): ReviewSnapshot => ({ catalog: text, docs: [], paths: [], announcements: [], diagnostics: text.diagnostics });

describe('renames', () => {
  it('pairs a declared previous name, and detects a near-identical entity in the same file', () => {
    const before = catalog(component('old-a', '  description: A.\n'), component('old-b', '  description: Prints labels.\n  tags: [go]\n'));
    const after = catalog(
      component('new-a', '  description: Something else entirely.\n  annotations:\n    wayfinder.dev/previous-names: old-a\n'),
      component('new-b', '  description: Prints labels.\n  tags: [go]\n'),
    );
    const gone = before.entities.filter((e) => !after.byRef.has(e.ref));
    const fresh = after.entities.filter((e) => !before.byRef.has(e.ref));
    expect(findRenames(gone, fresh).map((p) => [p.from.name, p.to.name, p.how])).toEqual([
      ['old-a', 'new-a', 'declared'],
      ['old-b', 'new-b', 'detected'],
    ]);
  });

  it('does not count pointing at the new name of a renamed entity as a change', () => {
    const team = (name: string, extra = '') => `apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: ${name}\n${extra}spec:\n  type: team\n  children: []\n`;
    const svc = (owner: string) => component('svc').replace('owner: team', `owner: ${owner}`);
    const before = catalog(team('books'), svc('books'));
    const after = catalog(team('ledger', '  annotations:\n    wayfinder.dev/previous-names: books\n'), svc('ledger'));
    const cs = diffContent(snapshot(before), snapshot(after), { base: 'a', head: 'b' });
    expect(cs.renamed.map((r) => [r.from, r.to.ref, r.how])).toEqual([['group:default/books', 'group:default/ledger', 'declared']]);
    expect(cs.owners).toEqual([]);
    expect(cs.modified).toEqual([]);
  });

  it('does not take a different entity for a renamed one', () => {
    const before = catalog(component('gone', '  description: Sends invoices.\n  tags: [java]\n'));
    const after = catalog(component('other', '  description: Tracks parcels.\n  tags: [go]\n'));
    const cs = diffContent(snapshot(before), snapshot(after), { base: 'a', head: 'b' });
    expect(cs.renamed).toEqual([]);
    expect(cs.removed.map((r) => r.ref)).toEqual(['component:default/gone']);
    expect(cs.added.map((r) => r.ref)).toEqual(['component:default/other']);
  });
});

describe('wayfinder.dev/previous-names', () => {
  it('reads names (commas or spaces), reports bad ones, and gives each old URL a redirect', () => {
    const r = catalog(component('ledger', '  annotations:\n    wayfinder.dev/previous-names: "books, payments/ledger-svc Bad_Name!"\n'));
    expect(r.byRef.get('component:default/ledger')?.previousRefs).toEqual(['component:default/books', 'component:payments/ledger-svc']);
    expect(r.diagnostics.map((d) => [d.line, d.code, d.message])).toEqual([
      [14, 'catalog/invalid-previous-name', 'annotation wayfinder.dev/previous-names: "Bad_Name!" is not a valid entity name (1-63 letters or digits, separated by -, _ or .)'],
    ]);
    expect(entityRedirects(r.entities).map((x) => [x.from, x.to])).toEqual([
      ['/catalog/component/books/', '/catalog/component/ledger/'],
      ['/catalog/component/payments/ledger-svc/', '/catalog/component/ledger/'],
    ]);
  });

  it('never lets an old name replace a page that exists', () => {
    const r = catalog(component('ledger', '  annotations:\n    wayfinder.dev/previous-names: books\n'), component('books'));
    const problems = checkSiteRoutes({ docs: [], entities: r.entities, announcements: [], paths: [] });
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'site/route-collision',
        file: 'content/catalog/all.yaml',
        message: expect.stringContaining('redirect of the previous name component:books (wayfinder.dev/previous-names)'),
      }),
    ]);
  });

  it('lets the directory find an entity by its old name, in the build and in the browser index', () => {
    const r = catalog(component('ledger', '  annotations:\n    wayfinder.dev/previous-names: books\n'));
    const rows = r.entities.map((e) => toDirectoryRow(e, r.byRef));
    const found = (rs: typeof rows) => matchRows(buildIndex(rs), { q: 'books' }).map((i) => buildIndex(rs).rows[i]!.name);
    expect(found(rows)).toEqual(['ledger']);
    const decoded = decodeIndex(JSON.parse(JSON.stringify(encodeIndex(rows, (ref) => ({ label: ref, hasPage: true }))))).rows;
    expect(found(decoded)).toEqual(['ledger']);
  });
});

const diag = (file: string, line: number, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({ file, line, column: 1, severity, code: 'x/y', message });

describe('problems a change introduces', () => {
  it('matches problems by file, code and message, not line, and counts repeats', () => {
    const base = [diag('a.yaml', 3, 'bad'), diag('a.yaml', 9, 'twice'), diag('b.yaml', 1, 'fixed')];
    const head = [diag('a.yaml', 5, 'bad'), diag('a.yaml', 10, 'twice'), diag('a.yaml', 12, 'twice'), diag('c.yaml', 1, 'new', 'warning')];
    expect(problemChanges(base, head)).toEqual({ introduced: [diag('a.yaml', 12, 'twice'), diag('c.yaml', 1, 'new', 'warning')], fixed: 1, unchanged: 2 });
    // A message that names another line is the same problem when only the lines moved.
    expect(problemChanges([diag('p.yaml', 13, 'step id "a" is already used on line 9; see p.yaml:9:5')], [diag('p.yaml', 15, 'step id "a" is already used on line 11; see p.yaml:11:5')])).toEqual({
      introduced: [],
      fixed: 0,
      unchanged: 1,
    });
  });

  it('fails only on errors the change brings, or on breaking changes when asked', () => {
    const before = catalog(component('used'), component('user', '  description: x\n').replace('owner: team\n', 'owner: team\n  dependsOn: [component:used]\n'));
    const after = checkCatalogText([TEAM, component('user', '  description: x\n').replace('owner: team\n', 'owner: team\n  dependsOn: [component:used]\n')].join('---\n'), 'content/catalog/all.yaml', { onBrokenRefs: 'warn' });
    const cs = diffContent(snapshot(before), snapshot(after), { base: 'a', head: 'b' });
    expect(cs.removed[0]?.breaks.map((t) => t.consumers.map((c) => c.name))).toEqual([['user']]);
    expect(reviewExitCode(cs)).toBe(0);
    expect(reviewExitCode(cs, { failOnBreaking: true })).toBe(1);
  });
});

describe('the pull-request comment', () => {
  it('escapes names in the summary too', () => {
    const before = catalog(component('svc'));
    const after = catalog(component('svc', '  title: "[Pay](https://evil.example) @all"\n').replace('lifecycle: production', 'lifecycle: deprecated'));
    const md = formatReviewMarkdown(diffContent(snapshot(before), snapshot(after), { base: 'a', head: 'b' }));
    expect(md).toContain('changes the lifecycle of \\[Pay\\]\\(https:\u200b//evil.example\\) @\u200ball (production → deprecated)');
    expect(md).not.toContain('[Pay](');
  });

  it('stays under its length cap and says how much it left out', () => {
    const many = Array.from({ length: 300 }, (_, i) => component(`service-${String(i).padStart(3, '0')}`, `  description: Service number ${i} with a longer description.\n`));
    const cs = diffContent(snapshot(catalog()), snapshot(catalog(...many)), { base: 'main', head: 'the working tree' });
    const md = formatReviewMarkdown(cs, { maxChars: 4000 });
    expect(md.length).toBeLessThanOrEqual(4000);
    expect(md.startsWith(`${REVIEW_MARKER}\n### Wayfinder change review\n\nThis change adds 300 entities.`)).toBe(true);
    const shown = md.split('\n').filter((l) => l.startsWith('- service-')).length;
    expect(shown).toBeGreaterThan(10);
    expect(md).toContain(`_${300 - shown} more items were left out to keep this comment short: run \`npm run check -- --diff main\` to see all of them._`);
  });
});
