import { describe, expect, it } from 'vitest';
import { isMap, type Node } from 'yaml';
import { nodePosition, parseFrontmatter, parseYamlFile, parseYamlMap, positionAt } from './source.ts';

const lineCol = (d: { line: number; column: number }) => `${d.line}:${d.column}`;

describe('the positioned YAML reader', () => {
  it('gives every node its 1-based line and column, on both parse paths', () => {
    const text = 'a: 1\nb:\n  c: [x, "y"]\n';
    for (const fast of ['1', '0']) {
      process.env.WAYFINDER_FAST_YAML = fast;
      const { file, diagnostics } = parseYamlFile('/x.yaml', 'x.yaml', text, { area: 'test' });
      expect(diagnostics).toEqual([]);
      expect(file.fast).toBe(fast === '1');
      const root = file.documents[0]?.contents;
      if (!isMap(root)) throw new Error('not a map');
      const c = (root.getIn(['b', 'c'], true) as { items: Node[] }).items;
      expect(c.map((n) => lineCol(nodePosition(file, n)))).toEqual(['3:7', '3:10']);
    }
    delete process.env.WAYFINDER_FAST_YAML;
  });

  it('strips a byte-order mark and keeps CRLF files on the right lines', () => {
    const { file } = parseYamlFile('/x.yaml', 'x.yaml', '\ufeffa: 1\r\nb: 2\r\n', { area: 'test' });
    expect(lineCol(positionAt(file, file.text.indexOf('b')))).toBe('2:1');
  });

  it('reports YAML errors with the area code, the position, a hint; never past the last line', () => {
    const { diagnostics } = parseYamlFile('/x.yaml', 'dir/x.yaml', 'title: "unclosed\n', { area: 'onboarding', syntaxMessage: 'this file is not valid YAML' });
    expect(diagnostics).toEqual([
      {
        file: 'dir/x.yaml',
        line: 1,
        column: 17,
        severity: 'error',
        code: 'onboarding/yaml-syntax',
        message: 'this file is not valid YAML: Missing closing "quote',
        hint: 'a quote or bracket is not closed',
      },
    ]);
    const tabs = parseYamlFile('/x.yaml', 'x.yaml', 'a:\n\tb: 1\n', { area: 'catalog' }).diagnostics[0];
    expect([tabs?.code, tabs?.hint]).toEqual(['catalog/yaml-syntax', 'indent with spaces; YAML does not allow tabs for indentation']);
    // A tab-indented key is one error, not three: the parser's knock-on errors on its line are left out.
    const tabbed = parseYamlFile('/x.yaml', 'x.yaml', 'metadata:\n  name: x\nspec:\n\towner: y\n  type: z\n', { area: 'catalog' }).diagnostics;
    expect(tabbed.map((d) => `${lineCol(d)} ${d.message}`)).toEqual(['4:1 YAML syntax error: Tabs are not allowed as indentation']);
  });

  it('leaves out empty documents', () => {
    expect(parseYamlFile('/x', 'x', '---\n# nothing\n---\na: 1\n---\n', { area: 't' }).file.documents).toHaveLength(1);
  });

  it('reads one map, or says why not', () => {
    expect(parseYamlMap('/p', 'p.yaml', 'a: 1\n', { area: 'policy' }).map?.get('a')).toBe(1);
    const empty = parseYamlMap('/p', 'p.yaml', '', { area: 'policy' });
    expect([empty.diagnostics, empty.map]).toEqual([[], undefined]);
    const list = parseYamlMap('/p', 'p.yaml', '- a\n', { area: 'policy' }).diagnostics;
    expect(list.map((d) => `${lineCol(d)} ${d.code} ${d.message}`)).toEqual(['1:1 policy/not-a-map this must be a map of `key: value` lines, not a list']);
    const two = parseYamlMap('/p', 'p.yaml', 'a: 1\n---\nb: 2\n', { area: 'policy' }).diagnostics;
    expect(two.map((d) => `${lineCol(d)} ${d.code}`)).toEqual(['2:1 policy/yaml-syntax']);
  });
});

describe('frontmatter', () => {
  it('counts lines from the top of the file and returns the body', () => {
    const { frontmatter, diagnostics } = parseFrontmatter('/d.md', 'd.md', '---\ntitle: T\nowner: group:x\n---\n\nBody.\n', { area: 'docs' });
    expect(diagnostics).toEqual([]);
    const owner = frontmatter?.map?.items[1]?.value as Node;
    expect(lineCol(nodePosition(frontmatter!.file, owner))).toBe('3:8');
    expect(frontmatter?.body).toBe('\nBody.\n');
  });

  it('is absent without a leading --- block, empty for an empty one', () => {
    expect(parseFrontmatter('/d.md', 'd.md', '# Title\n', { area: 'docs' }).frontmatter).toBeUndefined();
    const empty = parseFrontmatter('/d.md', 'd.md', '---\n---\nBody\n', { area: 'docs' });
    expect([empty.diagnostics, empty.frontmatter?.map, empty.frontmatter?.body]).toEqual([[], undefined, 'Body\n']);
  });

  it('reports broken YAML and a block that is not a map at their lines', () => {
    const broken = parseFrontmatter('/d.md', 'd.md', '---\ntitle: T\ntype: [beta\n---\n', { area: 'lifecycle', syntaxMessage: 'frontmatter is not valid YAML' });
    expect(broken.diagnostics[0]).toMatchObject({ code: 'lifecycle/yaml-syntax', line: 3 });
    expect(broken.diagnostics[0]?.message).toMatch(/^frontmatter is not valid YAML: /);
    const scalar = parseFrontmatter('/d.md', 'd.md', '---\njust text\n---\n', { area: 'docs' });
    expect(scalar.diagnostics.map((d) => `${lineCol(d)} ${d.code}`)).toEqual(['2:1 docs/frontmatter-shape']);
  });
});

describe('limits every YAML input shares', () => {
  it('refuses an alias bomb at its first alias, coded by the input it came from', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', ''].join('\n');
    const { diagnostics } = parseYamlFile('/c/paths/p.yaml', 'paths/p.yaml', bomb, { area: 'paths' });
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['2:8 paths/yaml-aliases']);
  });
  it('lets a few ordinary aliases through', () => {
    const { diagnostics } = parseYamlFile('/c/x.yaml', 'x.yaml', 'base: &b {a: 1}\none: *b\ntwo: *b\n', { area: 'catalog' });
    expect(diagnostics).toEqual([]);
  });
});
