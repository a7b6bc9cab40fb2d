import type { HastPluginDefinition } from 'satteri';
import { scriptUrlProblem } from '../core/safe-url.ts';

/** The URL attributes of the elements Markdown writes. */
const URL_ATTRS: readonly string[] = ['href', 'src', 'action', 'formAction', 'poster', 'cite'];

/**
 * A Sätteri hast plugin with one job: no script URL (javascript:, vbscript:, data: except
 * data:image/ in images) reaches a rendered doc or announcement. `npm run check` and the
 * build already refuse them at file:line:col; this is the second line, for `astro dev`,
 * where a file edited after start-up is not re-checked. Such a URL becomes `#`.
 */
export function safeLinksPlugin(): HastPluginDefinition {
  return {
    name: 'wayfinder-safe-links',
    element: [
      {
        filter: ['a', 'img', 'area', 'form', 'button', 'input', 'video', 'audio', 'source', 'iframe', 'embed', 'object', 'q', 'blockquote'],
        visit(node, ctx) {
          for (const attr of URL_ATTRS) {
            const value = node.properties?.[attr];
            if (typeof value === 'string' && scriptUrlProblem(value, node.tagName === 'img' && attr === 'src')) ctx.setProperty(node, attr, '#');
          }
        },
      },
    ],
  };
}
