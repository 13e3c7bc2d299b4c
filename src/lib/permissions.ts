/** Mastodon's UserRole::FLAGS. */
export const PERMISSION_BITS = {
  administrator: 0x1,
  view_devops: 0x2,
  view_audit_log: 0x4,
  view_dashboard: 0x8,
  manage_reports: 0x10,
  manage_federation: 0x20,
  manage_settings: 0x40,
  manage_blocks: 0x80,
  manage_taxonomies: 0x100,
  manage_appeals: 0x200,
  manage_users: 0x400,
  manage_invites: 0x800,
  manage_rules: 0x1000,
  manage_announcements: 0x2000,
  manage_custom_emojis: 0x4000,
  manage_webhooks: 0x8000,
  invite_users: 0x10000,
  manage_roles: 0x20000,
  manage_user_access: 0x40000,
  delete_user_data: 0x80000,
} as const;

export type PermissionName = keyof typeof PERMISSION_BITS;
export type Permissions = ReadonlySet<PermissionName>;

/**
 * Decodes `role.permissions` from verify_credentials (a decimal string on 4.0+, sometimes a number).
 * The administrator bit implies every permission. Anything unreadable means no permissions.
 */
export function decodePermissions(raw: string | number | null | undefined): Permissions {
  const text = String(raw ?? '').trim();
  if (!/^\d{1,16}$/.test(text)) return new Set();
  const value = Number(text);
  const all = Object.keys(PERMISSION_BITS) as PermissionName[];
  if (value & PERMISSION_BITS.administrator) return new Set(all);
  return new Set(all.filter((name) => (value & PERMISSION_BITS[name]) !== 0));
}
