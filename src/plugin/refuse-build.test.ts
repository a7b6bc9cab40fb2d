import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../core/model/diagnostics.ts';
import { onBundlerWarning } from './quiet-build.ts';
import { refuseBuild } from './refuse-build.ts';

const d: Diagnostic = { file: 'content/docs/a.md', line: 2, column: 8, severity: 'error', code: 'docs/x', message: 'the window is open', hint: 'close it' };

describe('a refused build', () => {
  it('prints the diagnostics, named from where the command ran, and exits 1', () => {
    let out = '';
    let code: number | undefined;
    const exit = (c: number): never => {
      code = c;
      throw new Error('exited');
    };
    expect(() => refuseBuild([d], 'content', { command: 'build', name: (f) => f.replace('content/', ''), write: (t) => (out += t), exit })).toThrow('exited');
    expect(code).toBe(1);
    expect(out.split('\n').slice(0, 2)).toEqual(['Wayfinder found 1 error in the content:', 'docs/a.md:2:8: error: the window is open (close it)']);
  });

  it('throws in astro dev, which must go on running', () => {
    expect(() => refuseBuild([d], 'content', { command: 'dev' })).toThrow(/content\/docs\/a\.md:2:8: error: the window is open/);
  });
});

describe('build warnings nobody can act on', () => {
  it('drops only the bundler’s note about Astro’s own head-inject directive', () => {
    const passed: string[] = [];
    const next = (w: { message: string }) => passed.push(w.message);
    onBundlerWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'directive "use astro:head-inject" in "x.mdx" may not be preserved' }, next);
    onBundlerWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'directive "use client" in "x.js" may not be preserved' }, next);
    onBundlerWarning({ code: 'EVAL', message: 'eval is bad' }, next);
    expect(passed).toEqual(['directive "use client" in "x.js" may not be preserved', 'eval is bad']);
  });
});
