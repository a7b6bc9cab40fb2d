/**
 * What `npm run check` and the build say about the diagrams of one Markdown or MDX body:
 * each ```mermaid fence is drawn (through the cache, so the build draws it only once)
 * and what stops it being drawn is a warning at the file's line, with the renderer's
 * message; PlantUML fences are named as not drawn; the page budget is applied.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Diagnostic } from '../model/diagnostics.ts';
import { PageDiagrams } from './figure.ts';

interface MdNode {
  type: string;
  lang?: string | null;
  value?: string;
  position?: { start: { line: number; column: number } };
  children?: MdNode[];
}

/** True when a text may hold a diagram fence (cheap test before parsing). */
export function mayHaveDiagrams(text: string): boolean {
  return /(```|~~~)\s*(mermaid|plantuml|puml)\b/i.test(text);
}

/** Every fenced code block of a Markdown/MDX text, in document order (none when it does not parse: that is reported elsewhere). */
export function codeFences(text: string, mdx: boolean): { lang: string; value: string; line: number }[] {
  let tree: MdNode;
  try {
    tree = (mdx ? mdxToMdast(text) : markdownToMdast(text)) as unknown as MdNode;
  } catch {
    return [];
  }
  const out: { lang: string; value: string; line: number }[] = [];
  const stack: MdNode[] = [tree];
  while (stack.length) {
    const node = stack.pop() as MdNode;
    if (node.type === 'code') out.push({ lang: (node.lang ?? '').toLowerCase(), value: node.value ?? '', line: node.position?.start.line ?? 1 });
    const kids = node.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as MdNode);
  }
  return out;
}

/** The diagram warnings of one body, at `display`:line (the fence's line plus the source line). */
export function checkDiagrams(text: string, display: string, mdx: boolean, cacheDir: string | undefined): Diagnostic[] {
  if (!mayHaveDiagrams(text)) return [];
  const page = new PageDiagrams(cacheDir, 'check');
  const out: Diagnostic[] = [];
  for (const fence of codeFences(text, mdx)) {
    const lang = fence.lang === 'puml' ? 'plantuml' : fence.lang;
    if (lang !== 'mermaid' && lang !== 'plantuml') continue;
    const { problems } = lang === 'mermaid' ? page.mermaid(fence.value) : page.plantuml(fence.value);
    for (const p of problems) {
      const d: Diagnostic = { file: display, line: fence.line + p.line, column: 1, severity: 'warning', code: p.code, message: p.message };
      if (p.hint) d.hint = p.hint;
      out.push(d);
    }
  }
  return out;
}
