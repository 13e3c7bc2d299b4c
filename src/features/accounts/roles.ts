import type { AdminAccount, AdminRole } from '@/api/types.ts';
import { EVERYONE } from '@/lib/role-label.ts';

export interface RoleChoice {
  id: string;
  name: string;
}

/** Role filter choices seen so far, per instance: there is no roles API to ask (reference §10). */
const seenRoles = new Map<string, Map<string, string>>();

export function rememberRoles(origin: string, roles: Iterable<AdminRole | { id: string; name: string } | undefined>): RoleChoice[] {
  let known = seenRoles.get(origin);
  if (!known) seenRoles.set(origin, (known = new Map()));
  for (const role of roles) {
    if (!role || typeof role === 'string' || role.id === undefined || !role.name || String(role.id) === EVERYONE) continue;
    known.set(String(role.id), role.name);
  }
  return [...known].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

export const rolesOf = (accounts: readonly AdminAccount[]) => accounts.map((account) => account.role);
