/**
 * A built site works offline, so no page may load an image (or any resource) from another
 * host. Descriptions written for a hosted portal do (GitHub's pull emoji from its CDN):
 * an emoji image whose URL names its code point is inlined as the character itself, and
 * every other remote resource is dropped, leaving its alt text. One definition of "remote"
 * and of the emoji rule, used by the renderer (which removes them) and by the API loader
 * (which warns at the file:line that wrote them).
 */

/** `http:`, `https:` or protocol-relative `//host`: a URL that leaves the site. */
export function isRemoteUrl(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim());
}

/** The emoji an image URL stands for, when its file is named by code points (`…/emoji/unicode/1f353.png` → 🍓). */
export function emojiOfUrl(url: string): string | undefined {
  const m = /\/(?:emoji|emojis)\/(?:unicode\/)?([0-9a-f]{4,6}(?:-[0-9a-f]{4,6})*)\.(?:png|svg|gif)(?:[?#].*)?$/i.exec(url);
  if (!m) return undefined;
  const points = (m[1] as string).split('-').map((h) => Number.parseInt(h, 16));
  return points.every((p) => p > 0 && p <= 0x10ffff) ? String.fromCodePoint(...points) : undefined;
}

/** The remote resource URLs a Markdown or HTML text loads (`![](https://…)`, `<img src="https://…">`, `<video>`, `<source>`, …). */
export function remoteResourcesIn(text: string): string[] {
  if (!text.includes('//')) return [];
  const found: string[] = [];
  for (const m of text.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)/g)) if (isRemoteUrl(m[1] as string)) found.push(m[1] as string);
  for (const m of text.matchAll(/<(?:img|video|audio|source|track|iframe|embed|object|image|input)\b[^>]*?\s(?:src|srcset|poster|data|href)\s*=\s*["']?([^"'\s>]+)/gi)) if (isRemoteUrl(m[1] as string)) found.push(m[1] as string);
  return found;
}
