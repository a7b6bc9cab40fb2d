import { z } from 'astro/zod';

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
