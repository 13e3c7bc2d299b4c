import { describe, expect, it } from 'vitest';
import { decodePermissions, PERMISSION_BITS } from './permissions.ts';

describe('decodePermissions', () => {
  it('decodes the seeded moderator bits (string from verify_credentials)', () => {
    const moderator = String(0x8 | 0x4 | 0x400 | 0x10 | 0x100 | 0x10000);
    expect([...decodePermissions(moderator)].sort()).toEqual(
      ['invite_users', 'manage_reports', 'manage_taxonomies', 'manage_users', 'view_audit_log', 'view_dashboard'].sort(),
    );
  });

  it('lets administrator imply every permission', () => {
    expect(decodePermissions('1').size).toBe(Object.keys(PERMISSION_BITS).length);
    expect(decodePermissions(1048575).has('delete_user_data')).toBe(true);
  });

  it('gives a manage_reports-only role no manage_users', () => {
    const triage = decodePermissions('65552');
    expect(triage.has('manage_reports')).toBe(true);
    expect(triage.has('manage_users')).toBe(false);
  });

  it.each([null, undefined, '', 'abc', '-1', '1e3', '99999999999999999999'])('reads %j as no permissions', (raw) => {
    expect(decodePermissions(raw).size).toBe(0);
  });
});
