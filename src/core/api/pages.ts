/**
 * Where a reference's parts are published. A small reference is drawn whole on its API's
 * page. A large one (Stripe's 468 operations were a 121 MB page) is split: the API's page
 * keeps an overview (what it is, its servers, a table of its sections), and each section
 * gets a page of its own: the operations of one tag, cut into parts when a tag alone is
 * too heavy, then the named schemas (or GraphQL types), a few per page, each rendered once.
 * Pages are filled by weight (the size of the model they draw, which the HTML follows),
 * not by count, so no page grows past its budget whatever the definition looks like.
 * Every anchor keeps its id and is told which page holds it, so the API page's old links
 * (`#post-v1-customers`) are sent on to the right page.
 */
import { Anchors, anchorSlug } from './anchors.ts';
import type { ApiGroup, ApiOperation, ApiReference, ApiType } from './model.ts';

/** Weights (characters of the model's JSON) that decide the split; the page HTML is about 3–5 times the weight. */
export interface PageBudget {
  /** A reference lighter than this is drawn whole on the API's page. */
  wholeUpTo: number;
  /** Each section page holds at most this much (one item heavier than it gets a page alone). */
  perPage: number;
}

/** The budget the site uses: an API page with up to ~100 operations, section pages of ~400 KB. */
export const PAGE_BUDGET: PageBudget = { wholeUpTo: 100_000, perPage: 200_000 };

/** One page of a split reference. */
export interface ReferencePage {
  /** Its path segment under the API's `reference/` (`customers`, `repos-2`, `schemas-3`). */
  slug: string;
  /** Its title, for people: `customers`, `repos (2 of 3)`, `Schemas: account – bank_account`. */
  title: string;
  /** The operations it holds, with the groups (tags) they belong to. */
  groups: ApiGroup[];
  /** The named types it holds. */
  types: ApiType[];
  /** How many operations it holds. */
  operationCount: number;
}

/** How a reference is published. */
export interface ReferencePlan {
  /** False: everything on the API's page (pages is empty). */
  split: boolean;
  pages: ReferencePage[];
  /** The page slug of every operation, group and type anchor (GraphQL field anchors go with their type's page). */
  pageOf: Map<string, string>;
}

// `at` (where a part is written, for the change review's API diff) is not drawn, so it does not weigh.
export const weightOf = (v: unknown): number => JSON.stringify(v, (k, x: unknown) => (k === 'at' ? undefined : x))?.length ?? 0;

/** Cuts `items` into runs whose weights add up to at most `budget` (an item heavier than it runs alone). */
function pack<T>(items: readonly T[], budget: number): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  let weight = 0;
  for (const item of items) {
    const w = weightOf(item);
    if (run.length > 0 && weight + w > budget) {
      runs.push(run);
      run = [];
      weight = 0;
    }
    run.push(item);
    weight += w;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Decides which page holds what (pure: the same reference gives the same pages). */
export function planReferencePages(ref: ApiReference, budget: PageBudget = PAGE_BUDGET): ReferencePlan {
  const pageOf = new Map<string, string>();
  if (ref.error || weightOf(ref.groups) + weightOf(ref.types) <= budget.wholeUpTo) return { split: false, pages: [], pageOf };
  const slugs = new Anchors();
  const pages: ReferencePage[] = [];
  for (const group of ref.groups) {
    const runs = pack(group.operations, budget.perPage);
    runs.forEach((ops, i) => {
      const slug = slugs.take(anchorSlug(group.name));
      const part: ApiGroup = { ...group, operations: ops };
      pages.push({ slug, title: runs.length === 1 ? group.name : `${group.name} (${i + 1} of ${runs.length})`, groups: [part], types: [], operationCount: ops.length });
    });
  }
  const typesLabel = ref.format === 'graphql' ? 'Types' : 'Schemas';
  // Alphabetical, so a page's title ("Schemas: account – balance") says what it holds.
  const sorted = [...ref.types].sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0));
  const typeRuns = pack(sorted, budget.perPage);
  typeRuns.forEach((types, i) => {
    const slug = slugs.take(anchorSlug(typesLabel));
    const first = types[0]?.name ?? '';
    const last = types[types.length - 1]?.name ?? '';
    pages.push({ slug, title: typeRuns.length === 1 ? typesLabel : `${typesLabel}: ${first === last ? first : `${first} – ${last}`}`, groups: [], types, operationCount: 0 });
  });
  for (const page of pages) {
    for (const g of page.groups) {
      if (!pageOf.has(g.anchor)) pageOf.set(g.anchor, page.slug);
      for (const op of g.operations) pageOf.set(op.anchor, page.slug);
    }
    for (const t of page.types) pageOf.set(t.anchor, page.slug);
  }
  return { split: true, pages, pageOf };
}

/** The operations of a list of groups, in order. */
export function operationsOf(groups: readonly ApiGroup[]): ApiOperation[] {
  return groups.flatMap((g) => g.operations);
}

/**
 * The anchor map a split reference's API page ships: page slugs, and for each anchor the
 * index of its page. GraphQL field anchors (`field-<type>-<field>`) are not listed: the
 * browser sends them to the page of their type (`type-<type>`).
 */
export function anchorMap(plan: ReferencePlan): { pages: string[]; anchors: Record<string, number> } {
  const pages = plan.pages.map((p) => p.slug);
  const index = new Map(pages.map((s, i) => [s, i]));
  const anchors: Record<string, number> = {};
  for (const [anchor, slug] of plan.pageOf) anchors[anchor] = index.get(slug) as number;
  return { pages, anchors };
}
