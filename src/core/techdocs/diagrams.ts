/**
 * The diagram step of a TechDocs page: ```mermaid fences (and the `<div class="mermaid">`
 * blocks of mkdocs-material's superfences set-up, on lines of their own) become static
 * SVG figures (src/core/diagrams/); ```plantuml fences are shown as source with a warning
 * naming the block. Problems are warnings at the file:line the author wrote.
 */
import type { Diagnostic } from '../model/diagnostics.ts';
import { PageDiagrams } from '../diagrams/figure.ts';
import { codeFences } from '../diagrams/check.ts';
import { diagramCacheDir } from '../diagrams/cache.ts';
import { trustedHtmlToHast } from '../diagrams/sanitize-svg.ts';
import type { Preprocessed } from './preprocess.ts';

interface TreeNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: TreeNode[];
}

const LANGS = new Set(['mermaid', 'plantuml', 'puml']);

/** Markdown with each `<div class="mermaid">` … `</div>` block (tags on their own lines) written as a ```mermaid fence, line for line. */
export function mermaidDivsToFences(markdown: string): string {
  if (!/<div\s+class=["']mermaid["']\s*>/i.test(markdown)) return markdown;
  const lines = markdown.split('\n');
  let open = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!open && /^\s*<div\s+class=["']mermaid["']\s*>\s*$/i.test(line)) {
      lines[i] = '```mermaid';
      open = true;
    } else if (open && /^\s*<\/div>\s*$/.test(line)) {
      lines[i] = '```';
      open = false;
    }
  }
  return lines.join('\n');
}

/** The fence language of a rendered code figure (`figure.wf-code > pre > code.language-x`). */
function figureLang(node: TreeNode): string | undefined {
  const pre = node.children?.find((c) => c.tagName === 'pre');
  const code = pre?.children?.find((c) => c.tagName === 'code');
  const cls = (code?.properties?.className as string[] | undefined)?.find((c) => c.startsWith('language-'));
  return cls?.slice('language-'.length).toLowerCase();
}

const textOf = (n: TreeNode): string => (n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(textOf).join(''));

/** Replaces the page's diagram code figures in `tree` with drawn figures (their `codeBlocks` entries become plain text); returns the warnings. */
export function drawTechDocsDiagrams(tree: TreeNode, pre: Preprocessed, fallbackFile: string, pageIndex: number, codeBlocks: { lang?: string }[] = []): Diagnostic[] {
  const markdown = mermaidDivsToFences(pre.markdown);
  if (!/(```|~~~)\s*(mermaid|plantuml|puml)\b/i.test(markdown)) return [];
  const fences = codeFences(markdown, false).filter((f) => LANGS.has(f.lang));
  const page = new PageDiagrams(diagramCacheDir(process.env, process.cwd()), `td${pageIndex}`);
  const out: Diagnostic[] = [];
  let k = 0;
  const walk = (node: TreeNode): void => {
    const kids = node.children ?? [];
    for (let i = 0; i < kids.length; i++) {
      const child = kids[i] as TreeNode;
      const lang = child.tagName === 'figure' ? figureLang(child) : undefined;
      if (lang && LANGS.has(lang)) {
        const fence = fences[k++];
        const source = fence?.value ?? textOf(child).replace(/\n$/, '');
        const { html, problems } = lang === 'mermaid' ? page.mermaid(source) : page.plantuml(source);
        for (const p of problems) {
          const at = fence ? pre.lines[fence.line + p.line - 1] : undefined;
          const d: Diagnostic = { file: at?.file ?? fallbackFile, line: at?.line ?? 0, column: at ? 1 : 0, severity: 'warning', code: p.code, message: p.message };
          if (p.hint) d.hint = p.hint;
          out.push(d);
        }
        // The highlighter need not read a block that is now a figure (it knows no `plantuml`).
        const block = codeBlocks[Number(child.properties?.dataCodeBlock)];
        if (block) block.lang = 'text';
        kids.splice(i, 1, ...(trustedHtmlToHast(html) as TreeNode[]));
        continue;
      }
      walk(child);
    }
  };
  walk(tree);
  return out;
}
