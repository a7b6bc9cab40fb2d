import fs from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';

/**
 * Each job has one home (issue #11): routes and the base path in src/core/urls.ts,
 * display names and HTML escaping in src/core/names.ts, input checks run once by the
 * plugin. These scan the source so a second home cannot creep back in unnoticed.
 */
const root = path.resolve(import.meta.dirname, '../..');
const sources = globSync(['src/**/*.{ts,astro}'], { cwd: root }).filter((f) => !f.endsWith('.test.ts'));

/** The lines of every source file (comments left out) that match `pattern`, except in `allowed` files. */
function offenders(pattern: RegExp, allowed: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of sources) {
    if (allowed.includes(file)) continue;
    fs.readFileSync(path.join(root, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const code = line.trim();
        if (code.startsWith('*') || code.startsWith('/*') || code.startsWith('//')) return;
        if (pattern.test(line)) found.push(`${file}:${i + 1}: ${code}`);
      });
  }
  return found;
}

describe('one home for each job', () => {
  it('writes site routes and the base path only in src/core/urls.ts', () => {
    expect(offenders(/['"`]\/(catalog|teams|lifecycle|health|onboarding|docs)[/.'"`$]/, ['src/core/urls.ts'])).toEqual([]);
    expect(offenders(/import\.meta\.env\.BASE_URL|\bwithBase\(/, ['src/core/urls.ts', 'src/plugin/base-links.ts'])).toEqual([]);
  });

  it('computes display names and escapes HTML only in src/core/names.ts', () => {
    // An entity's title falling back to its name or profile: the display-name rule, written again.
    expect(offenders(/\.title \?\? [\w?.]*\.(name|profile)\b|\.title\?\.trim\(\) \|\| [\w?.]*profile|profile\??\.displayName/, ['src/core/names.ts', 'src/core/catalog/read/read-entity.ts'])).toEqual([]);
    // Slack's mrkdwn has an escaping of its own (only &, < and >; Slack shows &quot; as written).
    expect(offenders(/function escape(Html|Xml)\b|&amp;/, ['src/core/names.ts', 'src/core/notices/format.ts'])).toEqual([]);
    expect(offenders(/KIND_ORDER\s*[:=]/, ['src/core/names.ts'])).toEqual([]);
  });

  it('reads and checks the content folder only in the plugin, not again in data/ or loaders/', () => {
    const data = sources.filter((f) => f.startsWith('src/data/') || f.startsWith('src/loaders/'));
    const rereads = data.filter((f) => /\b(checkContent|loadCatalog|checkAnnouncements)\(/.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(rereads).toEqual([]);
  });

  it('lets the components of entity, team and campaign pages take props, not read site data (src/data/views/ works it out)', () => {
    // These pages call one view model; a component that loaded data itself would compute a second answer.
    const propsOnly = [
      'src/components/entity/EntityAnswers.astro',
      'src/components/entity/EntityList.astro',
      'src/components/lifecycle/EntityNotices.astro',
      'src/components/lifecycle/NoticeBox.astro',
      'src/components/maturity/EntityMaturity.astro',
      'src/components/maturity/TeamMaturity.astro',
      'src/components/maturity/CampaignPage.astro',
      'src/components/health/EntityScorecard.astro',
      'src/components/diagrams/EntityMapSection.astro',
      'src/pages/catalog/[...slug].astro',
      'src/pages/teams/[...slug].astro',
      'src/pages/campaigns/[...id].astro',
    ];
    const loads = /\bgetSite(Catalog|Lifecycle|Health|Campaigns|TechDocs|Migrations)\(|\bgetSystemGraph\(|\bgetApiReference(Plan)?\(/;
    // getStaticPaths lists the pages (it runs before any model); the page body reads its model only.
    const body = (f: string) => fs.readFileSync(path.join(root, f), 'utf8').replace(/export async function getStaticPaths\(\)[\s\S]*?\n}\n/, '');
    expect(propsOnly.filter((f) => loads.test(body(f)))).toEqual([]);
  });

  it('keeps the data layer free of components/', () => {
    const data = sources.filter((f) => f.startsWith('src/data/'));
    expect(data.filter((f) => /from '\.\.\/components\//.test(fs.readFileSync(path.join(root, f), 'utf8')))).toEqual([]);
  });
  // Issue #27: one home by imports. The slugger and edit distance are held to their homes
  // by .dependency-cruiser.cjs (tests/unit/layers.test.ts); these hold what an import
  // rule cannot tell apart: `yaml`'s node types are fine anywhere, its parser is not.
  it('parses YAML only in src/core/yaml/, so every YAML input gets the alias limit', () => {
    const PARSERS = new Set(['parse', 'parseDocument', 'parseAllDocuments', 'Parser', 'Composer', 'Lexer']);
    const found: string[] = [];
    for (const file of sources.filter((f) => f.startsWith('src/') && !f.startsWith('src/core/yaml/'))) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      for (const m of text.matchAll(/import\s+(type\s+)?([^'";]*?)\s+from\s+['"]yaml['"]/g)) {
        if (m[1]) continue;
        const clause = (m[2] ?? '').trim();
        // A default or namespace import (`import YAML from 'yaml'`) is the whole parser.
        const whole = clause.startsWith('{') ? [] : [clause.split(/[\s,{]/)[0] ?? clause];
        const named = (/\{([^}]*)\}/.exec(clause)?.[1] ?? '').split(',').map((n) => n.trim().split(/\s+as\s+/)[0] ?? '');
        const parsers = [...whole, ...named.filter((n) => PARSERS.has(n))];
        if (parsers.length) found.push(`${file}: imports ${parsers.join(', ')} from 'yaml'`);
      }
    }
    expect(found).toEqual([]);
    // The frontmatter block is found by one pattern (yaml/source.ts FRONTMATTER); MkDocs pages
    // have their own meta block, which may also end in `...`.
    expect(offenders(/\/\^---[^/]*\(\[\\s\\S\]\*\?\)/, ['src/core/yaml/source.ts', 'src/core/techdocs/preprocess.ts'])).toEqual([]);
  });

  it('reads one duration grammar, in src/core/duration.ts', () => {
    expect(offenders(/\(\\d\+\)(\\s\*)?h\b/, ['src/core/duration.ts'])).toEqual([]);
  });
});
