/** UserRole::FLAGS from Mastodon (app/models/user_role.rb). */
export const FLAGS = {
  administrator: 1 << 0,
  view_devops: 1 << 1,
  view_audit_log: 1 << 2,
  view_dashboard: 1 << 3,
  manage_reports: 1 << 4,
  manage_federation: 1 << 5,
  manage_settings: 1 << 6,
  manage_blocks: 1 << 7,
  manage_taxonomies: 1 << 8,
  manage_appeals: 1 << 9,
  manage_users: 1 << 10,
  manage_invites: 1 << 11,
  manage_rules: 1 << 12,
  manage_announcements: 1 << 13,
  manage_custom_emojis: 1 << 14,
  manage_webhooks: 1 << 15,
  invite_users: 1 << 16,
  manage_roles: 1 << 17,
  manage_user_access: 1 << 18,
  delete_user_data: 1 << 19,
} as const;

export type Permission = keyof typeof FLAGS;

export const ALL_PERMISSIONS = Object.values(FLAGS).reduce((all, bit) => all | bit, 0);

export const EVERYONE_ROLE_ID = '-99';

export function bits(...names: Permission[]): number {
  return names.reduce((all, name) => all | FLAGS[name], 0);
}

/** Mastodon's default seeds for the Moderator and Admin roles (db/seeds/03_roles.rb). */
export const MODERATOR_BITS = bits(
  'view_dashboard',
  'view_audit_log',
  'manage_users',
  'manage_reports',
  'manage_taxonomies',
);
export const ADMIN_BITS = bits(
  'view_dashboard',
  'view_audit_log',
  'manage_users',
  'manage_user_access',
  'delete_user_data',
  'manage_reports',
  'manage_taxonomies',
  'manage_federation',
  'manage_settings',
  'manage_blocks',
  'manage_appeals',
  'manage_rules',
  'manage_announcements',
  'manage_custom_emojis',
  'manage_webhooks',
  'manage_invites',
  'manage_roles',
);

export interface RoleRow {
  id: string;
  name: string;
  color: string;
  position: number;
  permissions: string;
  highlighted: boolean;
  created_at: Date;
  updated_at: Date;
}

/** Effective permissions: the everyone role's bits OR the role's own; administrator means all. */
export function computedPermissions(own: number, everyone: number): number {
  const combined = own | everyone;
  return combined & FLAGS.administrator ? ALL_PERMISSIONS : combined;
}

export function can(computed: number, permission: Permission): boolean {
  return (computed & FLAGS.administrator) !== 0 || (computed & FLAGS[permission]) !== 0;
}
