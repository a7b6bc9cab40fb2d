/**
 * Python-Markdown's attr_list: `{: #id .class }` (the colon is optional) at the end of a
 * heading, on the last line of a paragraph, or right after a link, image or emphasis sets
 * that element's id and classes. It runs on remark's tree and leaves the values in data
 * attributes that survive sanitising (`data-wf-id`, `data-wf-class`); render.ts turns them
 * into the id and classes. Other attributes (`width=100`) are dropped: only id and classes
 * are kept, so content cannot add event handlers or styles this way.
 */

/** The parts of an mdast node this step reads and writes. */
interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  data?: Record<string, unknown>;
}

const ATTR = String.raw`(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}"']+))`;
const LIST = String.raw`\{:?[ \t]*(${ATTR}(?:[ \t]+${ATTR})*)[ \t]*\}`;
const AT_END = new RegExp(String.raw`[ \t]*${LIST}[ \t]*$`);
const ON_OWN_LINE = new RegExp(String.raw`\n[ \t]*${LIST}[ \t]*$`);
const AT_START = new RegExp(String.raw`^${LIST}`);
const ALONE = new RegExp(String.raw`^[ \t]*${LIST}[ \t]*$`);
const INLINE_TARGETS = new Set(['link', 'image', 'emphasis', 'strong', 'delete', 'inlineCode', 'linkReference', 'imageReference']);

/** The id and classes of an attribute list's body (`#id .a .b key=v`). */
export function readAttributes(body: string): { id?: string; classes: string[] } {
  const id = /(?:^|\s)#([\w-]+)/.exec(body)?.[1];
  const classes = [...body.matchAll(/(?:^|\s)\.([A-Za-z_][\w-]*)/g)].map((m) => m[1] as string);
  return id ? { id, classes } : { classes };
}

function apply(node: MdNode, body: string): void {
  const { id, classes } = readAttributes(body);
  const props: Record<string, string> = { ...((node.data?.hProperties as Record<string, string> | undefined) ?? {}) };
  if (id) props.dataWfId = id;
  if (classes.length > 0) props.dataWfClass = classes.join(' ');
  node.data = { ...node.data, hProperties: props };
}

/** A remark step: reads attribute lists of headings, paragraphs and inline elements (iteratively). */
export function attrList(tree: MdNode): void {
  const stack: MdNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as MdNode;
    const kids = node.children ?? [];
    const last = kids[kids.length - 1];
    if ((node.type === 'heading' || node.type === 'paragraph') && last?.type === 'text') {
      const m = (node.type === 'heading' ? AT_END : ON_OWN_LINE).exec(last.value ?? '');
      if (m) {
        last.value = (last.value ?? '').slice(0, m.index);
        apply(node, m[1] as string);
      }
    }
    for (let i = 1; i < kids.length; i++) {
      const k = kids[i] as MdNode;
      const prev = kids[i - 1] as MdNode;
      // A paragraph that is only an attribute list belongs to the block before it (a table, a list).
      const alone = k.type === 'paragraph' && k.children?.length === 1 && k.children[0]?.type === 'text' ? ALONE.exec(k.children[0].value ?? '') : null;
      if (alone) {
        apply(prev, alone[1] as string);
        kids.splice(i--, 1);
        continue;
      }
      if (k.type !== 'text' || !INLINE_TARGETS.has(prev.type)) continue;
      const m = AT_START.exec(k.value ?? '');
      if (!m) continue;
      k.value = (k.value ?? '').slice(m[0].length);
      apply(prev, m[1] as string);
    }
    for (const k of kids) if (k.children) stack.push(k);
  }
}
