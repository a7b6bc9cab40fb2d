/**
 * Stable heading ids for a reference: made from what identifies an operation (method and
 * path, channel, type and field), not from its position, so links keep working when the
 * definition is reordered. Each reference's ids are unique on its page: a repeat gets
 * `-2`, `-3`, in definition order.
 */

/** Lower-case words joined by `-`; `{` `}` and other punctuation dropped (`POST /payments/{id}` → `post-payments-id`). */
export function anchorSlug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9_]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

/** Hands out unique ids within one page. */
export class Anchors {
  private readonly used = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.used.add(r);
  }

  /** A unique id made from `parts` (joined with `-`). */
  take(...parts: string[]): string {
    const base = parts.map(anchorSlug).join('-');
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
