/**
 * The content policies, in one file that the build and `npm run check` both read:
 * `wayfinder.yaml` at the root of the content folder. Stages, review period, health rules,
 * the catalog-change signal, the reference policy and the report link live here, so a
 * content repository built with WAYFINDER_CONTENT carries its own policy and the two
 * faces can never disagree. The site's identity (`site:` title, URL, base, logo, links)
 * is here too; only how the product presents content (sidebar) stays in astro.config.mjs.
 * Problems are diagnostics at wayfinder.yaml:line:col.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, type Document, type Node } from 'yaml';
import { z } from 'zod';
import { displayPath, POLICY_FILE, type ContentPaths } from './content-dir.ts';
import { readContentText } from './content-fs.ts';
import { sortDiagnostics, type Diagnostic } from './model/diagnostics.ts';
import { REF_POLICIES, type RefPolicy } from './model/ref-policy.ts';
import { siteLinkProblem } from './safe-url.ts';
import { didYouMean } from './suggest.ts';
import { parseYamlFile, positionAt, type YamlFile } from './yaml/source.ts';
import { BADGE_VARIANTS, DEFAULT_STAGES, stagesProblems } from './lifecycle/stages.ts';
import { RULE_IDS, RULE_THRESHOLDS } from './health/rules.ts';
import { applyHealthRules, DEFAULT_LEVELS, type Level, type RuleCheck } from './health/levels.ts';
import { DEFAULT_REVIEW_EVERY } from './health/report.ts';

// The policy file's name is part of the content folder's layout (content-dir.ts); named here too for the policy's readers.
export { POLICY_FILE };

/** One maturity stage: what a spec.lifecycle value promises. */
const StageSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a stage id is lower-case words joined by hyphens, e.g. production'),
    label: z.string().min(1),
    meaning: z.string().min(1),
    slo: z.string().min(1),
    support: z.string().min(1),
    badge: z.enum(BADGE_VARIANTS).default('default'),
    lifecycles: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** What the organisation's service tiers mean: a label per tier and the page that explains them. */
const TiersSchema = z
  .object({
    // A word per tier; tiers are 1, 2 and 3, so any other key is an error at that key.
    labels: z.object({ 1: z.string().min(1), 2: z.string().min(1), 3: z.string().min(1) }).partial().strict().default({}),
    doc: z
      .string()
      .refine((v) => !siteLinkProblem(v), 'serviceTiers.doc is a site path that starts with / (e.g. /docs/reference/service-tiers/) or an https:// URL')
      .optional(),
  })
  .strict();

/**
 * Features a site may turn off, each on by default. Off removes the work from the build and
 * the pages and links that lead to it, so a site without a feature has no broken link.
 */
export const FeaturesSchema = z
  .object({
    /**
     * Maps of the organisation: /catalog/map/, /catalog/map.json, the map on each domain and
     * system page (and in their Markdown twins), and the SystemMap, DomainMap and EntityMap
     * components in docs (off: each shows a link to the entity's page instead).
     * @example maps: false
     */
    maps: z.boolean().default(true),
    /**
     * Mermaid diagrams drawn at build time in docs, announcements and TechDocs (off: each
     * ```mermaid block is shown as its source, as code, and is not checked).
     * @example diagrams: false
     */
    diagrams: z.boolean().default(true),
    /**
     * What assistants read: the Markdown twin of each page (and the `<link rel="alternate">`
     * to it), /llms.txt, /llms-full.txt and /mcp-index.json (which `npm run mcp` serves).
     * @example twins: false
     */
    twins: z.boolean().default(true),
    /**
     * Everything read from the content's git history: campaigns' and migrations' progress
     * over time (their burn-down charts) and each API's Changes section and since-dates
     * (off: git is not read at all, and those sections say the history is turned off).
     * @example history: false
     */
    history: z.boolean().default(true),
  })
  .strict();

/** What `features:` turns on and off (all on by default). */
export type Features = z.output<typeof FeaturesSchema>;

