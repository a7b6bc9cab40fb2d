/**
 * Writing Markdown for assistants (the Markdown twins, llms.txt, the MCP server's answers)
 * from content that is untrusted: text from YAML and frontmatter goes in as inert one-line
 * text, and a link is written only when its URL is not a script URL (src/core/safe-url.ts),
 * so a twin never carries a link the HTML page would refuse.
 */
import { scriptUrlProblem } from '../safe-url.ts';

/** Text as one inert line: whitespace collapsed, Markdown and HTML markup escaped. */
export function mdText(text: string | undefined): string {
  return (text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

/** True when `url` may be written as a link (no javascript:, vbscript: or data: URL). */
export function isSafeLink(url: string | undefined): url is string {
  return typeof url === 'string' && url.trim() !== '' && scriptUrlProblem(url) === undefined;
}

/** `[text](url)`, or the text alone when the URL is missing or a script URL. */
export function mdLink(text: string, url: string | undefined): string {
  const label = mdText(text);
  if (!isSafeLink(url)) return label;
  // Angle brackets keep spaces and parentheses in a URL from ending the link.
  const target = /[\s()<>]/.test(url) ? `<${url.replace(/[<>\s]/g, encodeURIComponent)}>` : url;
  return `[${label || mdText(url)}](${target})`;
}

/** A `- **Label:** value` line, or nothing when there is no value. */
export function field(label: string, value: string | undefined): string[] {
  return value ? [`- **${label}:** ${value}`] : [];
}

/** At most `max` items of a list, and a line that says how many were left out. */
export function capped<T>(items: readonly T[], max: number, line: (item: T) => string, more: (left: number) => string): string[] {
  const out = items.slice(0, max).map(line);
  if (items.length > max) out.push(more(items.length - max));
  return out;
}

/** Joins blocks of lines with one blank line between blocks, dropping empty blocks; ends with a newline. */
export function blocks(...parts: (string | string[] | undefined | false)[]): string {
  return (
    parts
      .map((p) => (Array.isArray(p) ? p.join('\n') : p || ''))
      .filter((p) => p.trim() !== '')
      .join('\n\n') + '\n'
  );
}
