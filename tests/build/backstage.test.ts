/**
 * A content folder kept the way a Backstage organisation keeps it (descriptor YAML behind
 * a Location, a JSON export of the running catalog, owners that live in the identity
 * provider) builds into a site under `onBrokenRefs: warn`, and fails without it. And the
 * CLI's health report agrees with the site's /health/ page, because both read wayfinder.yaml.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildSite, demoDist, root, TEST_TODAY, testOut } from './site.ts';

const fixture = path.join(root, 'tests/fixtures/sites/backstage');
const out = (name: string) => testOut(name);

/** Every team page of a built site and /health/unowned/: where /health/'s detail lives. */
function healthDetailPages(dist: string): ReturnType<typeof parse>[] {
  const teams = (fs.readdirSync(path.join(dist, 'teams'), { recursive: true }) as string[])
    .filter((f) => f.endsWith('index.html') && f !== 'index.html' && !f.startsWith('page'))
    .map((f) => path.join(dist, 'teams', f));
  const unowned = path.join(dist, 'health/unowned/index.html');
  return [...teams, unowned].map((f) => parse(fs.readFileSync(f, 'utf8')));
}

describe('a Backstage organisation, under onBrokenRefs: warn', () => {
  const r = buildSite(fixture, out('backstage'));
  const page = (p: string) => parse(fs.readFileSync(path.join(r.outDir, p, 'index.html'), 'utf8'));

  it('builds, with every reference to an entity not in the catalog as a warning at file:line:col', () => {
    expect(r.status, r.output).toBe(0);
    expect(r.output).toContain('backstage/catalog/components/podcast-api.yaml:9:10: warning: `spec.owner` refers to group:guest, which is not in the catalog');
    expect(r.output).toContain('backstage/catalog/export/entities.json:16:70: warning: `spec.owner` refers to user:guest');
    // Remote definitions keep their offline warning.
    expect(r.output).toMatch(/podcast-api\.yaml:11:12: warning: .*remote URL; Wayfinder builds offline/);
  });

  it('has a page for every entity of the YAML and of the JSON export', () => {
    for (const p of ['catalog/component/artist-lookup', 'catalog/api/podcast-api', 'catalog/component/playback-order', 'catalog/resource/artists-db', 'teams/acme-corp', 'teams/team-a', 'catalog/user/breanna.davison']) {
      expect(fs.existsSync(path.join(r.outDir, p, 'index.html')), p).toBe(true);
    }
  });

  it('shows a reference that is not in the catalog as marked plain text, never a link', () => {
    const api = page('catalog/api/podcast-api');
    const owner = api.querySelector('.wf-reach-owner');
    expect(owner?.text).toMatch(/Owned by\s+group:guest\s+\(not in the catalog\)/);
    expect(owner?.querySelector('a')).toBeNull();
    const web = page('catalog/component/artist-lookup');
    const marked = web.querySelectorAll('[data-not-in-catalog]').map((m) => m.getAttribute('data-not-in-catalog'));
    expect(marked).toEqual(['system:artist-engagement-portal']);
    const announcement = page('lifecycle/podcast-api-beta');
    expect(announcement.querySelector('[data-not-in-catalog="component:podcast-web"]')?.closest('a')).toBeNull();
    expect(page('docs/guides/playback').querySelector('[data-not-in-catalog="group:playback-team"]')).not.toBeNull();
  });

  it('lists every unresolved reference with its file:line on its team scorecard (or /health/unowned/), counted on /health/', () => {
    const rows = healthDetailPages(r.outDir).flatMap((p) => p.querySelectorAll('[data-unresolved]').map((t) => t.getAttribute('data-unresolved')));
    const counted = page('health')
      .querySelectorAll('table.wf-health-teams tbody tr')
      .reduce((n, row) => n + Number(row.querySelectorAll('td').at(-1)?.text ?? 0), 0);
    expect(counted).toBe(rows.length);
    expect(rows.sort()).toEqual([
      'backstage/catalog/components/artist-lookup.yaml:19',
      'backstage/catalog/components/podcast-api.yaml:9',
      'backstage/catalog/export/by-query.json:2',
      'backstage/catalog/export/entities.json:16',
      'backstage/docs/guides/playback.md:3',
      'backstage/lifecycle/podcast-api-beta.md:4',
      'backstage/paths/everyone.yaml:4',
    ]);
    const team = page('teams/team-a');
    expect(team.querySelectorAll('[data-unresolved]').map((t) => t.getAttribute('data-unresolved'))).toEqual([
      'backstage/catalog/components/artist-lookup.yaml:19',
      'backstage/catalog/export/by-query.json:2',
    ]);
  });

  it('leaves no broken link into the catalog or the teams', async () => {
    const { checkLinks } = await import('./links.ts');
    // (Links into the product manual are another matter: it ships in the demo's content.)
    expect(checkLinks(r.outDir, '/').filter((l) => /^\/(catalog|teams)\//.test(l.href))).toEqual([]);
  });
});

describe('the same organisation without a reference policy', () => {
  it('fails the build at each reference to an entity not in the catalog, and writes no site', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-backstage-strict-'));
    const content = path.join(copy, 'backstage');
    fs.cpSync(fixture, content, { recursive: true });
    fs.rmSync(path.join(content, 'wayfinder.yaml'));
    const r = buildSite(content, out('backstage-strict'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('backstage/catalog/components/podcast-api.yaml:9:10: error: `spec.owner` refers to group:guest, which is not in the catalog');
    expect(fs.existsSync(path.join(r.outDir, 'index.html'))).toBe(false);
  });
});

describe('a broken policy file', () => {
  it('fails the build at its line and column before anything is built', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-backstage-policy-'));
    const content = path.join(copy, 'backstage');
    fs.cpSync(fixture, content, { recursive: true });
    fs.writeFileSync(path.join(content, 'wayfinder.yaml'), 'onBrokenRefs: sometimes\n');
    const r = buildSite(content, out('backstage-policy'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('backstage/wayfinder.yaml:1:15: error: `onBrokenRefs`: Invalid option: expected one of "error"|"warn" (write error (the default) or warn)');
    expect(r.output).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(path.join(r.outDir, 'index.html'))).toBe(false);
  });
});

describe('npm run check -- --health and /health/ on the demo', () => {
  it('agree on the totals, the stale docs, the incomplete entities and the teams', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, WAYFINDER_TODAY: TEST_TODAY };
    delete env.WAYFINDER_CONTENT;
    const cli = spawnSync(process.execPath, [path.join(root, 'scripts/check.ts'), '--health', '--format', 'json'], { cwd: root, env, encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);
    const report = JSON.parse(cli.stdout) as {
      totals: Record<string, number>;
      docs: { relative: string; stale: boolean }[];
      teams: { name: string; staleDocs: unknown[]; missingCount: number; unresolved: unknown[]; incomplete: { ref: string }[] }[];
    };
    const dist = process.env.WAYFINDER_OUT_DIR ?? demoDist;
    const site = parse(fs.readFileSync(path.join(dist, 'health/index.html'), 'utf8'));
    const details = healthDetailPages(dist);
    const t = report.totals;
    const totals = site
      .querySelectorAll('.wf-health-totals tr')
      .map((row) => `${row.querySelector('th')?.text} ${row.querySelector('td')?.text}`.replace(/\s+/g, ' '))
      .join('\n');
    expect(totals).toContain(`Stale docs ${t.stale} of ${t.docs} (${t.overdue} past their review date, ${t.changed} about entities changed since review)`);
    expect(totals).toContain(`Complete catalog entities ${t.complete} of ${t.scored}`);
    expect(totals).toContain(`Missing items ${t.missing}`);
    expect(totals).toContain(`Average completeness ${t.averageScore}%`);
    const stale = report.docs.filter((d) => d.stale).map((d) => d.relative).sort();
    // The detail is on the team pages (and /health/unowned/); /health/ has one row per team.
    const detail = (selector: string, attr: string) => details.flatMap((p) => p.querySelectorAll(`.wf-team-health ${selector}`).map((r) => r.getAttribute(attr))).sort();
    expect(detail('tr[data-stale-doc]', 'data-stale-doc')).toEqual(stale);
    const incomplete = report.teams.flatMap((x) => x.incomplete.map((c) => c.ref)).sort();
    expect(detail('tr[data-entity]', 'data-entity')).toEqual(incomplete);
    const teams = report.teams.filter((x) => x.staleDocs.length || x.missingCount || x.unresolved.length).map((x) => x.name);
    expect(site.querySelectorAll('table.wf-health-teams tbody tr th').map((h) => h.text.trim())).toEqual(teams);
  });
});
