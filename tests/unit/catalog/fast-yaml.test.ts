/**
 * The fast YAML reader is checked against the `yaml` library: whatever it accepts,
 * `yaml` must read without errors or warnings into the same nodes (values, source text,
 * scalar style, flow or block, and all three range offsets of every node and document)
 * with the same line starts. It may give up on anything, but it must take the plain
 * descriptors it is there for.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { globSync } from 'tinyglobby';
import { Document as YamlDocument, isDocument, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, Scalar, YAMLMap, YAMLParseError, YAMLSeq, type Document, type Pair } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastParseAllDocuments } from '../../../src/core/yaml/fast-yaml.ts';
import { fillLineStarts, parseYamlFile } from '../../../src/core/yaml/source.ts';
import { generateCatalog } from '../../../scripts/gen-catalog.ts';
import { flowStyle } from '../../../scripts/catalog-style.ts';
import { FIXTURES } from './helpers.ts';
import { mutate, mutation, SEEDS } from './mutations.ts';

const ROOT = path.resolve(FIXTURES, '../../..');
/** The seed descriptors written as flow YAML and as JSON documents too. */
const STYLED_SEEDS = SEEDS.flatMap((text) => {
  const docs = parseAllDocuments(text).map((d) => d.toJS() as unknown);
  return [docs.map((d) => flowStyle(d)).join('---\n'), docs.map((d) => `${JSON.stringify(d, null, 2)}\n`).join('---\n')];
});

/** Runs per property; FUZZ_RUNS=20000 for a longer search. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 600);


/**
 * Everything diagnostics and readers use of every node, for comparing two parses: the
 * value, the scalar's source text and style (type), flow or block, and the whole range
 * (start, value end, node end).
 */
function shape(node: unknown): unknown {
  if (isMap(node)) return { map: node.range, flow: Boolean(node.flow), items: node.items.map((p) => [shape(p.key), shape(p.value)]) };
  if (isSeq(node)) return { seq: node.range, flow: Boolean(node.flow), items: node.items.map(shape) };
  if (isScalar(node)) return { value: node.value, source: node.source, type: node.type, range: node.range };
  return node === null || node === undefined ? null : 'other';
}
/**
 * A document's shape: where it starts and its contents. (Where yaml ends a document
 * depends on comments and blank lines around the next `---`; nothing reads it.)
 */
const docShape = (d: Document.Parsed): unknown => ({ start: d.range[0], contents: shape(d.contents) });
const nonEmpty = (docs: Document.Parsed[]): Document.Parsed[] =>
  docs.filter((d) => d.contents !== null && !(isScalar(d.contents) && d.contents.value === null));

/** Checks one text; returns whether the fast reader took it. */
function agrees(text: string): boolean {
  const lc = new LineCounter();
  const fast = fastParseAllDocuments(text, lc);
  if (!fast) return false;
  const ref = Array.from(parseAllDocuments(text));
  const problems = ref.flatMap((d) => [...d.errors, ...d.warnings].map((e) => e.message));
  expect(problems, `yaml reports problems the fast reader missed in ${JSON.stringify(text)}`).toEqual([]);
  expect(fast.map(docShape), JSON.stringify(text)).toEqual(nonEmpty(ref).map(docShape));
  const expected = new LineCounter();
  fillLineStarts(expected, text);
  expect(lc.lineStarts).toEqual(expected.lineStarts);
  return true;
}

