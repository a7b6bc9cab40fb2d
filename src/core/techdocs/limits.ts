/**
 * The budgets of a TechDocs page (DESIGN principle 12): everything a page can make grow
 * (snippets and includes, nested blocks, highlighted lines, the page itself) stops at a
 * limit, with a warning at the file and line where it was reached. A page gets the same
 * 16 MB as a doc (src/core/content-fs.ts), before and after rendering.
 */
import { MAX_FILE_BYTES } from '../content-fs.ts';

/** The largest page, as Markdown with its snippets included and as HTML. */
export const MAX_PAGE_BYTES = MAX_FILE_BYTES;
/** The most lines a page may have, its includes expanded (Markdown parsing slows down well before 16 MB of short lines). */
export const MAX_PAGE_LINES = 50_000;
/** How deep snippets and includes may include one another. */
export const MAX_INCLUDE_DEPTH = 8;
/** How many snippets and includes one page may include in all. */
export const MAX_INCLUDES = 1_000;
/** How deep blocks (admonitions, tabs, `///` blocks) may nest. */
export const MAX_BLOCK_DEPTH = 24;
/** How deep the page's Markdown (lists, quotes, blocks) may nest once parsed. */
export const MAX_TREE_DEPTH = 200;
/** How many ranges one code block's hl_lines may name. */
export const MAX_HL_RANGES = 1_000;

/** "16 MB" for a byte count. */
export const megabytes = (bytes: number): string => `${Math.round(bytes / 1048576)} MB`;
