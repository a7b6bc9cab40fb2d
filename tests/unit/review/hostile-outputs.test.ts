/**
 * The change review's outputs quote names, titles and file names from a contributor's
 * branch (#24): whatever they hold, the pull-request comment has the blocks, headings,
 * links and HTML of its template and no others (parsed with a real GFM parser), and the
 * GitHub and text outputs have the lines of theirs, none of which content starts.
 */
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it, vi } from 'vitest';
import { type Diagnostic } from '../../../src/core/model/diagnostics.ts';
import { formatDiagnostic, formatGithubAnnotation } from '../../../src/core/format-diagnostics.ts';
import { formatReviewGithub, formatReviewMarkdown, formatReviewText, type AffectedTeam, type ChangeSet } from '../../../src/core/review/index.ts';

/** A review with something from content in every field, each written by `text`. */
function review(text: (field: string) => string): ChangeSet {
  const mention = (f: string) => ({ ref: 'component:default/svc', kind: 'component', name: text(`${f}.name`), file: text(`${f}.file`), line: 3 });
  const team = (f: string): AffectedTeam => ({
    ref: 'group:default/team',
    name: text(`${f}.team`),
    chat: text(`${f}.chat`),
    // Contacts are links on purpose (checked by the catalog's URL rule); their names are text.
    email: 'team@example.com',
    consumers: [
      { ref: 'component:default/a', name: text(`${f}.direct`), indirect: false, via: [], viaNames: [] },
      { ref: 'component:default/b', name: text(`${f}.indirect`), indirect: true, via: [], viaNames: [text(`${f}.via`)] },
    ],
  });
  const step = (f: string) => ({ id: 's', title: text(`${f}.title`), milestone: text(`${f}.milestone`), line: 4 });
  return {
    base: 'main',
    head: 'the working tree',
    added: [mention('added')],
    removed: [{ ...mention('removed'), breaks: [team('removed')] }],
    renamed: [{ from: 'component:default/old', to: mention('renamed'), how: 'detected', redirect: false, breaks: [team('renamed')] }],
    owners: [{ entity: mention('owner'), line: 5, from: team('owner.from'), to: team('owner.to') }],
    lifecycles: [{ entity: mention('lifecycle'), line: 6, from: text('lifecycle.from'), to: text('lifecycle.to'), affected: [team('lifecycle')] }],
    modified: [{ entity: mention('modified'), fields: [text('modified.field')] }],
    announcements: [
      {
        id: 'a',
        status: 'changed',
        title: text('announcement.title'),
        type: text('announcement.type'),
        file: text('announcement.file'),
        subjects: [],
        effective: text('announcement.effective'),
        sunset: text('announcement.sunset'),
        changes: [text('announcement.change')],
        affected: [team('announcement')],
      },
    ],
    docs: [{ file: text('doc.file'), title: text('doc.title'), services: ['component:default/svc'] }],
    paths: [{ id: 'p', title: text('path.title'), file: text('path.file'), status: 'changed', added: [step('added')], removed: [step('removed')], moved: [{ ...step('moved'), fromMilestone: text('moved.from'), fromPosition: 1, position: 2 }] }],
    apis: [
      {
        api: mention('api'),
        format: text('api.format'),
        version: { from: text('api.from'), to: text('api.to') },
        breaking: [{ level: 'breaking', code: 'operation-removed', target: text('api.target'), message: text('api.breaking'), file: text('api.file'), line: 8 }],
        nonBreaking: [{ level: 'non-breaking', code: 'operation-added', target: text('api.target2'), message: text('api.added'), file: text('api.file2'), line: 9 }],
        deprecations: [{ level: 'deprecation', code: 'operation-deprecated', target: text('api.target3'), message: text('api.deprecated'), file: text('api.file3'), line: 10, old: true }],
        omitted: 0,
        consumers: [team('api')],
        suggest: text('api.suggest'),
      },
    ],
    problems: {
      introduced: [{ file: text('problem.file'), line: 7, column: 1, severity: 'error', code: 'x/y', message: text('problem.message'), hint: text('problem.hint') }],
      fixed: 0,
      unchanged: 0,
    },
  };
}

/** Everything a pull-request reviewer could be misled by. */
const PAYLOADS = [
  '\r### Approved ✅\r',
  'x\n\n# Heading\n',
  '\u2028## Line separator\u2029\u0085## NEL',
  '` escaped `code` <b>bold</b> ``',
  '<img src=x onerror=alert(1)> </details><script>alert(1)</script> <!-- hidden',
  '@octocat @org/team a@b.example #123',
  'www.evil.example https://evil.example/x [link](https://evil.example) ![i](https://evil.example/i.png) <https://evil.example>',
  '*em* _u_ ~~s~~ $x$ | a | b | [^1] &lt;b&gt; &#10;',
  '\n::error file=a.yaml,line=1::pwned\n::stop-commands::token\n::add-mask::secret\n##[error]old',
];
const hostile = (field: string) => `${field} ${PAYLOADS.join(' ')}`;
const benign = (field: string) => field;

