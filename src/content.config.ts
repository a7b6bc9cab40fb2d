import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { checkOptions, contentPaths, devServer } from 'virtual:wayfinder/config';
import { announcementId, docId } from './core/urls.ts';
import { docFieldsSchema } from './schemas/doc-fields.ts';
import { reusedSchema } from './schemas/reused-schema.ts';
import { catalogLoader } from './loaders/catalog.ts';
import { lifecycleSchema } from './schemas/lifecycle-fields.ts';
import { optionalFolder } from './loaders/optional-folder.ts';
import { mergedLoader } from './loaders/merged.ts';
import { MANUAL_SECTION } from './core/content-dir.ts';

/** The files the docs and lifecycle loaders read (see isDocFileName in core/docs/frontmatter.ts). */
const DOC_PATTERN = '**/[^_]*.{markdown,mdown,mkdn,mkd,mdwn,md,mdx}';

/**
 * Under `astro dev` a Markdown doc is rendered when its page is asked for, not kept rendered
 * in Astro's data store: the store is written whole after every edit and read back by the
 * server before the page shows it, and every doc's HTML made it most of its size (4 of 4.8 MB
 * at 10,000 entities and 500 docs). A build renders them during content sync, as before.
 */
const DEFER_RENDER = { deferRender: devServer };

export const collections = {
  docs: defineCollection({
    // Starlight's docsLoader only reads src/content/docs; Wayfinder reads content/docs
    // (or WAYFINDER_CONTENT/docs) with the same pattern and the same ids, under /docs/.
    // Wayfinder's own manual (manual/, ids under docs/wayfinder/) joins them whatever the
    // content folder is, so an organisation that replaces content/ keeps it.
    loader: mergedLoader('wayfinder-docs', [
      {
        dir: contentPaths.docs,
        loader: optionalFolder(
          contentPaths.docs,
          glob({
            ...DEFER_RENDER,
            base: contentPaths.docs,
            pattern: DOC_PATTERN,
            generateId: ({ entry, data }) => docId(entry, typeof data.slug === 'string' ? data.slug : undefined),
          }),
        ),
      },
      ...(contentPaths.manual
        ? [
            {
              dir: contentPaths.manual,
              loader: glob({
                ...DEFER_RENDER,
                base: contentPaths.manual,
                pattern: DOC_PATTERN,
                generateId: ({ entry, data }) => docId(`${MANUAL_SECTION}/${entry}`, typeof data.slug === 'string' ? data.slug : undefined),
              }),
            },
          ]
        : []),
    ]),
    // One schema per image helper, not one per <StarlightPage> page (see reused-schema.ts).
    schema: reusedSchema(docsSchema({ extend: docFieldsSchema })),
  }),
  // The Backstage catalog, resolved by src/core/catalog: one entry per entity, id = refKey.
  catalog: defineCollection({ loader: catalogLoader(contentPaths, checkOptions) }),
  // Lifecycle announcements: one Markdown/MDX file each; id = the path slugged, as core names it.
  // A content folder without lifecycle/ simply has no announcements.
  lifecycle: defineCollection({
    loader: optionalFolder(
      contentPaths.lifecycle,
      glob({
        base: contentPaths.lifecycle,
        pattern: DOC_PATTERN,
        generateId: ({ entry }) => announcementId(entry),
      }),
    ),
    schema: lifecycleSchema,
  }),
  // UI string overrides (src/content/i18n/en.json), as in any Starlight site.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
