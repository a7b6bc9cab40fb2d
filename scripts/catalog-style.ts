/**
 * Rewrites an organisation's catalog in another YAML style, for the benchmark (bench.ts)
 * and for measuring `npm run check` by hand: `npm run check` must be as fast whatever the
 * style descriptors are written in.
 *
 *   node scripts/catalog-style.ts --style flow|json FROM TO
 *
 * Copies the content folder FROM to TO with every catalog document rewritten (same
 * entities, same order): flow collections (`metadata: { name: x, tags: [a, b] }`, wrapped
 * at 80 columns as `yaml` writes them) or one pretty-printed JSON object per document.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Document, isCollection, parseAllDocuments, visit } from 'yaml';

/** How descriptors are written: block YAML (as generated), flow YAML, or JSON documents. */
export type YamlStyle = 'block' | 'flow' | 'json';

/** A descriptor as block YAML at the top with every nested map and list in flow style: `metadata: { name: x, tags: [a, b] }` (`lineWidth`: where `yaml` folds long lines; its default when not given). */
export function flowStyle(value: unknown, lineWidth?: number): string {
  const doc = new Document(value);
  visit(doc, {
    Map(_key, node, path) {
      if (path.length > 1) node.flow = true;
    },
    Seq(_key, node) {
      node.flow = true;
    },
  });
  if (isCollection(doc.contents)) doc.contents.flow = false;
  return lineWidth === undefined ? doc.toString() : doc.toString({ lineWidth, minContentWidth: 0 });
}

/** Copies the organisation at `content` to `out` with every catalog document rewritten in `style`. */
export function writeStyled(content: string, out: string, style: Exclude<YamlStyle, 'block'>): void {
  fs.rmSync(out, { recursive: true, force: true });
  fs.cpSync(content, out, { recursive: true });
  const dir = path.join(out, 'catalog');
  for (const f of fs.readdirSync(dir, { recursive: true }) as string[]) {
    if (!/\.ya?ml$/.test(f)) continue;
    const file = path.join(dir, f);
    const docs = parseAllDocuments(fs.readFileSync(file, 'utf8')).map((d) => d.toJS() as unknown);
    const text = docs.map((d) => (style === 'json' ? `${JSON.stringify(d, null, 2)}\n` : flowStyle(d))).join('---\n');
    fs.writeFileSync(file, text);
  }
}

function main(): void {
  const { values, positionals } = parseArgs({ options: { style: { type: 'string' } }, allowPositionals: true });
  const [from, to] = positionals;
  if ((values.style !== 'flow' && values.style !== 'json') || !from || !to || positionals.length !== 2) {
    process.stderr.write('Usage: node scripts/catalog-style.ts --style flow|json FROM TO\n');
    process.exit(2);
  }
  writeStyled(from, to, values.style);
  process.stdout.write(`Wrote ${to} with the catalog in ${values.style} style\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
