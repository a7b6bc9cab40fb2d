/**
 * Migrations as pages use them, built once per build: every deprecation's, sunset's and
 * breaking change's migration over today's catalog (worked out in data/lifecycle.ts, with its
 * burn-down from the campaigns' git history pass), shaped for pages, by announcement and team.
 */
import { getSiteCatalog } from './catalog.ts';
import { getSiteLifecycle } from './lifecycle.ts';
import { keptFor } from './kept.ts';
import type { Migration } from '../core/migrations/migration.ts';
import { consumerPage, migrationView, owedBy, type ConsumerPage, type MigrationView, type Owed } from '../core/migrations/view.ts';

/** What the announcement, team and calendar pages need. */
export interface SiteMigrations {
  list: Migration[];
  byId: Map<string, Migration>;
  /** The announcement page's view of a migration. */
  view: (id: string) => MigrationView | undefined;
  /** What a team owes, soonest deadline first. */
  owedBy: (team: string) => Owed[];
  /** Page `page` of a migration's full consumer list (written only when its view has consumerPages). */
  consumerPage: (id: string, page: number) => ConsumerPage | undefined;
}

let cached: Promise<SiteMigrations> | undefined;

/** The migrations, built once per build (again in `astro dev` when the catalog, history or announcements change). */
export function getSiteMigrations(): Promise<SiteMigrations> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteMigrations> {
  const catalog = await getSiteCatalog();
  const lc = await getSiteLifecycle();
  return keptFor('migrations', [catalog, lc], () => {
    const lookup = (r: string) => catalog.byRef.get(r);
    const list = lc.migrations;
    const byId = new Map(list.map((m) => [m.announcement.id, m]));
    const views = new Map<string, MigrationView>();
    return {
      list,
      byId,
      view: (id) => {
        const m = byId.get(id);
        if (!m) return undefined;
        let v = views.get(id);
        if (!v) views.set(id, (v = migrationView(m, lookup, lc.nameOf)));
        return v;
      },
      owedBy: (team) => owedBy(list, team, lc.nameOf),
      consumerPage: (id, page) => {
        const m = byId.get(id);
        return m ? consumerPage(m, page, lc.nameOf) : undefined;
      },
    };
  });
}
