import { describe, expect, it } from 'vitest';
import { diagramType, prepareSource, renderMermaid, svgLabels } from './mermaid.ts';
import { sanitizeSvg, safePaintValue } from './sanitize-svg.ts';
import { parseGantt } from './gantt.ts';
import { checkDiagrams } from './check.ts';
import { MAX_DIAGRAM_SOURCE, MAX_DIAGRAMS_PER_PAGE, PageDiagrams, prefixIds } from './figure.ts';

const drawn = (source: string) => {
  const r = renderMermaid(source);
  if (!r.ok) throw new Error(`not drawn: ${r.message}`);
  return r;
};

describe('renderMermaid', () => {
  it.each([
    ['flowchart', 'flowchart LR\n  A[Checkout web] --> B(Payments API)', ['Checkout web', 'Payments API']],
    ['sequence', 'sequenceDiagram\n  participant C as Checkout\n  C->>Payments: authorise', ['Checkout', 'Payments', 'authorise']],
    ['class', 'classDiagram\n  class Invoice {\n    +string id\n  }\n  Invoice --> Money', ['Invoice', 'Money']],
    ['state', 'stateDiagram-v2\n  [*] --> Pending\n  Pending --> Posted', ['Pending', 'Posted']],
    ['ER', 'erDiagram\n  ACCOUNT ||--o{ POSTING : holds', ['ACCOUNT', 'POSTING', 'holds']],
    ['gantt', 'gantt\n  dateFormat YYYY-MM-DD\n  section Move\n  Copy data :copy, 2026-12-01, 5d\n  Switch reads :after copy, 2d', ['Move', 'Copy data', 'Switch reads']],
  ])('draws a %s diagram with its labels as SVG text', (_name, source, labels) => {
    const r = drawn(source);
    expect(r.svg.startsWith('<svg')).toBe(true);
    for (const l of labels) expect(r.labels).toContain(l);
    expect(r.svg).not.toMatch(/<script|<style|foreignObject|@import|https?:/i);
  });

  it('fails with the reason for a type it does not draw, and for an empty diagram', () => {
    expect(renderMermaid('pie\n  "a": 1')).toMatchObject({ ok: false, kind: 'pie', message: expect.stringContaining('"pie" diagrams are not drawn') });
    expect(renderMermaid('\n')).toMatchObject({ ok: false, message: 'the diagram is empty' });
  });

  it('takes out click lines and directives, with a note at each click line', () => {
    const p = prepareSource('%%{init: {"securityLevel": "loose"}}%%\nflowchart LR\n  A --> B\n  click A "javascript:alert(1)"\n  click B call cb()');
    expect(p.text).not.toMatch(/click|init|javascript/);
    expect(p.notes.map((n) => n.line)).toEqual([4, 5]);
    expect(p.text.split('\n')).toHaveLength(5);
  });

  it('keeps hostile labels as escaped text: no element, handler or URL gets through', () => {
    const r = drawn('flowchart LR\n  A["<script>alert(1)</script>"] --> B["<img src=x onerror=alert(2)>"]\n  style A fill:url(https://evil.example/x.svg)');
    expect(r.svg).not.toMatch(/<script|<img|evil\.example/);
    expect(r.svg).not.toMatch(/<[^>]*\son\w+=/);
    expect(r.labels).toEqual(['<script>alert(1)</script>', '<img src=x onerror=alert(2)>']);
  });

  it('reads the diagram type from the first line that is not a comment', () => {
    expect(diagramType('%% a comment\n\nsequenceDiagram\n A->>B: x')).toBe('sequenceDiagram');
  });
});

describe('sanitizeSvg', () => {
  it('drops scripts, styles, foreign content, links, handlers and external paint', () => {
    const out = sanitizeSvg(
      '<svg viewBox="0 0 10 10" onload="alert(1)"><script>alert(2)</script><style>@import url(https://x)</style><foreignObject><div>x</div></foreignObject>' +
        '<a href="javascript:alert(3)"><text>link</text></a><rect fill="url(https://evil/x)" stroke="url(#ok)"/><image href="https://evil/i.png"/><use href="#x"/></svg>',
    );
    expect(out).not.toMatch(/onload|<script|alert\(2\)|<style|import|foreignObject|<a|javascript|evil|<image|<use/i);
    expect(out).toContain('stroke="url(#ok)"');
    expect(out).toContain('<text>link</text>');
  });

  it('allows url() only to a local id', () => {
    expect(safePaintValue('url(#arrow)')).toBe(true);
    expect(safePaintValue("url('#arrow')")).toBe(true);
    expect(safePaintValue('url(https://x/y)')).toBe(false);
    expect(safePaintValue('url(data:image/svg+xml,x)')).toBe(false);
    expect(safePaintValue('#fff')).toBe(true);
  });
});