/** The site's identity: what it is called, where it is published, and the content repository's links. */
export const SiteSchema = z
  .object({
    /** The site's name, in the header and every page's `<title>`. @example title: Acme Handbook */
    title: z.string().trim().min(1, 'site.title is the site\'s name, e.g. Acme Handbook').optional(),
    /** One sentence for search engines and link previews. */
    description: z.string().trim().min(1).optional(),
    /** The public address the site is served at (canonical URLs, feed links). @example url: https://handbook.acme.example */
    url: z
      .string()
      .regex(/^https?:\/\/[^/\s]+/, 'site.url is the public address, starting with https://, e.g. https://handbook.acme.example')
      .optional(),
    /** The sub-path the site is served under, when not the root of its host. @example base: /handbook */
    base: z.string().regex(/^\/[^\s?#]*$/, 'site.base is a path that starts with /, e.g. /handbook').optional(),
    /** An image in the content folder shown instead of, or beside, the title. @example logo: assets/logo.svg */
    logo: z.string().trim().min(1).optional(),
    /** Where "Edit this page" goes: the content repository's edit URL for the content folder. @example editLink: https://github.example/acme/handbook/edit/main/ */
    editLink: z.string().regex(/^https?:\/\//, 'site.editLink is an https:// URL, e.g. https://github.example/acme/handbook/edit/main/').optional(),
    /**
     * Where "Report a problem" goes when `reportUrl` is not set: the content repository's
     * new-issue URL, a template like reportUrl. @example issues: https://github.example/acme/handbook/issues/new?title={title}&body={url}
     */
    issues: z.string().regex(/^(https?:|mailto:)/, 'site.issues must start with https://, http:// or mailto:').optional(),
  })
  .strict();

const KINDS = ['component', 'api', 'system', 'domain', 'group', 'user', 'resource'] as const;

/** One rule in a level: its id, or `{ rule, min }` / `{ rule, days }` where a number matters. */
const RuleCheckSchema = z.preprocess(
  (v) => (typeof v === 'string' ? { rule: v } : v),
  z
    .object({
      rule: z.enum(RULE_IDS),
      min: z.number().int().positive('min is a positive whole number').optional(),
      days: z.number().int().positive('days is a positive whole number of days').optional(),
    })
    .strict()
    .superRefine((c, ctx) => {
      const takes = RULE_THRESHOLDS[c.rule]?.key;
      for (const key of ['min', 'days'] as const) {
        if (c[key] !== undefined && takes !== key) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: takes ? `the rule ${c.rule} takes \`${takes}\`, not \`${key}\`` : `the rule ${c.rule} takes no threshold; write it as \`${c.rule}\``,
          });
        }
      }
    })
    .transform((c): RuleCheck => c),
);

/** One maturity level: its id, label, and the rules per kind an entity must pass to reach it. */
const LevelSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a level id is lower-case words joined by hyphens, e.g. silver'),
    label: z.string().min(1),
    description: z.string().min(1).optional(),
    rules: z.partialRecord(z.enum(KINDS), z.array(RuleCheckSchema)).default({}),
  })
  .strict();


/** What happens to a catalog descriptor that fails validation. */
export const INVALID_ENTITY_POLICIES = ['error', 'skip'] as const;
export type InvalidEntityPolicy = (typeof INVALID_ENTITY_POLICIES)[number];

