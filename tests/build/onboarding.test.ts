import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { resolveContentPaths } from '../../src/core/content-dir.ts';
import { checkDocs } from '../../src/core/docs/frontmatter.ts';
import { checkPaths, pathSteps, pathTotals, totalsText } from '../../src/core/onboarding/index.ts';
import { demoDist, root } from './site.ts';

// The build suite builds the demo into tests/.out/demo; WAYFINDER_OUT_DIR points these assertions elsewhere.
const dist = process.env.WAYFINDER_OUT_DIR ?? demoDist;
const content = resolveContentPaths(undefined, {}, root, root);
const { paths } = checkPaths(content, checkDocs(content).docs);
const page = (site: string): HTMLElement => {
  const file = path.join(dist, site.replace(/^\//, ''), 'index.html');
  return parse(fs.readFileSync(file, 'utf8'));
};
const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('/onboarding/', () => {
  const chooser = page('/onboarding/');

  it('lists the three demo paths, grouped by role, each with its step count and total time', () => {
    const cards = chooser.querySelectorAll('[data-wf-card]');
    expect(cards.map((c) => c.getAttribute('data-wf-card'))).toEqual(['every-engineer', 'backend', 'on-call']);
    expect(chooser.querySelectorAll('main h2').map(text)).toEqual(['Everyone', 'Backend engineers', 'SRE and on-call']);
    for (const card of cards) {
      const id = card.getAttribute('data-wf-card') ?? '';
      const p = paths.find((x) => x.id === id);
      expect(p, id).toBeDefined();
      if (!p) continue;
      const link = card.querySelector('h3 a');
      expect(link?.getAttribute('href')).toBe(`/onboarding/${id}/`);
      expect(text(link)).toBe(p.title);
      const t = totalsText(pathTotals(p));
      expect(text(card.querySelector('.wf-card-required'))).toBe(t.required);
      expect(text(card.querySelector('.wf-card-optional'))).toBe(t.optional);
    }
    // The numbers themselves, for one path, so a wrong sum in both core and page is caught.
    expect(text(chooser.querySelector('[data-wf-card="every-engineer"] .wf-card-required'))).toBe('9 steps, 4 h 55 min');
    expect(text(chooser.querySelector('[data-wf-card="every-engineer"] .wf-card-optional'))).toBe('+ 2 optional, 30 min');
  });

  it('says what to do first, with a link', () => {
    const first = chooser.querySelector('[data-wf-card="backend"] .wf-card-first a');
    expect(first?.getAttribute('href')).toBe('/onboarding/every-engineer/');
  });

  it('gives every card a labelled progress bar for the script to fill in', () => {
    for (const bar of chooser.querySelectorAll('[data-wf-card] progress')) {
      expect(bar.getAttribute('aria-label')).toMatch(/^Your progress on /);
    }
  });
});

describe('/onboarding/<id>/', () => {
  it('writes one page per path with its milestones and its steps in order, as links to the docs with ?path=', () => {
    for (const p of paths) {
      const html = page(`/onboarding/${p.id}/`);
      expect(text(html.querySelector('h1')), p.id).toBe(p.title);
      expect(html.querySelectorAll('.wf-milestone h2').map(text)).toEqual(p.milestones.map((m) => m.title));
      const items = html.querySelectorAll('ol.wf-steps > li');
      const steps = pathSteps(p);
      expect(items.map((li) => li.getAttribute('data-wf-step'))).toEqual(steps.map((s) => s.id));
      items.forEach((li, i) => {
        const s = steps[i];
        if (!s) return;
        const href = li.querySelector('a.wf-step-link')?.getAttribute('href');
        expect(href).toBe(s.kind === 'doc' ? `${s.docPath}?path=${p.id}` : s.url);
        expect(li.getAttribute('id')).toBe(`step-${s.id}`);
        // A real, labelled checkbox for each step.
        const box = li.querySelector('input[type="checkbox"]');
        expect(box).not.toBeNull();
        expect(text(li.querySelector(`label[for="${box?.getAttribute('id')}"]`))).toBe(`Done: ${s.title}`);
      });
      // Numbering continues across milestones.
      expect(html.querySelectorAll('ol.wf-steps').map((ol) => ol.getAttribute('start'))).toEqual(
        p.milestones.map((_, i) => String(p.milestones.slice(0, i).reduce((n, m) => n + m.steps.length, 0) + 1)),
      );
    }
  });

  it('links every doc step to a page that exists', () => {
    const missing = paths.flatMap((p) =>
      pathSteps(p)
        .filter((s) => s.kind === 'doc')
        .map((s) => (s.kind === 'doc' ? s.docPath : ''))
        .filter((docPath) => !fs.existsSync(path.join(dist, docPath, 'index.html'))),
    );
    expect(missing).toEqual([]);
  });

  it('has a labelled progress bar with its text, and "start with" the first step, readable without JavaScript', () => {
    const html = page('/onboarding/backend/');
    const bar = html.querySelector('progress#wf-progress-bar');
    expect(bar?.getAttribute('aria-labelledby')).toBe('your-progress');
    expect(text(html.getElementById('your-progress'))).toBe('Your progress');
    expect(bar?.getAttribute('aria-valuetext')).toBe('0 of 8 steps done, 6 h 10 min left');
    expect(text(html.querySelector('[data-wf-progress-text]'))).toBe('0 of 8 steps done, 6 h 10 min left');
    expect(html.querySelector('[data-wf-continue-link]')?.getAttribute('href')).toBe('/docs/tutorials/deploy-your-first-service/?path=backend');
    expect(html.querySelector('[data-wf-reset]')?.tagName).toBe('BUTTON');
  });
});

describe('the navigator on docs', () => {
  it('is rendered, hidden, into the docs that are steps, once per path that has them', () => {
    const navs = page('/docs/how-to/roll-back-a-deploy/').querySelectorAll('nav[data-wf-nav]');
    expect(navs.map((n) => [n.getAttribute('data-wf-nav'), n.hasAttribute('hidden')])).toEqual([
      ['backend', true],
      ['on-call', true],
    ]);
    const backend = navs[0];
    expect(text(backend?.querySelector('.wf-path-nav-pos'))).toBe('Step 3 of 10 · Week 1');
    expect(backend?.querySelector('[data-wf-nav-prev]')?.getAttribute('href')).toBe('/docs/reference/launchpad-yaml/?path=backend');
    expect(backend?.querySelector('[data-wf-nav-next]')?.getAttribute('href')).toBe('/onboarding/backend/#step-github-team');
    // It lives in the doc context under the title, and stays out of the search index.
    expect(backend?.closest('.wf-doc-context')).not.toBeNull();
    expect(backend?.closest('[data-pagefind-ignore]')).not.toBeNull();
  });

  it('is not in docs that are no step of any path', () => {
    expect(page('/docs/wayfinder/frontmatter/').querySelectorAll('[data-wf-nav]')).toHaveLength(0);
  });
});
