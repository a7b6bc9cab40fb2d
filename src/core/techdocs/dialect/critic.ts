/**
 * pymdownx.critic (CriticMarkup), shown as pymdown's default "view" mode shows it:
 * `{++added++}` as <ins>, `{--removed--}` as <del>, `{~~old~>new~~}` as both,
 * `{==highlighted==}` as <mark> and `{>>comment<<}` as a comment span. Like pymdown it
 * works on the text before Markdown is read (so `~~` inside is not strikethrough); it
 * writes HTML tags that the sanitiser allows, and leaves code spans alone.
 */

const CRITIC = /\{\+\+([\s\S]*?)\+\+\}|\{--([\s\S]*?)--\}|\{~~([\s\S]*?)~>([\s\S]*?)~~\}|\{==([\s\S]*?)==\}|\{>>([\s\S]*?)<<\}/g;

/** `line` with its CriticMarkup as HTML; code spans are kept as written. */
export function criticToHtml(line: string): string {
  if (!line.includes('{')) return line;
  // Split out code spans (`…`), which keep their text.
  return line
    .split(/(`+[^`]*`+)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(CRITIC, (_m, ins?: string, del?: string, from?: string, to?: string, mark?: string, comment?: string) => {
            if (ins !== undefined) return `<ins class="critic">${ins}</ins>`;
            if (del !== undefined) return `<del class="critic">${del}</del>`;
            if (from !== undefined) return `<del class="critic">${from}</del><ins class="critic">${to ?? ''}</ins>`;
            if (mark !== undefined) return `<mark class="critic">${mark}</mark>`;
            return `<span class="critic comment">${comment ?? ''}</span>`;
          }),
    )
    .join('');
}
