/**
 * Starlight's `<StarlightPage>` asks the docs collection's schema factory for a new zod schema on
 * every page it renders, then validates the page's frontmatter with it. Building Starlight's
 * frontmatter schema and compiling zod's parser for it each time was about 12% of the CPU of a
 * 10,000-entity build (Wayfinder renders every entity, team and list page through
 * `<StarlightPage>`). For those pages the factory's answer is always the same: the `image` helper
 * `<StarlightPage>` passes only checks that a value is an imported image. So that schema is built
 * once and reused. Content entries are not cached: Astro's `image` helper for an entry resolves
 * image paths relative to that entry's file, so each entry needs its own.
 */

/** The context Astro and Starlight pass to a collection's schema factory. */
interface SchemaContext {
  image: (...args: never[]) => unknown;
}

/** What only the `image` helper of Starlight's `<StarlightPage>` says (its error message). */
export const STARLIGHT_PAGE_IMAGE_MARK = 'passed to `<StarlightPage>`';

/** Wraps a schema factory so that every `<StarlightPage>` page shares one schema; other callers get a new one each time. */
export function reusedSchema<Context extends SchemaContext, Schema>(factory: (context: Context) => Schema): (context: Context) => Schema {
  let forStarlightPage: Schema | undefined;
  return (context) => {
    if (!String(context.image).includes(STARLIGHT_PAGE_IMAGE_MARK)) return factory(context);
    forStarlightPage ??= factory(context);
    return forStarlightPage;
  };
}
