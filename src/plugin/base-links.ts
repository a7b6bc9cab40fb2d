import type { HastPluginDefinition } from 'satteri';
import { withBase } from '../core/urls.ts';

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