// Parsing a comment full of escapes takes a while on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const parser = unified().use(remarkParse).use(remarkGfm);

/** The comment's structure: every node but text and code, with what makes it what it is (heading depth, link target, raw HTML). */
function skeleton(md: string): string[] {
  const out: string[] = [];
  const walk = (node: Nodes, depth: number) => {
    if (node.type === 'text' || node.type === 'inlineCode') return;
    const detail = node.type === 'heading' ? node.depth : node.type === 'link' || node.type === 'image' ? node.url : node.type === 'html' ? node.value : '';
    out.push(`${'  '.repeat(depth)}${node.type} ${detail}`);
    if ('children' in node) for (const child of node.children) walk(child, depth + 1);
  };
  walk(parser.parse(md) as Root, 0);
  return out;
}

/** The text a reader sees, code left out, where GitHub would still add mentions and links. */
function proseText(md: string): string {
  const out: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'text') out.push(node.value);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(parser.parse(md) as Root);
  return out.join('\n');
}

const COMMAND = /^\s*(::|##\[)/;

describe('the pull-request comment', () => {
  it('has the blocks, headings, links and HTML of its template, whatever names, titles and file names hold', () => {
    const md = formatReviewMarkdown(review(hostile));
    expect(skeleton(md)).toEqual(skeleton(formatReviewMarkdown(review(benign))));
    expect(proseText(md)).not.toMatch(/(^|[^\w])@[A-Za-z0-9]|www\.|:\/\/|#\d/i);
    // The text is still there for the reader, one line each.
    expect(proseText(md)).toContain('announcement.title');
    expect(proseText(md)).toContain('<img src=x onerror=alert(1)>');
  });

  it('holds for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom(...PAYLOADS), (s, p) => {
        const md = formatReviewMarkdown(review((f) => `${f}${s}${p}`));
        expect(skeleton(md)).toEqual(skeleton(formatReviewMarkdown(review(benign))));
      }),
      { numRuns: 25 },
    );
  });
});

describe('the GitHub annotations and the text review', () => {
  it('print the lines of their template, none of them started by content', () => {
    for (const format of [formatReviewGithub, formatReviewText]) {
      const lines = format(review(hostile)).split('\n');
      expect(lines).toHaveLength(format(review(benign)).split('\n').length);
      for (const line of lines) expect(line).not.toMatch(/[\r\u2028\u2029\u0085]/);
      if (format === formatReviewGithub) {
        // Every line is one of ours: an annotation, then the summary.
        for (const line of lines.slice(0, -1)) expect(line).toMatch(/^::(notice|warning|error) file=[^:]*::/);
        expect(lines.at(-1)).toMatch(/^This change /);
      } else {
        for (const line of lines) expect(line).not.toMatch(COMMAND);
      }
    }
  });

  it('hold for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom(...PAYLOADS), (s, p) => {
        const cs = review((f) => `${s}${p}${f}`);
        const github = formatReviewGithub(cs).split('\n');
        expect(github.slice(0, -1).every((l) => /^::(notice|warning|error) file=[^:]*::/.test(l))).toBe(true);
        expect(github).toHaveLength(formatReviewGithub(review(benign)).split('\n').length);
        const text = formatReviewText(cs).split('\n');
        expect(text.filter((l) => COMMAND.test(l))).toEqual([]);
        expect(text).toHaveLength(formatReviewText(review(benign)).split('\n').length);
      }),
      { numRuns: 60 },
    );
  });
});

describe("npm run check's own output", () => {
  it('prints each problem on one line, text or annotation, whatever its file name and message quote', () => {
    const d: Diagnostic = { file: `content/docs/${hostile('file')}.md`, line: 3, column: 1, severity: 'error', code: 'x/y', message: hostile('message'), hint: hostile('hint') };
    expect(formatDiagnostic(d)).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
    // The file stays the file (GitHub places the annotation by it), its line breaks escaped.
    expect(formatGithubAnnotation(d)).not.toMatch(/[\r\n]/);
    expect(formatGithubAnnotation(d)).toMatch(/^::error file=content\/docs\/file [^:]*,line=3,col=1,title=x\/y::message /);
  });
});
