/**
 * Limits on what one YAML file may make Wayfinder do. Aliases are capped the way
 * Backstage caps them (the `yaml` package's maxAliasCount of 100): an "alias bomb", a few
 * lines whose aliases expand to millions of nodes, is an error at its first alias
 * instead of exhausting the build machine's memory. Every YAML input gets this check:
 * parseYamlFile runs it.
 */
import { isAlias, visit, type Node } from 'yaml';
import type { Diagnostic } from '../model/diagnostics.ts';
import { nodePosition, type YamlFile } from './source.ts';

/** Backstage's (and the `yaml` package's) default alias expansion limit. */
export const MAX_ALIAS_COUNT = 100;

/** An error (`<area>/yaml-aliases`) for each document of `file` whose aliases expand past MAX_ALIAS_COUNT. */
export function checkYamlLimits(file: YamlFile, area = 'catalog'): Diagnostic[] {
  const out: Diagnostic[] = [];
  // The fast reader gives up on anchors and aliases, so what it read has none to count.
  if (file.fast) return out;
  for (const doc of file.documents) {
    if (doc.errors.length > 0) continue;
    let first: Node | undefined;
    visit(doc, {
      Alias(_, node) {
        first = node as unknown as Node;
        return visit.BREAK;
      },
    });
    if (!first || !isAlias(first)) continue;
    try {
      doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      const why = e instanceof RangeError ? 'nested too deeply' : 'expanded past the limit';
      out.push({
        file: file.display,
        ...pick(nodePosition(file, first)),
        severity: 'error',
        code: `${area}/yaml-aliases`,
        message: `this document's aliases (*name) are ${why}: they would expand to more than ${MAX_ALIAS_COUNT} times their anchors, as in an "alias bomb"`,
        hint: 'write the values out, or use fewer aliases; Backstage refuses such a file too',
      });
    }
  }
  return out;
}

function pick(p: { line: number; column: number }): { line: number; column: number } {
  return { line: p.line, column: p.column };
}
