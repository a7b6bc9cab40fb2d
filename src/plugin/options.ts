import { z } from 'astro/zod';
import { AstroError } from 'astro/errors';
import { POLICY_FILE, POLICY_KEYS } from '../core/policy.ts';

/**
 * The options of the Wayfinder Starlight plugin, as written in astro.config.mjs: how the
 * site presents the content (its sidebar) and what the site's owner trusts it to read.
 * Content policies (stages, review period,
 * health rules, reference policy, report link) are not options: they live in
 * `wayfinder.yaml` in the content folder, which the build and `npm run check` both read.
 */
export const WayfinderOptionsSchema = z
  .object({
    /**
     * Sidebar labels for folders of content/docs. Folders not named here are title-cased
     * from their name.
     * @example sectionLabels: { 'how-to': 'How-to guides' }
     */
    sectionLabels: z.record(z.string(), z.string()).default({}),
    /**
     * The order of the top-level folders of content/docs in the sidebar. Folders not
     * named here follow, ordered by their docs' `sidebar.order`, then by name.
     * @example sectionOrder: ['tutorials', 'how-to', 'reference']
     */
    sectionOrder: z.array(z.string()).default(['tutorials', 'how-to', 'reference', 'explanation', 'wayfinder']),
    /**
     * A docs folder with more docs of its own than this is not listed in the sidebar
     * (which is written into every page): the sidebar shows one link to a generated
     * index page for the folder (title, description, owner and review state of each doc,
     * paginated, with a filter), and a doc of the folder shows itself under that link.
     * The whole docs sidebar may hold three times this many links (a folder's group counts
     * as five); beyond that, more folders, or whole sections of folders, fold the same way.
     * @example sidebarFolderLimit: 50
     */
    sidebarFolderLimit: z.number().int().positive('sidebarFolderLimit is a positive whole number of docs, e.g. 30').default(30),
    /**
     * Folders outside the content folder that content may read from ($text, $json, $yaml,
     * Location targets, images), absolute or relative to the content folder. None by
     * default: content is untrusted input (see /docs/wayfinder/security-model/). A site
     * setting, not a policy: a content folder must not widen its own reach.
     * @example allowReadsFrom: ['../shared-api-specs']
     */
    allowReadsFrom: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type WayfinderUserOptions = z.input<typeof WayfinderOptionsSchema>;
export type WayfinderOptions = z.output<typeof WayfinderOptionsSchema>;

const DOCS = 'See /docs/wayfinder/adopt-wayfinder/ in the site for the options and their defaults.';

/** Validates the user's options; every problem is one AstroError with a hint, as Starlight reports its own. */
export function parseWayfinderOptions(input: unknown): WayfinderOptions {
  if (input !== undefined && input !== null && (typeof input !== 'object' || Array.isArray(input))) {
    throw new AstroError(
      'Invalid options for the Wayfinder plugin in astro.config.mjs: expected an object.',
      `Call the plugin as wayfinder() or wayfinder({ sectionLabels: { 'how-to': 'How-to guides' } }). ${DOCS}`,
    );
  }
  const given = (input ?? {}) as Record<string, unknown>;
  // Content policies used to be plugin options; say where they went instead of "unknown key".
  const moved = Object.keys(given).filter((k) => POLICY_KEYS.includes(k));
  if (moved.length) {
    const list = moved.map((k) => `\`${k}\``).join(', ');
    throw new AstroError(
      `Invalid options for the Wayfinder plugin in astro.config.mjs: ${list} ${moved.length === 1 ? 'is a content policy, not a site option' : 'are content policies, not site options'}.`,
      `Move ${moved.length === 1 ? 'it' : 'them'} to ${POLICY_FILE} at the root of the content folder (e.g. content/${POLICY_FILE}: \`${moved[0]}: ...\`), ` +
        `so that the build and \`npm run check\` read the same policy. See /docs/wayfinder/policy/ in the site.`,
    );
  }
  const result = WayfinderOptionsSchema.safeParse(given);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : '(options)';
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown option${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `\`${k}\``).join(', ')}`
        : issue.message.replace(/^Invalid input: /, '');
    return `- ${where}: ${message}`;
  });
  throw new AstroError(
    `Invalid options for the Wayfinder plugin in astro.config.mjs:\n${lines.join('\n')}`,
    `The plugin's options are sectionLabels, sectionOrder, sidebarFolderLimit and allowReadsFrom; content policies go in ${POLICY_FILE} in the content folder. ${DOCS}`,
  );
}