// Random YAML in (and around) the subset the fast reader handles.
const plainChars = fc.oneof(
  { arbitrary: fc.constantFrom('a', 'b', 'z', 'Q', '0', '7', '-', '.', '/', '_'), weight: 12 },
  { arbitrary: fc.constantFrom(' ', ':', '#', '@', '!', '%', 'é', '?', ','), weight: 1 },
);
const plain = fc.string({ unit: plainChars, minLength: 1, maxLength: 12 });
const keyText = fc.oneof(
  fc.constantFrom('name', 'owner', 'spec', 'type', '1', 'true', '~', 'null', 'a b', 'x.y/z', 'on', '"name"', "'200'", '"a: b"', "'it''s'", '"1"', '"x\\ty"'),
  plain,
);
const scalarText = fc.oneof(
  plain,
  fc.constantFrom('1', '-2', '0x1F', '0o17', '1.5', '.5', '1e3', '.inf', '-.Inf', '.nan', 'true', 'False', 'null', '~', 'yes', '2026-01-15', 'https://x.example/a#b', '"', "'"),
  fc.string({ maxLength: 10 }).map((s) => JSON.stringify(s)),
  fc.string({ maxLength: 10 }).map((s) => `'${s.replace(/'/g, "''")}'`),
  fc.string({ unit: fc.constantFrom('a', '\\', 'n', 't', 'u', '0', '4', '1', 'x', '"', ' '), maxLength: 8 }).map((s) => `"${s}"`),
  // Quoted scalars over several lines, at indentations that are sometimes too small.
  fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\n ', '\n   ', '\n      ', '\\', '#', ':', "''"), maxLength: 10 }).chain((s) => fc.constantFrom(`"${s}"`, `'${s}'`)),
);
const comment = fc.option(fc.constantFrom(' # note', '  #x', ' #'), { nil: '' });
const blockScalar = fc
  .record({
    style: fc.oneof({ arbitrary: fc.constantFrom('|', '>', '|-', '>-'), weight: 6 }, { arbitrary: fc.constantFrom('|+', '>2'), weight: 1 }),
    lines: fc.array(fc.oneof({ arbitrary: fc.constant(''), weight: 2 }, { arbitrary: plain, weight: 6 }, { arbitrary: fc.constant('  indented'), weight: 1 }), { minLength: 1, maxLength: 5 }),
    trailingBlank: fc.boolean(),
  })
  .map(({ style, lines, trailingBlank }) => ({ style, lines: trailingBlank ? [...lines, ''] : lines }));

type Tree = { map: [string, Tree][] } | { seq: Tree[] } | { flow: string[]; asMap: boolean } | { scalar: string } | { block: { style: string; lines: string[] } };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarText.map((scalar): Tree => ({ scalar })),
    blockScalar.map((block): Tree => ({ block })),
    fc.record({ flow: fc.array(scalarText, { maxLength: 4 }), asMap: fc.boolean() }).map((f): Tree => f),
    fc.array(fc.tuple(keyText, tie('node')), { minLength: 1, maxLength: 4 }).map((map): Tree => ({ map })),
    fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((seq): Tree => ({ seq })),
  ),
})).node;

/** Renders a tree as block YAML with `step` spaces of indentation. */
function render(t: Tree, step: number, sameIndentSeq: boolean, comments: string[], breaks: string[] = [', ']): string {
  let ci = 0;
  const c = (): string => comments[ci++ % Math.max(1, comments.length)] ?? '';
  let bi = 0;
  // Flow items are separated by `, ` or by line breaks with some indentation (sometimes too little).
  const b = (): string => breaks[bi++ % Math.max(1, breaks.length)] ?? ', ';
  const join = (items: string[]): string => items.map((s, i) => (i === 0 ? s : b() + s)).join('');
  const inline = (v: Tree): string | undefined => {
    if ('scalar' in v) return v.scalar + c();
    if ('flow' in v) return v.asMap ? `{${b().replace(',', '')}${join(v.flow.map((s, i) => `k${i}: ${s}`))}${b()}}` : `[${join(v.flow)}${b().replace(',', '')}]`;
    return undefined;
  };
  const lines: string[] = [];
  const emit = (v: Tree, indent: number): void => {
    const pad = ' '.repeat(indent);
    if ('map' in v) {
      for (const [k, child] of v.map) {
        const one = inline(child);
        if (one !== undefined) lines.push(`${pad}${k}: ${one}`);
        else if ('block' in child) {
          lines.push(`${pad}${k}: ${child.block.style}`);
          for (const l of child.block.lines) lines.push(l ? `${pad}${' '.repeat(step)}${l}` : '');
        } else {
          lines.push(`${pad}${k}:${c()}`);
          emit(child, 'seq' in child && sameIndentSeq ? indent : indent + step);
        }
      }
    } else if ('seq' in v) {
      for (const child of v.seq) {
        const one = inline(child);
        if (one !== undefined) lines.push(`${pad}- ${one}`);
        else if ('block' in child) {
          lines.push(`${pad}- ${child.block.style}`);
          for (const l of child.block.lines) lines.push(l ? `${pad}${' '.repeat(step)}${l}` : '');
        } else if ('map' in child) {
          const before = lines.length;
          emit(child, indent + 2);
          const first = lines[before] ?? '';
          lines[before] = `${pad}- ${first.slice(indent + 2)}`;
        } else {
          lines.push(`${pad}-`);
          emit(child, indent + step);
        }
      }
    } else {
      lines.push(pad + (inline(v) ?? ''));
    }
  };
  emit(t, 0);
  return lines.join('\n');
}

