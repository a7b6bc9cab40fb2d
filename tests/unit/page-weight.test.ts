import { describe, expect, it } from 'vitest';
import { pageType } from '../../scripts/page-weight.ts';

describe('page types of a built site', () => {
  it('sorts each HTML file into the page type whose limit applies to it', () => {
    expect(pageType('index.html')).toBe('doc');
    expect(pageType('docs/how-to/x/index.html')).toBe('doc');
    expect(pageType('doc-folders/services/page/2/index.html')).toBe('folder index');
    expect(pageType('catalog/index.html')).toBe('catalog list');
    expect(pageType('catalog/by/tag/docs/index.html')).toBe('catalog list');
    expect(pageType('catalog/component/x/index.html')).toBe('entity');
    expect(pageType('catalog/component/x/docs/a/index.html')).toBe('techdocs');
    expect(pageType('catalog/user/ana/index.html')).toBe('user');
    expect(pageType('teams/index.html')).toBe('teams list');
    expect(pageType('teams/page/3/index.html')).toBe('teams list');
    expect(pageType('teams/payments/index.html')).toBe('team');
    expect(pageType('health/page/2/index.html')).toBe('health');
    expect(pageType('lifecycle/past/page/2/index.html')).toBe('lifecycle');
    expect(pageType('lifecycle/x-beta/index.html')).toBe('announcement');
    expect(pageType('lifecycle/x-deprecation/consumers/index.html')).toBe('consumer list');
    expect(pageType('lifecycle/x-deprecation/consumers/page/3/index.html')).toBe('consumer list');
    expect(pageType('lifecycle/2026/consumers-api/index.html')).toBe('announcement');
    expect(pageType('lifecycle/stages/index.html')).toBe('other');
  });
});
