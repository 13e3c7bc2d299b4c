import type { AdminRole } from '@/api/types.ts';

/** The built-in role of users without one; it is never a badge or a filter choice. */
export const EVERYONE = '-99';

/**
 * The role to show on a row, whatever shape the server sent: a raw record (4.0+), a string before
 * 4.0, or GoToSocial's object that may carry only a name. Plain users get no badge.
 */
export function roleLabel(role: AdminRole | undefined): string | null {
  if (!role) return null;
  if (typeof role === 'string') return role === 'user' ? null : role;
  if (String(role.id) === EVERYONE || !role.name) return null;
  return role.name;
}
