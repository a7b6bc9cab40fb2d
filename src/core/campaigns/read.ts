/**
 * Campaigns (content/campaigns/*.yaml): a named push with a target set of entities, the
 * rules they must pass, a start and a deadline. One file each, read with the positioned
 * YAML reader, so every problem is reported at file:line:col with "did you mean".
 */
import path from 'node:path';
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { sortDiagnostics, type Diagnostic } from '../model/diagnostics.ts';
import { displayPath, type ContentPaths } from '../content-dir.ts';
import { listContentFiles, readContentText, readScope } from '../content-fs.ts';
import { parseYamlMap, describeNode } from '../yaml/source.ts';
import { at, checkKeys, checkRef, readContext, readDate, readRef, readText, report, type Field, type ReadContext } from '../yaml/fields.ts';
import { refKey } from '../model/refs.ts';
import { createRefIndex, danglingHint } from '../catalog/resolve/suggest.ts';
import type { CatalogEntity, EntityKind } from '../model/entity.ts';
import { refSeverity, type RefPolicy } from '../model/ref-policy.ts';
import { didYouMean } from '../suggest.ts';
import { campaignId } from '../urls.ts';
import { RULE_IDS, RULE_THRESHOLDS, type RuleId } from '../health/rules.ts';
import type { Level, RuleCheck } from '../health/levels.ts';
import { siteLinkProblem } from '../safe-url.ts';

/** Which entities a campaign covers: every field given must match (a list matches any of its values). */
export interface CampaignFilter {
  kind?: string[];
  type?: string[];
  /** refKeys. */
  system?: string[];
  lifecycle?: string[];
  tag?: string[];
  /** refKeys. */
  owner?: string[];
}

/** A checked campaign. */
export interface Campaign {
  /** The URL id: the file name without extension, slugged. */
  id: string;
  /** Display path of its file. */
  file: string;
  title: string;
  /** Markdown (sanitised where rendered). */
  description?: string;
  /** refKey of the team running it. */
  owner: string;
  filter: CampaignFilter;
  /** Rules every covered entity must pass. */
  rules: RuleCheck[];
  /** Or: every rule up to this level, for each entity's kind. */
  level?: string;
  start: string;
  deadline: string;
  /** A site path (`/docs/...`) or an https URL: how to do what the campaign asks. */
  howTo?: string;
}

/** The fields of a campaign file. */
export const CAMPAIGN_KEYS = ['title', 'description', 'owner', 'filter', 'rules', 'level', 'start', 'deadline', 'howTo'] as const;
/** The fields of a campaign's filter. */
export const FILTER_KEYS = ['kind', 'type', 'system', 'lifecycle', 'tag', 'owner'] as const;
const KINDS: readonly EntityKind[] = ['component', 'api', 'system', 'domain', 'group', 'user', 'resource'];
const EXAMPLE = 'e.g.\ntitle: Runbooks for production services\nowner: group:sre-team\nfilter: { kind: component, lifecycle: production }\nrules: [runbook]\nstart: 2026-09-01\ndeadline: 2026-12-15';

/** The folder campaigns are read from. */
export function campaignsDir(paths: Pick<ContentPaths, 'root'>): string {
  return path.join(paths.root, 'campaigns');
}

/** What checking campaigns needs besides the files. */
export interface CampaignCheckOptions {
  entities: readonly CatalogEntity[];
  levels: readonly Level[];
  onBrokenRefs?: RefPolicy;
}

/** Reads and checks every campaign file of the content folder. */
export function checkCampaigns(paths: ContentPaths, options: CampaignCheckOptions): { campaigns: Campaign[]; diagnostics: Diagnostic[] } {
  const dir = campaignsDir(paths);
  const scope = readScope(paths);
  const listing = listContentFiles(scope, dir, (name) => /\.ya?ml$/i.test(name));
  const diagnostics: Diagnostic[] = [...listing.diagnostics];
  const campaigns: Campaign[] = [];
  const refIndex = createRefIndex(options.entities);
  const known = new Set(options.entities.map((e) => e.ref));
  for (const abs of listing.files) {
    const display = displayPath(paths, abs);
    const relative = path.relative(dir, abs).split(path.sep).join('/');
    // A folder whose name slugs to nothing adds no segment. Two files with one id are
    // reported by the route registry (site-routes.ts), which names both.
    const id = campaignId(relative);
    const read = readContentText(abs, display);
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    const r = checkCampaignText(read.text, { abs, display, id, ...options, refIndex, known });
    diagnostics.push(...r.diagnostics);
    if (r.campaign) campaigns.push(r.campaign);
  }
  campaigns.sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.id < b.id ? -1 : 1));
  return { campaigns, diagnostics: sortDiagnostics(diagnostics) };
}

