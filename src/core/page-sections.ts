/**
 * A page's sections in one list: each section's id, its heading and whether the page
 * shows it. The page (and the components it passes a section to) write each `<h2>` from
 * this list, and Starlight's table of contents is built from the same list, so the two
 * cannot drift apart (a section with no entry in "On this page", or an entry with no
 * section).
 */

/** One section of a page. */
export interface SectionSpec<Id extends string = string> {
  /** The heading's HTML id (the `#fragment` of the table of contents). */
  id: Id;
  /** The section's `<h2>` text. */
  heading: string;
  /** A shorter label for the table of contents, when the heading is long; defaults to `heading`. */
  toc?: string;
  /** Whether the page shows the section; defaults to true. */
  shown?: boolean;
  /** Headings inside the section that the table of contents lists after it (e.g. a rendered guide's own). */
  subheadings?: readonly TocHeading[];
}

/** A heading as Starlight's `headings` prop (the table of contents) takes it. */
export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

/** A page's sections, read by id. */
export interface PageSections<Id extends string> {
  /** Whether the page shows the section. */
  has(id: Id): boolean;
  /** The section's id and heading, for a `<h2>` (or a component that writes one). */
  section(id: Id): { id: Id; heading: string };
  /** Starlight's `headings`: every shown section, in order, at depth 2, each followed by its subheadings. */
  toc: TocHeading[];
}

/** Builds a page's sections from one ordered list; ids must be unique. */
export function pageSections<const Id extends string>(specs: readonly SectionSpec<Id>[]): PageSections<Id> {
  const byId = new Map<Id, SectionSpec<Id>>();
  for (const s of specs) {
    if (byId.has(s.id)) throw new Error(`Two sections of one page have the id "${s.id}"; give each section its own id.`);
    byId.set(s.id, s);
  }
  const get = (id: Id): SectionSpec<Id> => {
    const s = byId.get(id);
    if (!s) throw new Error(`The page has no section "${id}"; add it to the page's list of sections.`);
    return s;
  };
  return {
    has: (id) => get(id).shown !== false,
    section: (id) => ({ id, heading: get(id).heading }),
    toc: specs.filter((s) => s.shown !== false).flatMap((s) => [{ depth: 2, slug: s.id, text: s.toc ?? s.heading }, ...(s.subheadings ?? [])]),
  };
}
