/**
 * URL checks for values that end up in an `href` or `src`: only http, https, mailto and
 * tel get through, so `javascript:` (and friends) can never reach a page.
 */

/** Schemes allowed in links, chat, on-call and escalation URLs. */
export const LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];
/** Schemes allowed for images (profile pictures). */
export const IMAGE_SCHEMES: readonly string[] = ['http', 'https'];

/** Why `url` may not be used as a link with `schemes`, or undefined when it may. */
export function urlProblem(url: string, schemes: readonly string[] = LINK_SCHEMES): string | undefined {
  // Browsers ignore tabs and newlines inside a URL, so "java\tscript:" is javascript:.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(url)) return 'it contains control characters or line breaks';
  const trimmed = url.trim();
  if (!trimmed) return 'it is empty';
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(trimmed);
  if (!m) return 'it has no scheme (write the full URL, e.g. https://...)';
  const scheme = (m[1] ?? '').toLowerCase();
  if (!schemes.includes(scheme)) {
    return `its scheme "${scheme}:" is not allowed (use ${schemes.map((s) => `${s}:`).join(', ')})`;
  }
  if ((scheme === 'http' || scheme === 'https') && !/^https?:\/\/[^/\s]+/i.test(trimmed)) {
    return 'it has no host (write e.g. https://example.com/page)';
  }
  return undefined;
}

/** True when `text` looks like a remote URL (`scheme://...`) rather than a local path. */
export function isRemoteUrl(text: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(text.trim());
}
