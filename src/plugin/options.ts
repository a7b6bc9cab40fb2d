import { z } from 'astro/zod';
import { BADGE_VARIANTS, DEFAULT_STAGES, stagesProblems } from '../core/lifecycle/stages.ts';
import { DEFAULT_HEALTH_RULES, RULE_IDS } from '../core/health/rules.ts';
import { DEFAULT_REVIEW_EVERY } from '../core/health/report.ts';

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

/** The options of the Wayfinder Starlight plugin, as written in astro.config.mjs. */
export const WayfinderOptionsSchema = z
  .object({
    /**
     * Sidebar labels for folders of content/docs, e.g. `{ 'how-to': 'How-to guides' }`.
     * Folders not named here are title-cased from their name.
     */
    sectionLabels: z.record(z.string(), z.string()).default({}),
    /**
     * The order of the top-level folders of content/docs in the sidebar. Folders not
     * named here follow, ordered by their docs' `sidebar.order`, then by name.
     */
    sectionOrder: z.array(z.string()).default(['tutorials', 'how-to', 'reference', 'explanation', 'wayfinder']),
    /**
     * A docs folder with more docs of its own than this is not listed in the sidebar
     * (which is written into every page): the sidebar shows one link to a generated
     * index page for the folder (title, description, owner and review state of each doc,
     * paginated, with a filter), and a doc of the folder shows itself under that link.
     * @example 50
     */
    sidebarFolderLimit: z.number().int().positive('sidebarFolderLimit is a positive whole number of docs, e.g. 30').default(30),
    /**
     * Maturity stages, in order: label, meaning, SLO, support tier and badge. A catalog
     * `spec.lifecycle` maps to the stage with that id or listing it in `lifecycles`.
     * The lifecycle rules use the ids `production`, `deprecated` and `retired`.
     */
    stages: z
      .array(StageSchema)
      .min(1)
      .superRefine((stages, ctx) => {
        for (const message of stagesProblems(stages)) ctx.addIssue({ code: 'custom', message });
      })
      .default(DEFAULT_STAGES.map((s) => ({ ...s, lifecycles: [...s.lifecycles] }))),
    /** Days a doc review stays valid when the doc sets no `reviewEvery`. */
    reviewEvery: z.number().int().positive('reviewEvery is a positive whole number of days, e.g. 180').default(DEFAULT_REVIEW_EVERY),
    /**
     * "Report a problem" link on stale docs: a URL template where {title}, {url}, {path}
     * and {owner} are replaced (URL-encoded), e.g.
     * `https://github.example/handbook/issues/new?title={title}&body={url}`.
     */
    reportUrl: z
      .string()
      .regex(/^(https?:|mailto:)/, 'reportUrl must start with https://, http:// or mailto:')
      .optional(),
    /** Flag docs whose catalog entities changed (git history) after their review. */
    catalogChanges: z.boolean().default(true),
    /**
     * Completeness rules per kind (lower-case), e.g. `{ component: ['owner', 'runbook'] }`.
     * A kind set here replaces its default list; `[]` turns a kind off.
     */
    healthRules: z
      .partialRecord(z.enum(['component', 'api', 'system', 'domain', 'group', 'user', 'resource']), z.array(z.enum(RULE_IDS)))
      .default({})
      .transform((r) => ({ ...DEFAULT_HEALTH_RULES, ...r })),
    /**
     * Folders outside the content folder that content may read from ($text, $json, $yaml,
     * Location targets, images), absolute or relative to the content folder. None by
     * default: content is untrusted input (see /docs/wayfinder/security-model/).
     * @example ['../shared-api-specs']
     */
    allowReadsFrom: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type WayfinderUserOptions = z.input<typeof WayfinderOptionsSchema>;
export type WayfinderOptions = z.output<typeof WayfinderOptionsSchema>;

/** Validates the user's options, throwing one readable message that lists every problem. */
export function parseWayfinderOptions(input: unknown): WayfinderOptions {
  const result = WayfinderOptionsSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : '(options)';
    return `  - ${where}: ${issue.message}`;
  });
  throw new Error(
    `Invalid options for the Wayfinder plugin in astro.config.mjs:\n${lines.join('\n')}\n` +
      `See /docs/wayfinder/adopt-wayfinder/ in the site for the options and their defaults.`,
  );
}