/** Checks the text of one campaign file. */
export function checkCampaignText(
  text: string,
  options: CampaignCheckOptions & { abs?: string; display: string; id: string; refIndex?: ReturnType<typeof createRefIndex>; known?: ReadonlySet<string> },
): { campaign?: Campaign; diagnostics: Diagnostic[] } {
  const parsed = parseYamlMap(options.abs ?? path.resolve(options.display), options.display, text, { area: 'campaigns' });
  const diagnostics = parsed.diagnostics;
  if (!parsed.doc || !parsed.map) {
    if (!diagnostics.length) diagnostics.push({ file: options.display, line: 1, column: 1, severity: 'error', code: 'campaigns/empty', message: 'this campaign file is empty', hint: EXAMPLE });
    return { diagnostics };
  }
  const ctx = readContext(parsed.file, parsed.doc, diagnostics, 'campaigns');
  const map = parsed.map;
  const errorsBefore = diagnostics.filter((d) => d.severity === 'error').length;
  checkKeys(ctx, map, CAMPAIGN_KEYS, { message: (k) => `\`${k}\` is not a campaign field`, otherwise: `the fields are ${CAMPAIGN_KEYS.join(', ')}` });
  const refIndex = options.refIndex ?? createRefIndex(options.entities);
  const known = options.known ?? new Set(options.entities.map((e) => e.ref));
  const resolve = (f: ReturnType<typeof readRef>, allowed: EntityKind[]): string | undefined => {
    if (!f) return undefined;
    const key = refKey(f.ref);
    if (!known.has(key)) {
      report(ctx, refSeverity(options.onBrokenRefs), 'campaigns/unknown-ref', f.pos, `"${f.value}" names no entity in the catalog`, danglingHint(refIndex, f.ref, allowed));
    }
    return key;
  };
  const title = readText(ctx, map, 'title', { required: true, hint: 'e.g. title: Runbooks for production services' });
  const description = readText(ctx, map, 'description');
  const owner = resolve(readRef(ctx, map, 'owner', { required: true, defaultKind: 'group', kinds: ['group', 'user'], example: 'owner: group:sre-team' }), ['group', 'user']);
  const start = readDate(ctx, map, 'start', { required: true, hint: 'the day the campaign starts, e.g. start: 2026-09-01' });
  const deadline = readDate(ctx, map, 'deadline', { required: true, hint: 'the day everything should pass, e.g. deadline: 2026-12-15' });
  if (start && deadline && deadline.value < start.value) {
    report(ctx, 'error', 'deadline-before-start', deadline.pos, `the deadline ${deadline.value} is before the start ${start.value}`, 'the deadline is the last day of the campaign; make it later than the start');
  }
  const howTo = readText(ctx, map, 'howTo', { hint: 'a site path such as /docs/how-to/write-a-runbook/ or an https:// URL' });
  if (howTo) {
    const problem = siteLinkProblem(howTo.value);
    if (problem) {
      report(ctx, 'error', 'invalid-link', howTo.pos, `howTo "${howTo.value.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))}" is neither a site path nor a web address: ${problem}`, 'write a site path that starts with / (e.g. /docs/how-to/write-a-runbook/) or an https:// URL');
    }
  }
  const filter = readFilter(ctx, map, resolve);
  const rules = readRules(ctx, map);
  let level: string | undefined;
  const levelText = readText(ctx, map, 'level', { hint: `one of ${options.levels.map((l) => l.id).join(', ')}` });
  if (levelText) {
    if (options.levels.some((l) => l.id === levelText.value)) level = levelText.value;
    else
      report(
        ctx,
        'error',
        'unknown-level',
        levelText.pos,
        `level "${levelText.value}" is not a level of the policy file`,
        didYouMean(levelText.value, options.levels.map((l) => l.id)) ?? `the levels are ${options.levels.map((l) => l.id).join(', ')}`,
      );
  }
  if (!map.items.some((p) => isScalar(p.key) && (p.key.value === 'rules' || p.key.value === 'level'))) {
    report(ctx, 'error', 'missing-field', ctx.start, 'this campaign says neither which `rules` to pass nor which `level` to reach', 'add `rules: [runbook]` (rule ids) or `level: silver`');
  }
  if (diagnostics.filter((d) => d.severity === 'error').length > errorsBefore || !title || !owner || !start || !deadline) return { diagnostics };
  const campaign: Campaign = {
    id: options.id,
    file: options.display,
    title: title.value,
    owner,
    filter,
    rules,
    start: start.value,
    deadline: deadline.value,
  };
  if (description) campaign.description = description.value;
  if (level) campaign.level = level;
  if (howTo) campaign.howTo = howTo.value;
  return { campaign, diagnostics };
}

/** The text values of a filter field: one value or a list of them. */
function values(ctx: ReadContext, f: Field, name: string): { value: string; pos: ReturnType<typeof at> }[] {
  const nodes: (Node | null)[] = isSeq(f.value) ? (f.value.items as (Node | null)[]) : [f.value];
  const out: { value: string; pos: ReturnType<typeof at> }[] = [];
  for (const n of nodes) {
    const v = isScalar(n) ? n.value : undefined;
    if (typeof v !== 'string' || v.trim() === '') {
      report(ctx, 'error', 'wrong-type', at(ctx, n ?? f.value), `\`filter.${name}\` takes text or a list of text, not ${describeNode(n)}`, `e.g. ${name}: [a, b]`);
      continue;
    }
    out.push({ value: v.trim(), pos: at(ctx, n) });
  }
  return out;
}

