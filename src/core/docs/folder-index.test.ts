import { describe, expect, it } from 'vitest';
import { filterFolderRows, folderRowHtml, type FolderRow } from './folder-index.ts';

const rows: FolderRow[] = [
  { title: 'Atlas service', description: 'Deploys and dashboards', href: '/docs/services/atlas/', owner: { label: 'Payments team', href: '/teams/payments/' }, reviewed: '2026-01-15', review: 'current' },
  { title: 'Beacon <worker>', href: '/docs/services/beacon/', review: 'stale', reviewed: '2025-01-01', why: 'review was due on 2025-06-30' },
  { title: 'Cargo', href: '/docs/services/cargo/', owner: { label: 'Payments team' }, review: 'unreviewed' },
];

describe('the folder index filter', () => {
  it('matches every word against title, description and owner, ignoring case', () => {
    expect(filterFolderRows(rows, 'payments').map((r) => r.title)).toEqual(['Atlas service', 'Cargo']);
    expect(filterFolderRows(rows, 'PAYMENTS dashboards').map((r) => r.title)).toEqual(['Atlas service']);
    expect(filterFolderRows(rows, '  ')).toHaveLength(3);
    expect(filterFolderRows(rows, 'nothing-like-this')).toEqual([]);
  });
});

describe('a folder index row', () => {
  it('escapes text, keeps the links as given and says the review state', () => {
    const html = folderRowHtml({ ...(rows[1] as FolderRow), href: '/handbook/docs/services/beacon/' });
    expect(html).toContain('href="/handbook/docs/services/beacon/"');
    expect(html).not.toContain('<worker>');
    expect(html).toMatch(/Beacon &(#60|lt);worker/);
    expect(html).toContain('data-review="stale"');
    expect(html).toContain('review was due on 2025-06-30');
    expect(folderRowHtml(rows[0] as FolderRow)).toContain('<a href="/teams/payments/">Payments team</a>');
  });
});