describe('parseGantt', () => {
  it('reads sections, durations, end dates and after', () => {
    const g = parseGantt('gantt\n title T\n dateFormat YYYY-MM-DD\n section A\n One :a1, 2026-01-01, 3d\n Two :crit, after a1, 1w\n Three : 2026-01-20, 2026-01-21');
    expect(g.title).toBe('T');
    expect(g.tasks.map((t) => [t.name, new Date(t.start).toISOString().slice(0, 10), new Date(t.end).toISOString().slice(0, 10)])).toEqual([
      ['One', '2026-01-01', '2026-01-04'],
      ['Two', '2026-01-04', '2026-01-11'],
      ['Three', '2026-01-20', '2026-01-22'],
    ]);
  });

  it('names the line it cannot read', () => {
    expect(() => parseGantt('gantt\n dateFormat YYYY-MM-DD\n Task : after nope, 2d')).toThrow('line 3: "after nope" names a task that is not defined above');
    expect(() => parseGantt('gantt\n dateFormat DD-MM-YYYY')).toThrow('line 2: only dateFormat YYYY-MM-DD is drawn on this site');
  });
});

describe('figures and the page budget', () => {
  it('gives the SVG an accessible name and the source as a text alternative', () => {
    const { html } = new PageDiagrams(undefined, 'p').mermaid('flowchart LR\n  A[Checkout] --> B[Payments]');
    expect(html).toMatch(/<svg role="img" aria-label="Flowchart: Checkout, Payments"/);
    expect(html).toContain('<details class="wf-diagram-source" data-pagefind-ignore><summary>Diagram source</summary>');
    expect(html).not.toMatch(/\n/);
  });

  it('makes marker ids unique per diagram', () => {
    expect(prefixIds('<marker id="arrowhead"/><path marker-end="url(#arrowhead)"/>', 'd1')).toBe('<marker id="d1-arrowhead"/><path marker-end="url(#d1-arrowhead)"/>');
  });

  it('shows the source of a diagram over the size limit, and of diagrams past the count limit', () => {
    const page = new PageDiagrams(undefined, 'p');
    const big = page.mermaid(`flowchart LR\n${'  A --> B\n'.repeat(MAX_DIAGRAM_SOURCE / 10)}`);
    expect(big.problems).toMatchObject([{ code: 'diagram/too-large' }]);
    expect(big.html).not.toContain('<svg');
    for (let i = 1; i < MAX_DIAGRAMS_PER_PAGE; i++) page.mermaid('flowchart LR\n  A --> B');
    expect(page.mermaid('flowchart LR\n  A --> B').problems).toMatchObject([{ code: 'diagram/too-many' }]);
  });
});

describe('checkDiagrams', () => {
  it('reports at the file line of the problem: fence line plus the line in the source', () => {
    const text = '# Title\n\n```mermaid\ngantt\n  dateFormat YYYY-MM-DD\n  Nonsense\n```\n\n```plantuml\n@startuml\n@enduml\n```\n';
    expect(checkDiagrams(text, 'docs/a.md', false, undefined).map((d) => `${d.line} ${d.code} ${d.message}`)).toEqual([
      '6 diagram/not-drawn Gantt chart not drawn: expected a task as "Name : start, end"',
      '10 diagram/plantuml PlantUML diagrams are not drawn on this site (drawing them needs a PlantUML server); the source is shown',
    ]);
  });

  it('says nothing about a text without diagrams', () => {
    expect(checkDiagrams('```js\nx\n```', 'a.md', false, undefined)).toEqual([]);
  });

  it('finds every label of a drawn SVG', () => {
    expect(svgLabels('<svg><text>a &amp; b</text><text>&#x3C;c></text><text>a &amp; b</text></svg>')).toEqual(['a & b', '<c>']);
  });
});