/** The content policies, as written in wayfinder.yaml; every field is optional. */
export const PolicySchema = z
  .object({
    /**
     * Maturity stages, in order: label, meaning, SLO, support tier and badge. A catalog
     * `spec.lifecycle` maps to the stage with that id or listing it in `lifecycles`.
     * The lifecycle rules use the ids `production`, `deprecated` and `retired`.
     * @example
     * stages:
     *   - { id: production, label: GA, meaning: Supported, slo: 99.9%, support: 24/7, badge: success }
     */
    stages: z
      .array(StageSchema)
      .min(1)
      .superRefine((stages, ctx) => {
        for (const message of stagesProblems(stages)) ctx.addIssue({ code: 'custom', message });
      })
      .default(DEFAULT_STAGES.map((s) => ({ ...s, lifecycles: [...s.lifecycles] }))),
    /**
     * Days a doc review stays valid when the doc sets no `reviewEvery`.
     * @example reviewEvery: 90
     */
    reviewEvery: z.number().int().positive('reviewEvery is a positive whole number of days, e.g. 180').default(DEFAULT_REVIEW_EVERY),
    /**
     * "Report a problem" link on stale docs: a URL template where {title}, {url}, {path}
     * and {owner} are replaced (URL-encoded).
     * @example reportUrl: https://github.example/handbook/issues/new?title={title}&body={url}
     */
    reportUrl: z
      .string()
      .regex(/^(https?:|mailto:)/, 'reportUrl must start with https://, http:// or mailto:')
      .optional(),
    /**
     * Flag docs whose catalog entities changed (git history) after their review.
     * @example catalogChanges: false
     */
    catalogChanges: z.boolean().default(true),
    /**
     * Completeness rules per kind (lower-case). A kind set here replaces its default list;
     * `[]` turns a kind off.
     * @example
     * healthRules:
     *   component: [owner, runbook]
     */
    healthRules: z.partialRecord(z.enum(KINDS), z.array(z.enum(RULE_IDS))).default({}),
    /**
     * Maturity levels, lowest first. Each lists the rules per kind an entity must pass (or
     * be exempt from) to reach it, on top of every level below. A rule may carry a
     * threshold: `{ rule: docs, min: 2 }`, `{ rule: contacts, min: 3 }`,
     * `{ rule: reviewed, days: 90 }`. Defaults: Bronze, Silver, Gold over the default rules.
     * @example
     * levels:
     *   - { id: bronze, label: Bronze, rules: { component: [owner, description] } }
     *   - { id: silver, label: Silver, rules: { component: [oncall, { rule: docs, min: 2 }] } }
     */
    levels: z
      .array(LevelSchema)
      .min(1)
      .superRefine((levels, ctx) => {
        const seen = new Set<string>();
        levels.forEach((l, i) => {
          if (seen.has(l.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `the level id \`${l.id}\` is used twice; each level needs its own id` });
          seen.add(l.id);
        });
      })
      .default(() => DEFAULT_LEVELS.map((l) => ({ ...l, rules: { ...l.rules } })) as z.output<typeof LevelSchema>[]),
    /**
     * How far back the campaigns' and teams' progress charts go: weekly points from the
     * content's git history, at most this many (0 turns the history pass off).
     * @example historyWeeks: 26
     */
    historyWeeks: z.number().int().min(0, 'historyWeeks is 0 (off) or a whole number of weeks').max(104, 'historyWeeks is at most 104 (two years of weekly points)').default(12),
    /**
     * References to entities that are not in the catalog: `error` (the default) fails the
     * build; `warn` publishes anyway, shows them as "not in the catalog" and lists them
     * on /health/ (owners synced from an identity provider, people who left).
     * @example onBrokenRefs: warn
     */
    onBrokenRefs: z.enum(REF_POLICIES).default('error'),
    /**
     * Catalog descriptors that fail validation (a name over 63 characters, a missing
     * field, a file that does not parse): `error` (the default) fails the build; `skip`
     * leaves each such entity out, as Backstage does, reports it as a warning at its
     * file:line and lists it on /health/ under "not published". References to it are
     * references to an entity that is not in the catalog (see onBrokenRefs).
     * @example onInvalidEntities: skip
     */
    onInvalidEntities: z.enum(INVALID_ENTITY_POLICIES).default('error'),
    /**
     * What the catalog's tiers (annotation `wayfinder.dev/tier`, 1 to 3) mean here: a word
     * per tier shown beside it, and the page that explains them (a site path or a URL).
     * Without it an entity page shows the bare tier and links nowhere.
     * @example
     * serviceTiers:
     *   labels: { 1: critical }
     *   doc: /docs/reference/service-tiers/
     */
    serviceTiers: TiersSchema.default({ labels: {} }),
    /**
     * The site's identity (title, public URL, base path, logo, edit and issue links): the
     * content names its site, not astro.config.mjs. WAYFINDER_SITE and WAYFINDER_BASE
     * override `url` and `base` for one build (previews).
     * @example
     * site:
     *   title: Acme Handbook
     *   url: https://handbook.acme.example
     */
    site: SiteSchema.default({}),
    /**
     * Features to turn off (each on by default): `maps`, `diagrams` and `twins`. Off
     * removes the feature's work from the build and every link to what it would write.
     * @example
     * features:
     *   maps: false
     *   twins: false
     */
    features: FeaturesSchema.default({ maps: true, diagrams: true, twins: true, history: true }),
  })
  .strict();