const yamlText = fc
  .record({
    docs: fc.array(tree.filter((t) => 'map' in t || 'seq' in t), { minLength: 1, maxLength: 3 }),
    step: fc.integer({ min: 1, max: 4 }),
    sameIndentSeq: fc.boolean(),
    comments: fc.array(comment, { maxLength: 3 }),
    breaks: fc.array(fc.constantFrom(', ', ',', ' , ', ',\n ', ',\n  ', ',\n     ', '\n  , ', ' ,\n\n   ', ',\n'), { maxLength: 4 }),
    leadingMarker: fc.boolean(),
    crlf: fc.boolean(),
    finalNewline: fc.boolean(),
  })
  .map(({ docs, step, sameIndentSeq, comments, breaks, leadingMarker, crlf, finalNewline }) => {
    let text = (leadingMarker ? '---\n' : '') + docs.map((d) => render(d, step, sameIndentSeq, comments, breaks)).join('\n---\n');
    if (finalNewline) text += '\n';
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

/** JSON-like values, as descriptors hold them. */
const jsonValue: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string({ maxLength: 8 }), fc.string({ unit: fc.constantFrom('a', ' ', '\n', ':', '#', '"', "'", '\\', '-', 'é', '\u0001'), maxLength: 8 })),
    fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('name', 'a b', '1', 'true', '$ref')), tie('v'), { maxKeys: 4 }),
  ),
})).v;
const jsonDocs = fc.array(fc.dictionary(fc.string({ maxLength: 6 }), jsonValue, { maxKeys: 5 }), { minLength: 1, maxLength: 3 });

/** Block YAML at the top with every nested map and list in flow style, as `yaml` writes it at a given line width (the benchmark's restyling). */
const flowYaml = (value: unknown, lineWidth: number): string => flowStyle(value, lineWidth);

