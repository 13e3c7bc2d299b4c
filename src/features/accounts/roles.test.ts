import { describe, expect, it } from 'vitest';
import { rememberRoles } from './roles.ts';

describe('rememberRoles', () => {
  it('collects roles with an id, per instance, sorted by name, without the everyone role', () => {
    rememberRoles('https://a.example', [{ id: '2', name: 'Admin' }, null, 'moderator', { name: 'no id' }, { id: -99, name: '' }]);
    const roles = rememberRoles('https://a.example', [{ id: 1, name: 'Moderator' }]);
    expect(roles).toEqual([
      { id: '2', name: 'Admin' },
      { id: '1', name: 'Moderator' },
    ]);
    expect(rememberRoles('https://b.example', [])).toEqual([]);
  });
});
