/**
 * The marker comments the preprocessor writes around a block's body (an admonition, a tab,
 * a "Not rendered" box), which render.ts groups into one node. They are HTML comments, so
 * remark keeps them as they are, and JSON inside, with `>` and `-` escaped so that no
 * title can end the comment.
 */

/** A source line: its text and where it was written (file shown in diagnostics, 1-based line). */
export interface SourceLine {
  text: string;
  file: string;
  line: number;
}

/** What a marker carries: the block's kind (`t`) and its options. */
export type MarkerPayload = Record<string, string | boolean>;

/** The marker comment that opens a container. */
export function openMarker(payload: MarkerPayload): string {
  return `<!--wf:open ${JSON.stringify(payload).replace(/>/g, '\\u003e').replace(/-/g, '\\u002d')}-->`;
}
/** The marker comment that closes the innermost open container. */
export const CLOSE_MARKER = '<!--wf:close-->';

const blank = (l: SourceLine): boolean => l.text.trim() === '';

/** `body` wrapped in a container's markers, every line indented by `indent`, all attributed to `at` but the body's own lines. */
export function wrapLines(indent: string, payload: MarkerPayload, body: readonly SourceLine[], at: SourceLine): SourceLine[] {
  const mk = (text: string): SourceLine => ({ text, file: at.file, line: at.line });
  const out: SourceLine[] = [mk(''), mk(indent + openMarker(payload)), mk('')];
  for (const l of body) out.push({ ...l, text: blank(l) ? '' : indent + l.text });
  out.push(mk(''), mk(indent + CLOSE_MARKER), mk(''));
  return out;
}
