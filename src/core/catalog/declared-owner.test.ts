import { describe, expect, it } from 'vitest';
import { declaredOwner } from './declared-owner.ts';
import { testEntity } from '../model/test-entity.ts';

describe('declaredOwner', () => {
  const pos = { file: 'a.yaml', line: 1, column: 1 };
  it('is the resolved owner when there is one', () => {
    expect(declaredOwner(testEntity({ owner: 'group:default/team' }))).toBe('group:default/team');
  });
  it('is the owner as written when it is not in the catalog, namespace kept', () => {
    expect(declaredOwner(testEntity({ missingRefs: [{ path: 'spec.owner', ref: 'group:maintainers', pos }] }))).toBe('group:default/maintainers');
    expect(declaredOwner(testEntity({ missingRefs: [{ path: 'spec.owner', ref: 'user:eu/ana', pos }] }))).toBe('user:eu/ana');
  });
  it('is nothing when no owner is declared, whatever else is missing', () => {
    expect(declaredOwner(testEntity({ missingRefs: [{ path: 'spec.system', ref: 'system:x', pos }] }))).toBeUndefined();
  });
});
