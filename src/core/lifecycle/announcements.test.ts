import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog/load.ts';
import { resolveContentPaths } from '../content-dir.ts';
import { sortDiagnostics } from '../model/diagnostics.ts';
import { formatDiagnostic } from '../format-diagnostics.ts';
import { checkAnnouncements, checkAnnouncementText, firstParagraph } from './announcements.ts';
import { announcementId } from '../urls.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const paths = resolveContentPaths('tests/fixtures/lifecycle/content', {}, root, root);
const catalog = loadCatalog(paths);
const TODAY = '2026-11-23';

const check = (fm: string, today = TODAY) =>
  checkAnnouncementText(`---\n${fm}\n---\n\nThe release note.\n`, {
    file: '/x.md',
    display: 'content/lifecycle/x.md',
    id: 'x',
    catalog,
    today,
  });
const lines = (fm: string, today = TODAY) => check(fm, today).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);
const base = 'title: T\ntype: breaking-change\nsubjects: [component:new-deployer]\ncontact: group:platform-team';

describe('lifecycle announcements', () => {
  it('reads every field of a good announcement, refs as refKeys', () => {
    const r = checkAnnouncements(paths, catalog, TODAY);
    const good = r.announcements.find((a) => a.id === 'good');
    expect(good).toEqual({
      id: 'good',
      file: path.join(paths.lifecycle, 'good.md'),
      display: 'content/lifecycle/good.md',
      title: 'old-deployer is deprecated',
      summary: 'Move to new-deployer by 29 January 2027. See the guide.',
      type: 'deprecation',
      subjects: ['component:default/old-deployer'],
      announced: '2026-09-01',
      effective: '2026-10-01',
      sunset: '2027-01-29',
      replacement: 'component:default/new-deployer',
      contact: 'group:default/platform-team',
      // Where the sunset is written, for the overdue-migration warning.
      deadlinePos: { file: 'content/lifecycle/good.md', line: 7, column: 9 },
    });
  });

  it('reports every problem of the fixtures at its exact file:line:col', () => {
    const r = checkAnnouncements(paths, catalog, TODAY);
    expect(sortDiagnostics(r.diagnostics).map(formatDiagnostic)).toEqual([
      'content/lifecycle/bad-dates.md:6:12: error: effective 2026-10-01 is before announced 2026-11-01 (a change takes effect on or after the day it is announced)',
      'content/lifecycle/bad-dates.md:7:9: error: sunset "2026-02-30" is not a calendar date (write a real date as YYYY-MM-DD, e.g. 2026-12-01)',
      'content/lifecycle/bad-refs.md:3:7: error: type "deprecaton" is not one of beta, ga, deprecation, sunset, breaking-change (did you mean deprecation?)',
      'content/lifecycle/bad-refs.md:5:5: error: subject "component:old-deployr" names no entity in the catalog (did you mean component:old-deployer?)',
      'content/lifecycle/bad-refs.md:10:14: error: replacement "component:nope-nothing-like-it" names no entity in the catalog (no Component is named like that; add one (kind: Component) or fix the name)',
      'content/lifecycle/bad-refs.md:11:10: error: contact "group:platform-tem" names no entity in the catalog (did you mean group:platform-team?)',
      'content/lifecycle/bad-refs.md:12:1: error: unknown field `colour` (the fields are title, description, summary, type, subjects, announced, effective, sunset, replacement, contact)',
      'content/lifecycle/missing.md:1:1: error: this announcement has no `effective` date (add `effective: 2026-12-01`)',
      'content/lifecycle/missing.md:1:1: error: a deprecation needs a `sunset` date: the day the subject stops working (add `sunset: 2027-03-31`)',
      'content/lifecycle/missing.md:1:1: error: this announcement has no `contact` (add `contact: group:<team>`: who answers questions about the change)',
      'content/lifecycle/missing.md:4:11: error: `subjects` must be a list of at least one entity reference (e.g. subjects: [component:legacy-deployer])',
      'content/lifecycle/warnings.md:4:12: warning: component:stable-thing is announced as deprecated but its catalog lifecycle is "production" (set spec.lifecycle: deprecated in content/catalog/catalog.yaml)',
      'content/lifecycle/warnings.md:4:12: warning: component:stable-thing was sunset on 2026-06-30 but its catalog lifecycle is still "production" (set spec.lifecycle: retired (or deprecated) in content/catalog/catalog.yaml, or move the sunset date)',
    ]);
    // Files with errors are left out; warnings keep the announcement.
    expect(r.announcements.map((a) => a.id)).toEqual(['warnings', 'good']);
  });

  it('accepts real calendar dates only, leap days included', () => {
    expect(lines(`${base}\nannounced: 2028-02-29\neffective: 2028-03-01`)).toEqual([]);
    expect(lines(`${base}\nannounced: 2027-02-29\neffective: 2027-03-01`)).toEqual(['6:12 error lifecycle/invalid-date']);
    expect(lines(`${base}\nannounced: 2026-1-5\neffective: 2026-13-01`)).toEqual(['6:12 error lifecycle/invalid-date', '7:12 error lifecycle/invalid-date']);
    // A quoted date and an unquoted one mean the same day; a timestamp is not a date.
    expect(lines(`${base}\nannounced: "2026-11-01"\neffective: 2026-11-01T10:00:00Z`)).toEqual(['7:12 error lifecycle/invalid-date']);
  });

  it('keeps announced <= effective <= sunset, equal days allowed', () => {
    expect(lines(`${base}\nannounced: 2026-11-01\neffective: 2026-11-01\nsunset: 2026-11-01`)).toEqual([]);
    expect(lines(`${base}\nannounced: 2026-11-02\neffective: 2026-11-01`)).toEqual(['7:12 error lifecycle/date-order']);
    expect(lines(`${base}\nannounced: 2026-11-01\neffective: 2026-12-01\nsunset: 2026-11-30`)).toEqual(['8:9 error lifecycle/date-order']);
  });

  it('warns when a deprecation names a subject the catalog does not call deprecated', () => {
    const fm = 'title: T\ntype: deprecation\nsubjects:\n  - component:old-deployer\n  - component:stable-thing\ncontact: group:platform-team\nannounced: 2026-11-01\neffective: 2026-12-01\nsunset: 2027-06-01';
    expect(lines(fm)).toEqual(['6:5 warning lifecycle/stage-mismatch']);
  });

  it('warns about a passed sunset only while the subject is still production', () => {
    const fm = (subject: string) => `title: T\ntype: sunset\nsubjects: [${subject}]\ncontact: group:platform-team\nannounced: 2026-01-01\neffective: 2026-03-01`;
    expect(lines(fm('component:stable-thing'))).toEqual(['4:12 warning lifecycle/sunset-passed']);
    expect(lines(fm('component:old-deployer'))).toEqual([]);
    // Before the sunset day nothing is late yet, but the subject should be deprecated.
    expect(lines(fm('component:stable-thing'), '2026-02-01')).toEqual(['4:12 warning lifecycle/stage-mismatch']);
  });

  it('rejects a replacement that is also a subject, and a contact that is not a group or user', () => {
    expect(lines(`${base}\nannounced: 2026-11-01\neffective: 2026-11-01\nreplacement: component:new-deployer`)).toEqual(['8:14 error lifecycle/replacement-is-subject']);
    expect(lines('title: T\ntype: ga\nsubjects: [component:new-deployer]\ncontact: component:shop-web\nannounced: 2026-11-01\neffective: 2026-11-01')).toEqual([
      '5:10 error lifecycle/invalid-ref',
    ]);
  });

  it('reports YAML syntax errors with their position', () => {
    expect(lines('title: T\ntype: [beta')[0]).toMatch(/^\d+:\d+ error lifecycle\/yaml-syntax$/);
  });

  it('names announcements by their slugged path', () => {
    expect(announcementId('2026/Legacy Deployer.md')).toBe('2026/legacy-deployer');
    expect(announcementId('auth-api-token-lifetime.mdx')).toBe('auth-api-token-lifetime');
  });

  it('takes the first paragraph of the body as plain text', () => {
    expect(firstParagraph('import X from "y";\n\n## Heading\n\nUse **[Launchpad](/x/)** and `tide`.\nSecond line.\n\nMore.')).toBe('Use Launchpad and tide. Second line.');
  });
});
