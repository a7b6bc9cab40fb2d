/**
 * The index pages of large docs folders as pages use them: rows built once per build
 * from the plugin's list of large folders, the docs collection (descriptions) and the
 * health report (owner and review state), so each page only slices them.
 */
import { getCollection } from 'astro:content';
import { largeFolders } from 'virtual:wayfinder/config';
import type { FolderRow } from '../core/docs/folder-index.ts';
import { href, ROUTES } from '../core/urls.ts';
import { displayName, shortRef } from '../core/names.ts';
import { getSiteCatalog } from './catalog.ts';
import { getSiteHealth } from './health.ts';

/** One large folder with its rows in sidebar order. */
export interface SiteFolder {
  folder: string;
  path: string;
  label: string;
  rows: FolderRow[];
  /** Docs in the folder and all its subfolders. */
  total: number;
  /** Subfolders that have an index page of their own: label, path and docs in them and below. */
  subfolders: { label: string; path: string; total: number }[];
}

let cached: Promise<SiteFolder[]> | undefined;

/** Every large folder's index rows, built once per build (or dev reload). */
export function getDocFolders(): Promise<SiteFolder[]> {
  cached ??= build();
  return cached;
}

async function build(): Promise<SiteFolder[]> {
  if (!largeFolders.length) return [];
  const [health, catalog, docs] = await Promise.all([getSiteHealth(), getSiteCatalog(), getCollection('docs')]);
  const description = new Map(docs.map((d) => [d.id, d.data.description]));
  const byRelative = new Map(health.report.docs.map((d) => [d.relative, d]));
  const byFolder = new Map(largeFolders.map((f) => [f.folder, f]));
  return largeFolders.map((f) => ({
    folder: f.folder,
    path: f.path,
    label: f.label,
    total: f.total,
    subfolders: f.subfolders.flatMap((s) => {
      const sub = byFolder.get(s);
      return sub ? [{ label: sub.label, path: sub.path, total: sub.total }] : [];
    }),
    rows: f.docs.flatMap((relative): FolderRow[] => {
      const d = byRelative.get(relative);
      if (!d) return [];
      const owner = d.owner ? catalog.byRef.get(d.owner.ref) : undefined;
      const row: FolderRow = {
        title: d.title,
        href: href(d.href),
        review: !d.lastReviewed ? 'unreviewed' : d.stale ? 'stale' : 'current',
      };
      const desc = description.get(d.id);
      if (desc) row.description = desc;
      if (d.owner) row.owner = owner ? { label: displayName(owner), href: href(catalog.pathOf(d.owner.ref) ?? ROUTES.teams) } : { label: shortRef(d.owner.ref) };
      if (d.lastReviewed) row.reviewed = d.lastReviewed;
      if (d.stale) row.why = d.reasons.join('; ');
      return [row];
    }),
  }));
}
