import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from './links.ts';
import { demoDist } from './site.ts';

describe('internal links of the demo site', () => {
  it('has no broken internal link or anchor', () => {
    expect(checkLinks(demoDist)).toEqual([]);
  });
});

describe('the link checker', () => {
  it('catches a missing page and a missing anchor', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-links-'));
    fs.mkdirSync(path.join(dir, 'a'));
    fs.writeFileSync(path.join(dir, 'a/index.html'), '<h2 id="here">Here</h2>');
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      '<a href="/a/">ok</a><a href="/a/#here">ok</a><a href="/a/#gone">bad anchor</a><a href="/b/">bad page</a><a href="https://x.example/">external</a>',
    );
    expect(checkLinks(dir).map((b) => b.href)).toEqual(['/a/#gone', '/b/']);
  });
});
