import { describe, expect, it } from 'vitest';
import { roleLabel } from './role-label.ts';

describe('roleLabel', () => {
  it('reads every shape servers send', () => {
    expect(roleLabel({ id: 3, name: 'Owner', color: '', position: 1000, permissions: 1, highlighted: true })).toBe('Owner');
    expect(roleLabel({ name: 'moderator' })).toBe('moderator');
    expect(roleLabel('admin')).toBe('admin');
  });
  it('gives plain users and remote accounts no badge', () => {
    expect(roleLabel({ id: -99, name: '', position: -1, permissions: 65536 })).toBeNull();
    expect(roleLabel('user')).toBeNull();
    expect(roleLabel(null)).toBeNull();
    expect(roleLabel(undefined)).toBeNull();
  });
});
