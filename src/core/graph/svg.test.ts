import { describe, expect, it } from 'vitest';
import { layoutNeighbourhood, type GraphNodeInput } from './layout.ts';
import { escapeHtml } from '../names.ts';
import { fitText, nodeDetail, renderGraphSvg } from './svg.ts';

const center: GraphNodeInput = { id: 'component:default/x', label: 'X service', kind: 'Component' };
const options = { idPrefix: 'dep', title: 'Dependencies of X service', description: 'What X uses and what uses it.' };

describe('renderGraphSvg', () => {
  it('escapes names, details and links', () => {
    const evil: GraphNodeInput = {
      id: 'component:default/evil',
      label: '<script>alert("x")</script> & co',
      kind: 'Component',
      relations: ['depends <on>'],
      href: '/catalog/component/a"onmouseover="alert(1)/',
    };
    const svg = renderGraphSvg(layoutNeighbourhood({ center, upstream: [evil], downstream: [] }), {
      ...options,
      title: 'Dependencies of <b>X</b>',
    });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<on>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('&amp; co');
    expect(svg).not.toMatch(/"onmouseover="/);
    expect(svg).toContain('href="/catalog/component/a&quot;onmouseover=&quot;alert(1)/"');
  });

  it('links every neighbour to its page and names the picture', () => {
    const up: GraphNodeInput = { id: 'resource:default/db', label: 'Orders DB', kind: 'Resource', relations: ['depends on'], href: '/catalog/resource/db/' };
    const svg = renderGraphSvg(layoutNeighbourhood({ center, upstream: [up], downstream: [] }), options);
    expect(svg).toMatch(/^<svg [^>]*aria-labelledby="dep-title" aria-describedby="dep-desc"/);
    expect(svg).toContain('<title id="dep-title">Dependencies of X service</title>');
    expect(svg).toContain('<a href="/catalog/resource/db/" class="wf-graph-node wf-graph-node--upstream" aria-label="Orders DB, Resource · depends on">');
    expect(svg).toContain('marker-end="url(#dep-arrow)"');
    expect(svg).not.toMatch(/#000|#fff|black|white/i);
    expect(svg).not.toContain('<script');
  });

  it('shows "+N more" as a link to the relations list', () => {
    const many = Array.from({ length: 30 }, (_, i): GraphNodeInput => ({ id: `api:default/a${i}`, label: `a${i}`, href: `/catalog/api/a${i}/` }));
    const svg = renderGraphSvg(layoutNeighbourhood({ center, upstream: many, downstream: [], cap: 5, moreHref: { upstream: '#uses' } }), options);
    expect(svg).toContain('href="#uses"');
    expect(svg).toContain('>+26 more</text>');
    expect(svg.match(/<a /g)).toHaveLength(5);
  });

  it('says so when a side is empty', () => {
    const svg = renderGraphSvg(layoutNeighbourhood({ center, upstream: [], downstream: [] }), options);
    expect(svg).toContain('Uses nothing listed');
    expect(svg).toContain('Nothing listed uses it');
  });

  it('cuts long labels with an ellipsis but keeps the full name in the tooltip and label', () => {
    const long = 'a-really-long-component-name-that-does-not-fit-in-a-box';
    const svg = renderGraphSvg(layoutNeighbourhood({ center, upstream: [{ id: 'component:default/l', label: long, href: '/l/' }], downstream: [] }), options);
    expect(svg).toContain(`<title>${long}</title>`);
    expect(svg).toMatch(/>a-really-long[^<]*…<\/text>/);
  });
});

describe('helpers', () => {
  it('escapeHtml escapes the five XML specials', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
  it('fitText keeps short text and cuts long text', () => {
    expect(fitText('short', 10)).toBe('short');
    expect(fitText('0123456789abc', 10)).toBe('012345678…');
  });
  it('nodeDetail joins kind and relations', () => {
    expect(nodeDetail({ kind: 'API', relations: ['depends on', 'consumes'] })).toBe('API · depends on, consumes');
    expect(nodeDetail({})).toBe('');
  });
});
