/**
 * The one script-URL classifier: does a URL written in content run script (or carry a
 * whole document) when a reader clicks it? `javascript:`, `vbscript:` and `data:` are
 * refused however they are written: any case, with tabs, newlines or control characters
 * inside (browsers drop them), as HTML character references (`&#106;avascript:`,
 * `javascript&colon;`) or percent-encoded. `data:image/...` is allowed as an image source.
 */

/** Named character references that can spell a scheme or hide whitespace in one. */
const NAMED: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  nbsp: ' ',
  amp: '&',
  sol: '/',
  lpar: '(',
  rpar: ')',
  period: '.',
  comma: ',',
};

/** Decodes HTML character references (numeric, with or without `;`, and the few named ones that matter). */
function decodeReferences(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => safeFromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);?/g, (_, dec: string) => safeFromCodePoint(parseInt(dec, 10)))
    .replace(/&([a-z]+);/gi, (m, name: string) => NAMED[name.toLowerCase()] ?? m);
}

function safeFromCodePoint(cp: number): string {
  return Number.isInteger(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
}

function percentDecode(s: string): string {
  return s.replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The URL's scheme as a browser would read it after every decoding, lower-case, or '' when it has none. */
export function effectiveScheme(url: string): string {
  let s = url;
  for (let i = 0; i < 3; i++) {
    const next = percentDecode(decodeReferences(s));
    if (next === s) break;
    s = next;
  }
  // Browsers strip leading C0 controls and spaces and ignore tabs and newlines anywhere.
  // eslint-disable-next-line no-control-regex
  s = s.replace(/[\u0000-\u0020\u007f-\u00a0\u200b\u2028\u2029\ufeff]/g, '');
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(s);
  return m ? (m[1] as string).toLowerCase() : '';
}

/** Schemes that run script or carry a whole document. */
export const SCRIPT_SCHEMES: readonly string[] = ['javascript', 'vbscript', 'data'];

/**
 * Why `url` may not appear in the output, or undefined when it may. `image` allows
 * `data:image/...` (an image's bytes, which browsers never run as script).
 */
export function scriptUrlProblem(url: string, image = false): string | undefined {
  const scheme = effectiveScheme(url);
  if (!SCRIPT_SCHEMES.includes(scheme)) return undefined;
  if (scheme === 'data' && image) {
    const rest = url.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
    if (/^data:image\//.test(rest)) return undefined;
  }
  const shown = url.length > 60 ? `${url.slice(0, 57)}...` : url;
  return `"${shown.replace(/[\r\n\t]/g, ' ')}" is a ${scheme}: URL, which ${scheme === 'data' ? 'carries a whole document (it can run script)' : 'runs script'} in the reader's browser`;
}

/** The hint every script-URL diagnostic carries. */
export const SCRIPT_URL_HINT =
  'link to an http(s) page or a path in the site instead; Wayfinder refuses javascript:, vbscript: and data: URLs (data:image/ only as an image)';

/** True when `url` is a path relative to the file it is written in (no scheme, not root-relative, not a fragment). */
export function isRelativeFileRef(url: string): boolean {
  const u = url.trim();
  return u !== '' && !u.startsWith('#') && !u.startsWith('/') && !u.startsWith('?') && effectiveScheme(u) === '' && !/^[a-z][a-z0-9+.-]*:/i.test(u);
}

/**
 * True when a browser reads `url` as another site's address (protocol-relative) although it
 * looks like a path: `//evil.example`, and also `/\evil.example` and `/<tab>/evil.example`,
 * since browsers read a backslash as a slash and drop tabs and line breaks.
 */
export function isProtocolRelative(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^[/\\]{2}/.test(url.replace(/[\u0000-\u001f\u007f]/g, '').trimStart());
}

/**
 * Why `value` is not a path in this site (`/docs/how-to/x/`), or undefined when it is: it
 * must start with one `/`, and hold no backslash, space or control character, which
 * browsers normalise into a link to another site (`/\evil.example` is `//evil.example`).
 */
export function sitePathProblem(value: string): string | undefined {
  if (!value.startsWith('/')) return 'it does not start with /';
  if (isProtocolRelative(value)) return 'browsers read it as the address of another site (it starts with // or its like)';
  // eslint-disable-next-line no-control-regex
  if (/[\\\s\u0000-\u001f\u007f-\u009f\u200b\ufeff]/.test(value)) return 'it contains a backslash, a space or a control character, which browsers rewrite';
  return undefined;
}

/** Why `value` is neither a site path nor an http(s) address, or undefined when it is one (campaign `howTo`, the policy's `serviceTiers.doc`). */
export function siteLinkProblem(value: string): string | undefined {
  if (/^https?:\/\//i.test(value)) {
    // eslint-disable-next-line no-control-regex
    return /[\s\u0000-\u001f\u007f]/.test(value) ? 'it contains a space or a control character' : undefined;
  }
  return sitePathProblem(value);
}
