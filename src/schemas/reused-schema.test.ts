import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reusedSchema, STARLIGHT_PAGE_IMAGE_MARK } from './reused-schema.ts';

// The same helper source <StarlightPage> passes (dist/utils/starlight-page.js).
const starlightPageImage = () => 'Invalid image passed to `<StarlightPage>` component.';

describe('reusedSchema', () => {
  it('builds the <StarlightPage> schema once and hands the same one to every page', () => {
    let built = 0;
    const factory = reusedSchema(() => ({ n: ++built }));
    const first = factory({ image: starlightPageImage });
    const second = factory({ image: () => 'Invalid image passed to `<StarlightPage>` component.' });
    expect(second).toBe(first);
    expect(built).toBe(1);
  });

  it('builds a new schema for each content entry, whose image helper resolves paths from its own file', () => {
    const files: string[] = [];
    const entryImage = (file: string) => () => files.push(file);
    const factory = reusedSchema((context: { image: () => unknown }) => {
      context.image();
      return { file: files.at(-1) };
    });
    expect(factory({ image: entryImage('a.md') })).toEqual({ file: 'a.md' });
    expect(factory({ image: entryImage('b.md') })).toEqual({ file: 'b.md' });
  });

  it("recognises the helper of the installed Starlight's <StarlightPage> (fails when an upgrade changes it)", () => {
    const dist = path.dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight/schema')));
    const source = fs.readFileSync(path.join(dist, 'utils/starlight-page.js'), 'utf8');
    const helper = /image: \(\(\) => z\.custom\([\s\S]*?\)\)/.exec(source)?.[0] ?? '';
    expect(helper).toContain(STARLIGHT_PAGE_IMAGE_MARK);
  });
});
