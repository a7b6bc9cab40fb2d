/**
 * Plain Markdown from the HTML Wayfinder itself rendered and sanitised (a TechDocs page's
 * `html`), for that page's twin and for search: headings as `#`, list items as `-`, code
 * blocks fenced, links kept (script URLs dropped), every other tag removed. It reads only
 * our own renderer's output, so a small converter is enough; it is not a general HTML parser.
 */
import { mdLink } from './markdown-out.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Decodes the character references our renderer writes. */
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z0-9]+);/gi, (m, name: string) => {
    if (name[0] === '#') {
      const cp = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? m;
  });
}

/** Markdown of a rendered page's HTML. */
export function htmlToMarkdown(html: string): string {
  const fences: string[] = [];
  let s = html
    // Code blocks first, kept verbatim (their lines inside <span>s).
    .replace(/<pre[^>]*>([\s\S]*?)<\/pre>/gi, (_, code: string) => {
      const text = decode(code.replace(/<\/div>\s*<div[^>]*class="ec-line[^"]*"[^>]*>/gi, '\n').replace(/<[^>]+>/g, ''));
      fences.push('```\n' + text.replace(/\n+$/, '') + '\n```');
      return `\n\n\u0000${fences.length - 1}\u0000\n\n`;
    })
    .replace(/<(script|style|button)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/gi, (_, n: string, t: string) => `\n\n${'#'.repeat(Number(n))} ${t.replace(/<[^>]+>/g, '').trim()}\n\n`)
    .replace(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_, href: string, t: string) => mdLink(decode(t.replace(/<[^>]+>/g, '')), decode(href)))
    .replace(/<li[^>]*>/gi, '\n- ')
    .replace(/<(br)\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|ul|ol|table|tr|blockquote|dl|section|figure|details)>/gi, '\n\n')
    .replace(/<\/(td|th|dt|dd)>/gi, ' ')
    .replace(/<code[^>]*>([\s\S]*?)<\/code>/gi, (_, t: string) => `\`${t}\``)
    .replace(/<[^>]+>/g, '');
  s = decode(s)
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return s.replace(/\u0000(\d+)\u0000/g, (_, i: string) => fences[Number(i)] ?? '');
}
