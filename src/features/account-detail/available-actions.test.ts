import { describe, expect, it } from 'vitest';
import type { AdminAccount } from '@/api/types.ts';
import { decodePermissions, PERMISSION_BITS } from '@/lib/permissions.ts';
import { availableActions } from './available-actions.ts';

const account = (overrides: Partial<AdminAccount>) =>
  ({ id: '1', username: 'x', domain: null, approved: true, disabled: false, silenced: false, sensitized: false, suspended: false, ...overrides }) as AdminAccount;
const admin = decodePermissions(PERMISSION_BITS.administrator);
const moderator = decodePermissions(PERMISSION_BITS.manage_users | PERMISSION_BITS.manage_reports);
const triage = decodePermissions(PERMISSION_BITS.manage_reports);

describe('availableActions', () => {
  it('offers approve and reject for local pending sign-ups only', () => {
    expect(availableActions(account({ approved: false }), admin, []).simple).toEqual(['approve', 'reject']);
    expect(availableActions(account({ approved: null, domain: 'remote.example' }), admin, []).simple).toEqual([]);
  });

  it('offers the undo of each state in force', () => {
    const everything = account({ disabled: true, silenced: true, sensitized: true, suspended: true });
    expect(availableActions(everything, admin, []).simple).toEqual(['enable', 'unsilence', 'unsensitive', 'unsuspend', 'delete']);
  });

  it('follows the role: delete needs delete_user_data, triage gets nothing', () => {
    const suspended = account({ suspended: true });
    expect(availableActions(suspended, moderator, [])).toEqual({ simple: ['unsuspend'], moderate: true, missing: [] });
    expect(availableActions(suspended, triage, [])).toEqual({ simple: [], moderate: false, missing: [] });
  });

  it('stops offering endpoints the server lacks, and names them', () => {
    expect(availableActions(account({ silenced: true, suspended: true }), admin, ['unsilence', 'delete'])).toEqual({
      simple: ['unsuspend'],
      moderate: true,
      missing: ['unsilence', 'delete'],
    });
  });
});
