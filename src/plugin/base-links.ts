import type { HastPluginDefinition } from 'satteri';

/** Prefixes a root-relative site link (`/docs/x/`) with the base path; leaves others alone. */
export function withBase(href: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  if (!prefix || !href.startsWith('/') || href.startsWith('//')) return href;
  if (href === prefix || href.startsWith(`${prefix}/`)) return href;
  return `${prefix}${href}`;
}

/**
 * A Sätteri hast plugin with one job: when the site is served under a base path (e.g.
 * `/handbook`), make root-relative links written in docs (`[x](/docs/how-to/x/)`)
 * point under it, so the same content works at `/` and at a sub-path.
 */
export function baseLinksPlugin(base: string): HastPluginDefinition {
  return {
    name: 'wayfinder-base-links',
    element: [
      {
        filter: ['a', 'img'],
        visit(node, ctx) {
          for (const attr of ['href', 'src']) {
            const value = node.properties?.[attr];
            if (typeof value === 'string' && withBase(value, base) !== value) ctx.setProperty(node, attr, withBase(value, base));
          }
        },
      },
    ],
  };
}