export type PolicyInput = z.input<typeof PolicySchema>;
export type Policy = z.output<typeof PolicySchema>;

/** The names of the policy fields, for "did you mean" and for astro.config.mjs's error. */
export const POLICY_KEYS: readonly string[] = Object.keys(PolicySchema.shape);

/** How to write each field, for hints. */
const EXAMPLES: Record<string, string> = {
  stages: 'a list of { id, label, meaning, slo, support, badge, lifecycles }; see /docs/wayfinder/lifecycle/',
  reviewEvery: 'e.g. reviewEvery: 180',
  reportUrl: 'e.g. reportUrl: https://github.example/handbook/issues/new?title={title}&body={url}',
  catalogChanges: 'write true or false',
  healthRules: `e.g. healthRules: { component: [owner, runbook] }; rules are ${RULE_IDS.join(', ')}`,
  levels: `a list of { id, label, description, rules: { <kind>: [rule, { rule: docs, min: 2 }] } }; rules are ${RULE_IDS.join(', ')}; see /docs/wayfinder/policy/`,
  historyWeeks: 'e.g. historyWeeks: 12 (0 turns it off)',
  onBrokenRefs: 'write error (the default) or warn',
  onInvalidEntities: 'write error (the default) or skip',
  serviceTiers: 'e.g. serviceTiers: { labels: { 1: critical }, doc: /docs/reference/service-tiers/ }',
  site: 'e.g. site: { title: Acme Handbook, url: https://handbook.acme.example }; the fields are title, description, url, base, logo, editLink, issues',
  features: `e.g. features: { maps: false }; each of ${Object.keys(FeaturesSchema.shape).join(', ')} is true (the default) or false`,
};

/** The maturity levels a policy sets, with `healthRules` applied (the one list pages, the CLI and campaigns use). */
export function policyLevels(policy: Pick<Policy, 'levels' | 'healthRules'>): Level[] {
  return applyHealthRules(policy.levels as Level[], policy.healthRules);
}

/** The default policy: what applies without a wayfinder.yaml. */
export function defaultPolicy(): Policy {
  return PolicySchema.parse({});
}

/** The policy of a content folder and any problems with its file. */
export interface PolicyResult {
  policy: Policy;
  /** Where the policy came from (display path), or undefined when the defaults apply. */
  file?: string;
  diagnostics: Diagnostic[];
}

/** Reads `wayfinder.yaml` at the root of the content folder; without it, the defaults apply. */
export function readPolicy(paths: ContentPaths): PolicyResult {
  const abs = path.join(paths.root, POLICY_FILE);
  if (!fs.existsSync(abs)) return { policy: defaultPolicy(), diagnostics: [] };
  const display = displayPath(paths, abs);
  // Read like every content file: UTF-8 only, size-limited, problems as diagnostics.
  const read = readContentText(abs, display);
  if (!read.ok) return { policy: defaultPolicy(), file: display, diagnostics: [read.diagnostic] };
  return checkPolicyText(read.text, display, abs);
}

