/** Doc frontmatter refs (owner, services) resolved against the catalog. */
import { describe, expect, it } from 'vitest';
import { checkDocRefs } from '../../../src/core/catalog/resolve/doc-refs.ts';
import { checkDocs } from '../../../src/core/docs/frontmatter.ts';
import { fixturePaths, loadFixture } from './helpers.ts';

describe('checkDocRefs', () => {
  const paths = fixturePaths('docs-refs');
  const docs = checkDocs(paths);
  const diagnostics = checkDocRefs(docs.docs, loadFixture('docs-refs'));

  it('reports each dangling owner or services ref at the doc file:line:col, with did you mean', () => {
    expect(docs.diagnostics).toEqual([]);
    expect(diagnostics).toEqual([
      {
        file: 'docs-refs/docs/how-to/pay.md',
        line: 3,
        column: 8,
        severity: 'error',
        code: 'docs/dangling-ref',
        message: '`owner` refers to group:payments-tem, which is not in the catalog',
        hint: 'did you mean group:payments-team?',
      },
      {
        file: 'docs-refs/docs/how-to/pay.md',
        line: 4,
        column: 32,
        severity: 'error',
        code: 'docs/dangling-ref',
        message: '`services` refers to component:chekout, which is not in the catalog',
        hint: 'did you mean component:checkout?',
      },
      {
        file: 'docs-refs/docs/how-to/pay.md',
        line: 4,
        column: 71,
        severity: 'error',
        code: 'docs/dangling-ref',
        message: '`services` refers to component:orders-db, which is not in the catalog',
        hint: 'did you mean resource:orders-db?',
      },
    ]);
  });

  it('accepts refs without a kind (owner: group, services: component) and any case', () => {
    const fine = docs.docs.find((d) => d.relative === 'how-to/fine.md');
    expect(fine).toBeDefined();
    expect(checkDocRefs(fine ? [fine] : [], loadFixture('docs-refs'))).toEqual([]);
    const shouting = { ...(fine as NonNullable<typeof fine>), owner: { value: 'Group:Payments-Team', line: 3, column: 8 } };
    expect(checkDocRefs([shouting], loadFixture('docs-refs'))).toEqual([]);
  });
});