describe('the fast YAML reader', () => {
  it('reads every descriptor of the demo catalog, the fixtures and a generated organisation like yaml does', () => {
    const files = globSync(['content/catalog/**/*.{yaml,yml}', 'tests/fixtures/catalog/**/catalog/**/*.{yaml,yml}'], { cwd: ROOT, absolute: true });
    let taken = 0;
    for (const f of files) if (agrees(fs.readFileSync(f, 'utf8').replace(/^\ufeff/, ''))) taken++;
    for (const text of generateCatalog({ count: 400, seed: 7 }).values()) expect(agrees(text)).toBe(true);
    // Descriptors are plain YAML: nearly all of them take the fast path.
    expect(taken / Math.max(1, files.length)).toBeGreaterThan(0.8);
  });

  it('agrees with yaml on random YAML whenever it accepts it', () => {
    let taken = 0;
    let total = 0;
    fc.assert(
      fc.property(yamlText, (text) => {
        total++;
        if (agrees(text)) taken++;
      }),
      { numRuns: RUNS },
    );
    if (process.env.FUZZ_REPORT) console.log(`fast path took ${taken} of ${total}`);
    // The property is not vacuous: 12-16% are taken over 600 runs (73-94 measured); the bound
    // sits far below that so an unlucky draw does not fail CI (0.1 did, at 58 of 600).
    expect(taken / total).toBeGreaterThan(0.04);
  }, Math.max(60_000, RUNS * 20));

  it('agrees with yaml on JSON documents, and takes them', () => {
    fc.assert(
      fc.property(jsonDocs, fc.integer({ min: 0, max: 4 }), fc.boolean(), (docs, indent, crlf) => {
        let text = `${docs.map((d) => JSON.stringify(d, null, indent)).join('\n---\n')}\n`;
        if (crlf) text = text.replace(/\n/g, '\r\n');
        // JSON leaves U+2028, U+2029 and U+0085 unescaped; the fast reader leaves them to yaml.
        expect(agrees(text) || /[\u2028\u2029\u0085]/.test(text), text).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, Math.max(60_000, RUNS * 20));

  it('agrees with yaml on flow YAML as yaml writes it, and takes most of it', () => {
    let taken = 0;
    let total = 0;
    fc.assert(
      fc.property(jsonDocs, fc.integer({ min: 10, max: 80 }), (docs, width) => {
        total++;
        if (agrees(docs.map((d) => flowYaml(d, width)).join('---\n'))) taken++;
      }),
      { numRuns: RUNS },
    );
    if (process.env.FUZZ_REPORT) console.log(`fast path took ${taken} of ${total} flow documents`);
    expect(taken / total).toBeGreaterThan(0.3);
  }, Math.max(60_000, RUNS * 20));

  it('agrees with yaml on mutated descriptors whenever it accepts them', () => {
    let taken = 0;
    let total = 0;
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS, ...STYLED_SEEDS), fc.array(mutation, { minLength: 1, maxLength: 4 }), (seed, edits) => {
        total++;
        if (agrees(mutate(seed, edits))) taken++;
      }),
      { numRuns: RUNS },
    );
    if (process.env.FUZZ_REPORT) console.log(`fast path took ${taken} of ${total} mutated descriptors`);
    expect(taken / total).toBeGreaterThan(0.1); // not vacuous: many small edits leave plain YAML
  }, Math.max(60_000, RUNS * 20));

  it('takes every kind of input it claims to handle', () => {
    const claimed: Record<string, string> = {
      'block maps and sequences': 'a:\n  b: 1\n  c:\n    - x\n    - y: 2\n      z: 3\n',
      'a sequence at its key\'s indentation': 'a:\n- x\n- y\n',
      'one-line flow collections': 'tags: [a, "b", c]\nlink: { url: https://x.example, title: X }\n',
      'flow collections over several lines': 'metadata:\n  {\n    name: x,\n    tags: [ a,\n      b ],\n    links: [\n        { url: https://x.example, title: X }\n      ]\n  }\nspec: { type: service,\n  owner: team }\n',
      'JSON documents': '{\n  "kind": "Component",\n  "metadata": {\n    "name": "x",\n    "tags": [\n      "a"\n    ],\n    "annotations": {}\n  },\n  "spec": {"n": 1, "ok": true, "none": null}\n}\n---\n{"kind":"API"}\n',
      'quoted keys': '"a": 1\n\'200\': { "b c": x }\n',
      'quoted scalars over several lines': 'a: "one\n  two\n\n  \\  three"\nb: \'x\n\n  y\'\nc: { d: "e\n   f" }\n',
      'plain scalars of every core type': 'a: text\nb: 12\nc: 0x1F\nd: 1.5\ne: true\nf: ~\ng: null\nh: 2026-01-15\n',
      'one-line quoted scalars': 'a: "double \\u00e9 \\n"\nb: \'single \'\'quoted\'\'\'\n',
      'block scalars': 'a: |\n  one\n  two\nb: >-\n  folded\n  text\nc: x\n',
      'comments': '# top\na: 1 # after\n# between\nb:\n  # before an item\n  - x\n',
      'several documents': '---\na: 1\n---\nb: 2\n',
      'CRLF line ends': 'a: 1\r\nb: [x]\r\n',
      'empty values': 'a:\nb: 1\n',
    };
    for (const [what, text] of Object.entries(claimed)) {
      expect(agrees(text), what).toBe(true);
      expect(parseYamlFile('/x.yaml', 'x.yaml', text).file.fast, what).toBe(true);
    }
    // Every plain descriptor of the demo catalog takes it, through the reader the build uses
    // (mkdocs.yml is a TechDocs file, not a descriptor).
    const demo = globSync(['content/catalog/**/*.{yaml,yml}', '!**/definitions/**', '!**/mkdocs.yml'], { cwd: ROOT, absolute: true });
    expect(demo.length).toBeGreaterThan(5);
    for (const f of demo) expect(parseYamlFile(f, f, fs.readFileSync(f, 'utf8')).file.fast, f).toBe(true);
  });

  it('makes nodes that behave as yaml\'s own: type checks, toJS, clone, a document\'s own error list', () => {
    const text = 'a: 1\nb: [x, { c: "d" }]\ne:\n  - f\n---\ng: h\n';
    const fast = fastParseAllDocuments(text, new LineCounter());
    const ref = Array.from(parseAllDocuments(text));
    expect(fast).toBeDefined();
    const docs = fast as Document.Parsed[];
    expect(docs.map((d) => d.toJS())).toEqual(ref.map((d) => d.toJS()));
    const [first, second] = docs as [Document.Parsed, Document.Parsed];
    expect(isDocument(first) && first instanceof YamlDocument).toBe(true);
    const root = first.contents;
    expect(isMap(root) && root instanceof YAMLMap).toBe(true);
    if (!isMap(root)) return;
    const [a, b] = root.items as [Pair, Pair];
    expect(isPair(a) && isScalar(a.key) && a.key instanceof Scalar && isSeq(b.value) && b.value instanceof YAMLSeq).toBe(true);
    expect(root.clone().toJSON()).toEqual({ a: 1, b: ['x', { c: 'd' }], e: ['f'] });
    expect(String(first)).toBe(String(ref[0]));
    first.errors.push(new YAMLParseError([0, 1], 'BAD_INDENT', 'x'));
    expect(second.errors).toEqual([]);
  });

  it('can be turned off, for measuring it (WAYFINDER_FAST_YAML=0)', () => {
    const before = process.env.WAYFINDER_FAST_YAML;
    process.env.WAYFINDER_FAST_YAML = '0';
    try {
      expect(parseYamlFile('/x.yaml', 'x.yaml', 'a: 1\n').file.fast).toBe(false);
    } finally {
      if (before === undefined) delete process.env.WAYFINDER_FAST_YAML;
      else process.env.WAYFINDER_FAST_YAML = before;
    }
    expect(parseYamlFile('/x.yaml', 'x.yaml', 'a: 1\n').file.fast).toBe(true);
  });

  it('gives up on what it does not handle', () => {
    for (const text of [
      'a: &x 1\nb: *x\n',
      'a: !tag 1\n',
      'a:\n\tb: 1\n',
      'a: b\n  c\n',
      'a: [b\n  c]\n',
      '"a\n b": 1\n',
      'a: [1, # note\n  2]\n',
      'k:\n  a: [x,\n  y]\n',
      '{ "a": 1,\n---\n"b": 2 }\n',
      'a: 1\na: 2\n',
      '? complex\n: key\n',
      '%YAML 1.2\n---\na: 1\n',
      'a: |2\n   x\n',
      'just a scalar\n',
      'a: 1\n...\n',
    ]) {
      expect(fastParseAllDocuments(text, new LineCounter()), JSON.stringify(text)).toBeUndefined();
    }
  });
});
