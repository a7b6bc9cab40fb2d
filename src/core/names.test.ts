import { describe, expect, it } from 'vitest';
import {
  DIRECTORY_KIND_ORDER,
  displayName,
  escapeHtml,
  kindNoun,
  refDisplayName,
  searchType,
  shortRef,
  sortByName,
  STRUCTURE_KIND_ORDER,
} from './names.ts';

const e = (ref: string, name: string, title?: string, profileName?: string) => ({
  ref,
  name,
  ...(title !== undefined ? { title } : {}),
  ...(profileName !== undefined ? { profile: { displayName: profileName } } : {}),
});

describe('display names: one rule', () => {
  it('takes the title, then the profile display name, then the name', () => {
    expect(displayName(e('group:default/payments-team', 'payments-team', 'Payments', 'Payments people'))).toBe('Payments');
    expect(displayName(e('user:default/ana.lima', 'ana.lima', undefined, 'Ana Lima'))).toBe('Ana Lima');
    expect(displayName(e('api:default/auth-api', 'auth-api'))).toBe('auth-api');
  });

  it('skips blank titles and display names instead of showing nothing', () => {
    expect(displayName(e('group:default/sre', 'sre', '  ', 'Site Reliability'))).toBe('Site Reliability');
    expect(displayName(e('group:default/sre', 'sre', '', ' '))).toBe('sre');
  });

  it('names a ref by its entity when the catalog has it, else by the short ref', () => {
    const byRef = new Map([['group:default/payments-team', e('group:default/payments-team', 'payments-team', undefined, 'Payments')]]);
    const lookup = (ref: string) => byRef.get(ref);
    expect(refDisplayName('group:default/payments-team', lookup)).toBe('Payments');
    expect(refDisplayName('user:default/gone.person', lookup)).toBe('user:gone.person');
    expect(refDisplayName('group:ops/night-shift', lookup)).toBe('group:ops/night-shift');
  });

  it('writes short refs with the namespace only when it is not default', () => {
    expect(shortRef('api:billing/ledger-api')).toBe('api:billing/ledger-api');
    expect(shortRef('group:default/sre-team')).toBe('group:sre-team');
    expect(shortRef('not-a-ref')).toBe('not-a-ref');
  });

  it('sorts by display name, case-insensitively and with numbers by value', () => {
    const list = [e('c:default/b', 'b', 'beta 10'), e('c:default/a', 'a', 'Beta 9'), e('c:default/z', 'z', undefined, 'Alpha')];
    expect(sortByName(list).map((x) => x.ref)).toEqual(['c:default/z', 'c:default/a', 'c:default/b']);
  });
});

describe('kinds', () => {
  it('calls a Group a Team on pages and in search', () => {
    expect(kindNoun('group')).toBe('Team');
    expect(kindNoun('api', true)).toBe('APIs');
    expect(searchType('group')).toBe('team');
    expect(searchType('component')).toBe('component');
  });

  it('lists every kind exactly once in both orders', () => {
    expect([...DIRECTORY_KIND_ORDER].sort()).toEqual([...STRUCTURE_KIND_ORDER].sort());
    expect(new Set(DIRECTORY_KIND_ORDER).size).toBe(8);
    expect(DIRECTORY_KIND_ORDER[0]).toBe('component');
    expect(STRUCTURE_KIND_ORDER.slice(0, 3)).toEqual(['domain', 'system', 'component']);
  });
});

describe('escapeHtml', () => {
  it('escapes the five specials, so a title cannot close <title> or an attribute', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml('A </title><script>alert(1)</script>')).toBe('A &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml('Ünïcode · plain')).toBe('Ünïcode · plain');
  });
});
