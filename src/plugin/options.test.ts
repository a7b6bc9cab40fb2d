import { describe, expect, it } from 'vitest';
import { parseWayfinderOptions } from './options.ts';

/** The AstroError a bad option raises: its message and hint, as Astro prints them. */
function failure(input: unknown): { name: string; message: string; hint?: string } {
  try {
    parseWayfinderOptions(input);
  } catch (e) {
    const err = e as Error & { hint?: string; type?: string };
    return { name: err.type ?? err.name, message: err.message, hint: err.hint };
  }
  throw new Error('expected the options to be rejected');
}

describe('the plugin options in astro.config.mjs', () => {
  it('takes no options, or the sidebar settings and the folders content may read', () => {
    expect(parseWayfinderOptions(undefined)).toEqual({
      sectionLabels: {},
      sectionOrder: ['tutorials', 'how-to', 'reference', 'explanation', 'wayfinder'],
      sidebarFolderLimit: 30,
      allowReadsFrom: [],
    });
    expect(parseWayfinderOptions({ sidebarFolderLimit: 50 }).sidebarFolderLimit).toBe(50);
    expect(parseWayfinderOptions({ sectionLabels: { 'how-to': 'How-to guides' } }).sectionLabels).toEqual({ 'how-to': 'How-to guides' });
  });

  it('says where a content policy went, as an AstroError with a hint', () => {
    expect(failure({ reviewEvery: 90, catalogChanges: false })).toMatchInlineSnapshot(`
      {
        "hint": "Move them to wayfinder.yaml at the root of the content folder (e.g. content/wayfinder.yaml: \`reviewEvery: ...\`), so that the build and \`npm run check\` read the same policy. See /docs/wayfinder/policy/ in the site.",
        "message": "Invalid options for the Wayfinder plugin in astro.config.mjs: \`reviewEvery\`, \`catalogChanges\` are content policies, not site options.",
        "name": "AstroUserError",
      }
    `);
  });

  it('lists every wrong option with what is expected', () => {
    expect(failure({ sectionOrder: 'how-to', sidebar: [] })).toMatchInlineSnapshot(`
      {
        "hint": "The plugin's options are sectionLabels, sectionOrder, sidebarFolderLimit and allowReadsFrom; content policies go in wayfinder.yaml in the content folder. See /docs/wayfinder/adopt-wayfinder/ in the site for the options and their defaults.",
        "message": "Invalid options for the Wayfinder plugin in astro.config.mjs:
      - sectionOrder: expected array, received string
      - (options): unknown option \`sidebar\`",
        "name": "AstroUserError",
      }
    `);
  });

  it('rejects options that are not an object', () => {
    expect(failure('how-to')).toMatchInlineSnapshot(`
      {
        "hint": "Call the plugin as wayfinder() or wayfinder({ sectionLabels: { 'how-to': 'How-to guides' } }). See /docs/wayfinder/adopt-wayfinder/ in the site for the options and their defaults.",
        "message": "Invalid options for the Wayfinder plugin in astro.config.mjs: expected an object.",
        "name": "AstroUserError",
      }
    `);
  });
});
