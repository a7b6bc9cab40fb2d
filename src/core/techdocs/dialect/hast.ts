/**
 * The few hast helpers the dialect's inline steps share: make an element or a text node,
 * and replace the matches of a pattern in a list of sibling text nodes.
 */

/** The parts of a hast node the dialect reads and writes. */
export interface HNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HNode[];
  position?: { start: { line: number; column: number } };
}

/** An element. */
export const el = (tagName: string, properties: Record<string, unknown>, children: HNode[]): HNode => ({ type: 'element', tagName, properties, children });
/** A text node. */
export const txt = (value: string): HNode => ({ type: 'text', value });

/**
 * `kids` with every match of `pattern` (global) in its text nodes replaced by what `make`
 * returns for it (undefined keeps the match as text). Text around matches keeps the
 * node's position, so warnings still point at the line.
 */
export function replaceInText(kids: readonly HNode[], pattern: RegExp, make: (m: RegExpExecArray, node: HNode) => HNode[] | undefined): HNode[] {
  const out: HNode[] = [];
  for (const node of kids) {
    if (node.type !== 'text' || !node.value) {
      out.push(node);
      continue;
    }
    const value = node.value;
    pattern.lastIndex = 0;
    let last = 0;
    let changed = false;
    for (let m = pattern.exec(value); m; m = pattern.exec(value)) {
      if (m[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      const made = make(m, node);
      if (!made) continue;
      if (m.index > last) out.push({ ...node, value: value.slice(last, m.index) });
      for (const x of made) out.push(x);
      last = m.index + m[0].length;
      changed = true;
    }
    if (!changed) out.push(node);
    else if (last < value.length) out.push({ ...node, value: value.slice(last) });
  }
  return out;
}