function readFilter(ctx: ReadContext, map: YAMLMap<unknown, unknown>, resolve: (f: ReturnType<typeof readRef>, allowed: EntityKind[]) => string | undefined): CampaignFilter {
  const filter: CampaignFilter = {};
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === 'filter');
  if (!pair) return filter;
  const node = pair.value as Node | null;
  if (!isMap(node)) {
    report(ctx, 'error', 'wrong-type', at(ctx, (node ?? pair.key) as Node), '`filter` must be a map, e.g. `filter: { kind: component, lifecycle: production }`', `the filter fields are ${FILTER_KEYS.join(', ')}`);
    return filter;
  }
  const fields = checkKeys(ctx, node, FILTER_KEYS, { message: (k) => `\`filter.${k}\` is not a filter`, otherwise: `the filter fields are ${FILTER_KEYS.join(', ')}` });
  for (const [name, f] of fields) {
    const list = values(ctx, f, name);
    if (name === 'kind') {
      filter.kind = [];
      for (const v of list) {
        const k = v.value.toLowerCase();
        if ((KINDS as readonly string[]).includes(k)) filter.kind.push(k);
        else report(ctx, 'error', 'unknown-kind', v.pos, `kind "${v.value}" is not a catalog kind`, didYouMean(k, KINDS) ?? `the kinds are ${KINDS.join(', ')}`);
      }
    } else if (name === 'system' || name === 'owner') {
      const allowed: EntityKind[] = name === 'system' ? ['system'] : ['group', 'user'];
      const refs: string[] = [];
      for (const v of list) {
        const r = checkRef(ctx, v, `filter.${name}`, { defaultKind: allowed[0], kinds: allowed, example: `${name}: ${allowed[0]}:<name>` });
        const key = resolve(r, allowed);
        if (key) refs.push(key);
      }
      filter[name] = refs;
    } else {
      filter[name as 'type' | 'lifecycle' | 'tag'] = list.map((v) => v.value);
    }
  }
  return filter;
}

/** Reads `rules:`: rule ids, or `{ rule, min }` / `{ rule, days }` where a number matters. */
function readRules(ctx: ReadContext, map: YAMLMap<unknown, unknown>): RuleCheck[] {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === 'rules');
  if (!pair) return [];
  const node = pair.value as Node | null;
  if (!isSeq(node)) {
    report(ctx, 'error', 'wrong-type', at(ctx, (node ?? pair.key) as Node), '`rules` must be a list of rule ids, e.g. `rules: [runbook, oncall]`', `the rules are ${RULE_IDS.join(', ')}`);
    return [];
  }
  const out: RuleCheck[] = [];
  const ruleId = (n: unknown): RuleId | undefined => {
    const v = isScalar(n) ? n.value : undefined;
    if (typeof v === 'string' && (RULE_IDS as readonly string[]).includes(v)) return v as RuleId;
    report(
      ctx,
      'error',
      'unknown-rule',
      at(ctx, n as Node),
      `"${typeof v === 'string' ? v : describeNode(n)}" is not a health rule`,
      (typeof v === 'string' ? didYouMean(v, RULE_IDS) : undefined) ?? `the rules are ${RULE_IDS.join(', ')}`,
    );
    return undefined;
  };
  for (const item of node.items) {
    if (isMap(item)) {
      checkKeys(ctx, item, ['rule', 'min', 'days'], { message: (k) => `\`${k}\` is not part of a rule`, otherwise: 'write { rule: docs, min: 2 } or { rule: reviewed, days: 90 }' });
      const r = item.items.find((p) => isScalar(p.key) && p.key.value === 'rule');
      const id = r ? ruleId(r.value) : undefined;
      if (!r) report(ctx, 'error', 'missing-field', at(ctx, item), 'this rule has no `rule`', 'e.g. { rule: docs, min: 2 }');
      if (!id) continue;
      const check: RuleCheck = { rule: id };
      for (const key of ['min', 'days'] as const) {
        const p = item.items.find((x) => isScalar(x.key) && x.key.value === key);
        if (!p) continue;
        const v = isScalar(p.value) ? p.value.value : undefined;
        const takes = RULE_THRESHOLDS[id]?.key;
        if (takes !== key) {
          report(ctx, 'error', 'wrong-threshold', at(ctx, p.key as Node), takes ? `the rule ${id} takes \`${takes}\`, not \`${key}\`` : `the rule ${id} takes no threshold`, `write { rule: ${id}${takes ? `, ${takes}: 2` : ''} }`);
        } else if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
          report(ctx, 'error', 'wrong-type', at(ctx, p.value as Node), `\`${key}\` must be a positive whole number`, `e.g. { rule: ${id}, ${key}: 2 }`);
        } else check[key] = v;
      }
      out.push(check);
    } else {
      const id = ruleId(item);
      if (id) out.push({ rule: id });
    }
  }
  return out;
}
