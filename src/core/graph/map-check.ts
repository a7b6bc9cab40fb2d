/**
 * The check of the map components in MDX docs (`<SystemMap system="…" />`, `<DomainMap
 * domain="…" />`, `<EntityMap entities={[…]} />`): each ref they name must be in the
 * catalog, or `npm run check` and the build stop with an error at the line that names it,
 * with the nearest name (did you mean …?). Refs written as an expression are read when
 * they are a literal array of strings; anything else is a warning (not checked).
 */
import { mdxToMdast } from 'satteri';
import type { CatalogEntity } from '../model/entity.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import { didYouMean } from '../suggest.ts';
import { shortRef } from '../names.ts';
import { MAP_COMPONENTS, mapRefKey } from './map-refs.ts';
import { MAX_PICKED } from './system-map.ts';

interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: string | { type: string; value: string } | null }[];
  position?: { start: { line: number; column: number } };
  children?: MdxNode[];
}

/** The refs written in an attribute value: a string, or a literal array of strings in an expression. */
export function attributeRefs(value: string | { type: string; value: string } | null | undefined): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (!value || typeof value.value !== 'string') return undefined;
  const text = value.value.trim();
  if (!/^\[[\s\S]*\]$/.test(text)) return /^(['"`])[^'"`]*\1$/.test(text) ? [text.slice(1, -1)] : undefined;
  const items = text.slice(1, -1).split(',').map((s) => s.trim()).filter(Boolean);
  if (!items.every((s) => /^(['"])[^'"]*\1$/.test(s))) return undefined;
  return items.map((s) => s.slice(1, -1));
}

/** The map-component problems of one MDX text. */
export function checkMapComponents(text: string, display: string, entities: readonly CatalogEntity[]): Diagnostic[] {
  if (!/<(SystemMap|DomainMap|EntityMap)\b/.test(text)) return [];
  let tree: MdxNode;
  try {
    tree = mdxToMdast(text) as unknown as MdxNode;
  } catch {
    return []; // the MDX syntax error is reported by markdown-check
  }
  const refs = new Set(entities.map((e) => e.ref));
  const byKind = new Map<string, string[]>();
  for (const e of entities) {
    const list = byKind.get(e.kind) ?? [];
    list.push(shortRef(e.ref));
    byKind.set(e.kind, list);
  }
  const out: Diagnostic[] = [];
  const stack: MdxNode[] = [tree];
  while (stack.length) {
    const node = stack.pop() as MdxNode;
    const spec = node.name ? MAP_COMPONENTS[node.name] : undefined;
    if (spec && (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')) {
      const at = node.position?.start ?? { line: 1, column: 1 };
      const attr = node.attributes?.find((a) => a.name === spec.attribute);
      const written = attributeRefs(attr?.value);
      const push = (severity: 'error' | 'warning', code: string, message: string, hint?: string): void => {
        out.push({ file: display, line: at.line, column: at.column, severity, code, message, ...(hint ? { hint } : {}) });
      };
      if (!attr) push('error', 'docs/map-missing-ref', `<${node.name}> needs ${spec.attribute}=…`, spec.list ? `e.g. ${spec.attribute}={["component:checkout"]}` : `e.g. ${spec.attribute}="payments"`);
      else if (!written) push('warning', 'docs/map-ref-unchecked', `<${node.name}>'s ${spec.attribute} is an expression the check cannot read, so its refs are not checked`, 'write a literal: a string, or an array of strings');
      else {
        if (spec.list && written.length > MAX_PICKED) push('warning', 'docs/map-too-many', `<${node.name}> names ${written.length} entities; the map draws the first ${MAX_PICKED}`, 'pick fewer, or use <SystemMap>');
        for (const w of written) {
          const key = mapRefKey(w, spec.defaultKind);
          if ('error' in key) {
            push('error', 'docs/map-bad-ref', `<${node.name}> ${spec.attribute}: ${key.error}`);
            continue;
          }
          if (refs.has(key.ref)) continue;
          const kind = key.ref.slice(0, key.ref.indexOf(':'));
          const hint = didYouMean(shortRef(key.ref), byKind.get(kind) ?? [], (n) => `"${n}"`);
          push('error', 'docs/map-unknown-ref', `<${node.name}> names "${w}", which is not in the catalog`, hint);
        }
      }
    }
    const kids = node.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as MdxNode);
  }
  return out;
}
