import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';

/**
 * No function in src/core or scripts/ runs over 120 lines (issue #27): a longer one is
 * several steps that want names of their own. Measured with the TypeScript parser, from
 * the line a function starts on to the line it ends on.
 */
const MAX_LINES = 120;
const root = path.resolve(import.meta.dirname, '../..');

/** Every function (declaration, method, arrow or expression) of `text` longer than `max` lines, as `file:line name (N lines)`. */
export function longFunctions(file: string, text: string, max = MAX_LINES): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
      const lines = end - start + 1;
      if (lines > max) found.push(`${file}:${start} ${nameOf(node)} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function nameOf(node: ts.Node): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name) return named.name.getText();
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText();
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  return '(anonymous)';
}

describe('function length', () => {
  it(`keeps every function in src/core and scripts/ within ${MAX_LINES} lines`, () => {
    const files = globSync(['src/core/**/*.ts', 'scripts/**/*.ts'], { cwd: root }).filter((f) => !f.endsWith('.test.ts'));
    const long = files.flatMap((f) => longFunctions(f, fs.readFileSync(path.join(root, f), 'utf8')));
    expect(long).toEqual([]);
  });

  it('measures a long function, and only that one', () => {
    const body = Array.from({ length: MAX_LINES }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const text = `function long() {\n${body}\n}\nconst short = () => 1;\n`;
    expect(longFunctions('x.ts', text)).toEqual([`x.ts:1 long (${MAX_LINES + 2} lines)`]);
  });
});
