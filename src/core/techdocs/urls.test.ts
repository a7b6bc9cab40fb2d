import { describe, expect, it } from 'vitest';
import { mkdocsSlug, pageSlug, uniqueSlugger } from './urls.ts';

describe('MkDocs names', () => {
  it('slugs headings as Python-Markdown toc does', () => {
    expect(mkdocsSlug('Set up the CLI!')).toBe('set-up-the-cli');
    expect(mkdocsSlug('Über Ä & co.')).toBe('uber-a-co');
    expect(mkdocsSlug('  Step 2 -- deploy  ')).toBe('step-2-deploy');
    expect(mkdocsSlug('snake_case stays')).toBe('snake_case-stays');
    const unique = uniqueSlugger();
    expect([unique('intro'), unique('intro'), unique('intro')]).toEqual(['intro', 'intro_1', 'intro_2']);
  });

  it('builds page paths as use_directory_urls does', () => {
    expect(pageSlug('index.md')).toBe('');
    expect(pageSlug('guide.md')).toBe('guide/');
    expect(pageSlug('ops/index.md')).toBe('ops/');
    expect(pageSlug('ops/README.md')).toBe('ops/');
    expect(pageSlug('ops/run-book.md')).toBe('ops/run-book/');
  });
});
