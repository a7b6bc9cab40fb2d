/**
 * Content quoted by outputs that other programs interpret: the pull-request comment
 * (GitHub-flavoured Markdown), GitHub Actions workflow commands, and terminal/CI log lines
 * (which the Actions runner also scans for `::command::` at the start of a line). What
 * comes from content is always one line of inert text there: it can add no block, heading,
 * HTML, link, mention or workflow command of its own. One home for these rules (#24).
 */
import { escapeHtml } from './names.ts';

const ZWSP = '\u200b';

/**
 * Every line break and control character that a reader or parser may treat as one
 * (CR, LF, NEL U+0085, LINE/PARAGRAPH SEPARATOR U+2028/9, the other C0 and C1 controls,
 * DEL), a run of them becoming one space.
 */
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** The text on one line: every line break and control character (a run of them) becomes one space. */
export function oneLine(text: string): string {
  return text.replace(BREAKS, ' ');
}

/**
 * Text for a log line that GitHub Actions reads (`--format text`, the review's summary
 * line): one line, and never `::` or `##[` (a workflow command) wherever it lands, nor a
 * colon at either end that could make `::` with the text around it.
 */
export function plainText(text: string): string {
  return oneLine(text)
    .replace(/:(?=:)/g, `:${ZWSP}`)
    .replace(/^(\s*):/, `$1${ZWSP}:`)
    .replace(/:(\s*)$/, `:${ZWSP}$1`)
    .replace(/#(?=#)/g, `#${ZWSP}`);
}

/**
 * Markdown punctuation that can start or end inline markup (emphasis, code, links, math,
 * tables, strikethrough); `<>&"'` become entities. Content is never at the start of a line
 * in a comment, so the block markers that only count there (`-`, `+`, `1.`, `>`) stay.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#!|~$^]/g;

/**
 * Text from content made inert in GitHub-flavoured Markdown prose: one trimmed line, markup
 * characters backslash-escaped, HTML as entities, and a zero-width space where GitHub would
 * make a link of its own (it autolinks after the Markdown is parsed, so escapes do not
 * stop it): after `@` (mentions, e-mail addresses), inside `://` and `www.`, after `#`
 * before a digit (issue references).
 */
export function escapeMarkdown(text: string): string {
  // Trimmed: `**name**` is bold only when the name neither starts nor ends with a space.
  const escaped = oneLine(text)
    .trim()
    .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`);
  return escapeHtml(escaped)
    .replace(/@/g, `@${ZWSP}`)
    .replace(/:(?=\/\/)/g, `:${ZWSP}`)
    .replace(/(www)\./gi, `$1${ZWSP}.`);
}

/**
 * Text from content as a Markdown code span: one line, between backtick fences longer
 * than any run of backticks inside it, so nothing in it can close the span.
 */
export function codeSpan(text: string): string {
  const inner = oneLine(text);
  const longest = Math.max(0, ...(inner.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A span that starts or ends with a backtick (or is empty or all spaces) needs a space inside each fence.
  const pad = inner.startsWith('`') || inner.endsWith('`') || inner.trim() === '' ? ' ' : '';
  return `${fence}${pad}${inner}${pad}${fence}`;
}

/** A GitHub workflow command's message, escaped as GitHub's toolkit does (`%`, CR, LF). */
export function githubMessage(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A GitHub workflow command's property value (`file=`, `title=`): the message escapes, plus `:` and `,`. */
export function githubProperty(text: string): string {
  return githubMessage(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * A copy of plain data (JSON-like: objects, arrays, strings) with `fn` applied to every
 * string in it, keys excepted: the review's formatters pass the whole change set through
 * it, so no field from content, today's or a future one, reaches them unprocessed.
 */
export function mapStrings<T>(value: T, fn: (s: string) => string): T {
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, fn)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapStrings(v, fn);
    return out as T;
  }
  return value;
}

/**
 * A `data-pagefind-filter` value, `key:value` on one line. Pagefind decodes character
 * references in the attribute once more, and its UI writes filter labels as HTML: so the
 * value is escaped twice here (Astro escapes the attribute once more), Pagefind stores it
 * escaped, and the search box shows `<img onerror=…>` as the text it is.
 */
export function pagefindFilter([key, value]: readonly [string, string]): string {
  return `${key}:${escapeHtml(escapeHtml(searchLine(value)))}`;
}

/**
 * A `data-pagefind-meta` value, `key:value` on one line. Pagefind stores metadata as it is
 * (it does not decode it again) and its UI shows it (the result title) as text, so the
 * text goes in as it is: escaping it would show `&lt;` to the reader.
 */
export function pagefindMeta([key, value]: readonly [string, string]): string {
  return `${key}:${searchLine(value)}`;
}

/** Text for the search index: one line, spaces collapsed. */
function searchLine(value: string): string {
  return oneLine(value).replace(/\s+/g, ' ').trim();
}