/** Validates the text of a policy file; problems point at its line and column. */
export function checkPolicyText(text: string, display = POLICY_FILE, abs = path.resolve(display)): PolicyResult {
  const { file, diagnostics } = parseYamlFile(abs, display, text, { area: 'policy' });
  if (file.documents.length > 1) {
    const second = file.documents[1] as Document.Parsed;
    diagnostics.push({
      file: display,
      ...positionAt(file, second.range?.[0] ?? 0),
      severity: 'error',
      code: 'policy/many-documents',
      message: 'the policy file holds more than one YAML document',
      hint: 'keep one map of policies; remove the `---` line',
    });
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { policy: defaultPolicy(), file: display, diagnostics };
  const doc = file.documents[0];
  const value: unknown = doc ? doc.toJS() : null;
  if (value !== null && value !== undefined && !(typeof value === 'object' && !Array.isArray(value))) {
    diagnostics.push({
      file: display,
      ...positionAt(file, doc?.contents?.range?.[0] ?? 0),
      severity: 'error',
      code: 'policy/not-a-map',
      message: 'the policy file must be a map of policies, e.g. `reviewEvery: 180`',
      hint: `the fields are ${POLICY_KEYS.join(', ')}`,
    });
    return { policy: defaultPolicy(), file: display, diagnostics };
  }
  const result = PolicySchema.safeParse(value ?? {});
  if (result.success) return { policy: result.data, file: display, diagnostics };
  for (const issue of result.error.issues) {
    // Every unknown key is its own problem, at its own line.
    const each = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => ({ ...issue, keys: [k] })) : [issue];
    for (const one of each) diagnostics.push(issueDiagnostic(file, doc, one));
  }
  return { policy: defaultPolicy(), file: display, diagnostics: sortDiagnostics(diagnostics) };
}

/** One zod issue as a diagnostic at the YAML node its path names. */
function issueDiagnostic(file: YamlFile, doc: Document.Parsed | undefined, issue: z.core.$ZodIssue): Diagnostic {
  const keys = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  let node: Node | null = null;
  // The deepest node the path reaches (a missing key points at its map).
  for (let i = keys.length; i >= 0 && !node; i--) {
    const n = i === 0 ? doc?.contents : doc?.getIn(keys.slice(0, i), true);
    if (n && typeof n === 'object' && 'range' in n) node = n as Node;
  }
  const top = typeof keys[0] === 'string' ? keys[0] : undefined;
  const dotted = keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
  const where = keys.length ? `\`${dotted}\`` : 'the policy file';
  let message =
    issue.code === 'invalid_type' && / received undefined$/.test(issue.message)
      ? `required field ${where} is missing`
      : `${where}: ${issue.message.replace(/^Invalid input: /, '')}`;
  let hint = top ? EXAMPLES[top] : undefined;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const map = node;
    if (isMap(map)) {
      const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (pair && isScalar(pair.key)) node = pair.key;
    }
    const known =
      keys.length === 0
        ? POLICY_KEYS
        : keys.length === 2 && top === 'stages'
          ? Object.keys(StageSchema.shape)
          : keys.length === 2 && top === 'levels'
            ? Object.keys(LevelSchema.shape)
            : keys.length === 1 && top === 'site'
              ? Object.keys(SiteSchema.shape)
              : keys.length === 1 && top === 'features'
                ? Object.keys(FeaturesSchema.shape)
                : [];
    message = keys.length ? `${where} has no field \`${key}\`` : `\`${key}\` is not a policy`;
    const near = didYouMean(key, [...known]);
    if (top === 'features' && keys.length === 1) {
      message = `\`${key}\` is not a feature that can be turned off`;
      hint = near ?? `the features are ${known.join(', ')}`;
    } else hint =
      keys.length === 0 && key in SiteSchema.shape
        ? `the site's ${key} goes under site:, e.g. site: { ${key}: ... }`
        : near
        ? near
        : keys.length === 0
          ? `the policies are ${POLICY_KEYS.join(', ')}; the site's title, url and base go under site:`
          : hint;
  }
  const d: Diagnostic = {
    file: file.display,
    ...positionAt(file, node?.range?.[0] ?? 0),
    severity: 'error',
    code: 'policy/invalid',
    message,
  };
  if (hint) d.hint = hint;
  return d;
}
