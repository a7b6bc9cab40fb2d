import { describe, expect, it } from 'vitest';
import { pageSections } from './page-sections.ts';

describe('page sections', () => {
  const sections = pageSections([
    { id: 'owner', heading: 'How to reach Payments', toc: 'How to reach them' },
    { id: 'links', heading: 'Links', shown: false },
    { id: 'members', heading: 'Members' },
    { id: 'health', heading: 'Team completeness' },
  ]);

  it('builds the table of contents from the shown sections, in order', () => {
    expect(sections.toc).toEqual([
      { depth: 2, slug: 'owner', text: 'How to reach them' },
      { depth: 2, slug: 'members', text: 'Members' },
      { depth: 2, slug: 'health', text: 'Team completeness' },
    ]);
  });

  it('gives each heading its id and text from the same list', () => {
    expect(sections.has('links')).toBe(false);
    expect(sections.has('members')).toBe(true);
    expect(sections.section('owner')).toEqual({ id: 'owner', heading: 'How to reach Payments' });
  });

  it('lists a section’s own subheadings after it', () => {
    const guide = pageSections([
      { id: 'when', heading: 'When and what' },
      { id: 'guide', heading: 'Migration guide', subheadings: [{ depth: 3, slug: 'step-1', text: 'Step 1' }] },
      { id: 'affected', heading: 'Who must act' },
    ]);
    expect(guide.toc.map((h) => h.slug)).toEqual(['when', 'guide', 'step-1', 'affected']);
  });

  it('refuses two sections with one id, and a section that is not in the list', () => {
    expect(() => pageSections([{ id: 'a', heading: 'A' }, { id: 'a', heading: 'B' }])).toThrow(/Two sections of one page have the id "a"/);
    expect(() => (sections.section as (id: string) => unknown)('nope')).toThrow(/no section "nope"/);
  });
});
