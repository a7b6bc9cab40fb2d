import { describe, expect, it } from 'vitest';
import { invocationDir, pathsFromHere } from './content-dir.ts';
import { type Diagnostic } from './model/diagnostics.ts';
import { diagnosticFormat, formatDiagnostic } from './format-diagnostics.ts';

const npm = { INIT_CWD: '/home/ada/project/handbook', npm_package_json: '/home/ada/project/package.json' };

describe('the folder a command was run from', () => {
  it('is npm’s INIT_CWD when npm started the script in the project root', () => {
    expect(invocationDir(npm, '/home/ada/project')).toBe('/home/ada/project/handbook');
  });

  it('is the working directory of a process that inherited INIT_CWD but runs elsewhere, or without npm', () => {
    expect(invocationDir(npm, '/tmp/repo')).toBe('/tmp/repo');
    expect(invocationDir({}, '/tmp/repo')).toBe('/tmp/repo');
  });
});

describe('printed paths', () => {
  const d: Diagnostic = { file: 'handbook/catalog/a.yaml', line: 3, column: 5, severity: 'error', code: 'x/y', message: 'wrong' };
  const paths = { parent: '/home/ada/project' };

  it('are relative to the folder the command was run from, so a click opens the file', () => {
    expect(diagnosticFormat(pathsFromHere(paths, '/home/ada/project/handbook'))(d)).toBe('catalog/a.yaml:3:5: error: wrong');
    expect(diagnosticFormat(pathsFromHere(paths, '/home/ada/project'))(d)).toBe('handbook/catalog/a.yaml:3:5: error: wrong');
    expect(diagnosticFormat(pathsFromHere(paths, '/home/ada/project/handbook/docs'))(d)).toBe('../catalog/a.yaml:3:5: error: wrong');
    // Nothing in common but the root: the absolute path, not a climb of ../ to it.
    expect(diagnosticFormat(pathsFromHere(paths, '/srv/wayfinder'))(d)).toBe('/home/ada/project/handbook/catalog/a.yaml:3:5: error: wrong');
  });

  it('are the diagnostic’s own path without a folder to start from', () => {
    expect(formatDiagnostic(d)).toBe('handbook/catalog/a.yaml:3:5: error: wrong');
  });
});
