/**
 * Which files of a docs folder are served beside the pages. They are served from the
 * site's own origin, so only what a docs page needs and what cannot run script there:
 * raster images, SVG after sanitising (svg.ts), documents and media a page links to.
 * HTML, XML, scripts and anything else are not served, with a warning at the file.
 */
import type { Diagnostic } from '../model/diagnostics.ts';
import { readContentText } from '../content-fs.ts';
import { sanitiseSvg } from './svg.ts';

/** Files served as they are: browsers never run them as a page of the site. */
const AS_IS = /\.(png|jpe?g|gif|webp|avif|bmp|ico|pdf|txt|csv|tsv|json|ya?ml|zip|gz|tgz|tar|mp4|webm|mov|mp3|ogg|wav|woff2?)$/i;

/** Whether (and what) to serve for one file of a docs folder. */
export function assetPolicy(file: string, abs: string, display: string): { serve: boolean; body?: string; diagnostics: Diagnostic[] } {
  const warn = (message: string, hint: string): Diagnostic => ({ file: display, line: 0, column: 0, severity: 'warning', code: 'techdocs/asset-not-served', message, hint });
  if (AS_IS.test(file)) return { serve: true, diagnostics: [] };
  if (/\.svg$/i.test(file)) {
    const read = readContentText(abs, display);
    if (!read.ok) return { serve: false, diagnostics: [read.diagnostic] };
    const clean = sanitiseSvg(read.text);
    if (!clean) return { serve: false, diagnostics: [warn('this .svg file has no <svg> element, so it is not served', 'save it as an SVG image')] };
    const diagnostics: Diagnostic[] = [];
    if (clean.removed.length > 0) {
      diagnostics.push({
        file: display,
        line: 0,
        column: 0,
        severity: 'warning',
        code: 'techdocs/svg-sanitised',
        message: `this SVG is served without ${clean.removed.join(', ')}: an SVG is served from the site's own origin, where they could run script or load other sites`,
        hint: 'draw with shapes, text and gradients only; link from the page, not from inside the image',
      });
    }
    return { serve: true, body: clean.svg, diagnostics };
  }
  const kind = /\.(x?html?|xht|shtml|xml|xsl|xslt)$/i.test(file) ? 'a web page, which would run its scripts on the site' : /\.(m?js|cjs|wasm|swf)$/i.test(file) ? 'a script' : 'not an image, document or media file a docs page needs';
  return { serve: false, diagnostics: [warn(`this file is ${kind}, so it is not served with the docs`, 'write the page in Markdown, or link to where the file is published')] };
}
