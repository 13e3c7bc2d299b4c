import type { Context } from 'hono';
import type { Instance } from './context.ts';
import { ApiError, MESSAGES } from './errors.ts';
import { EVERYONE_ROLE_ID, can, computedPermissions, type Permission } from './roles.ts';

export interface Caller {
  tokenId: string;
  applicationId: string | null;
  scopes: string[];
  revoked: boolean;
  user: null | {
    id: string;
    accountId: string;
    confirmed: boolean;
    approved: boolean;
    disabled: boolean;
    suspended: boolean;
    roleId: string;
    rolePosition: number;
    permissions: number;
  };
}

/** The anonymous caller: Mastodon's "nobody" role, with no permissions and the lowest position. */
export interface Actor {
  accountId: string | null;
  position: number;
  permissions: number;
}

export type Env = { Variables: { caller: Caller | null } };

export function bearerToken(c: Context): string | null {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1]! : null;
}

/** Looks the token up once per request; unknown tokens are treated exactly like no token. */
export async function loadCaller(inst: Instance, token: string | null): Promise<Caller | null> {
  if (!token) return null;
  const result = await inst.db.query<{
    id: string; application_id: string | null; scopes: string; revoked_at: Date | null;
    user_id: string | null; account_id: string | null; confirmed_at: Date | null; approved: boolean | null;
    disabled: boolean | null; suspended_at: Date | null; role_id: string | null; position: number | null;
    own_bits: string | null; everyone_bits: string;
  }>(
    `SELECT t.id, t.application_id, t.scopes, t.revoked_at, u.id AS user_id, u.account_id, u.confirmed_at,
            u.approved, u.disabled, a.suspended_at, u.role_id, r.position, r.permissions AS own_bits,
            (SELECT permissions FROM user_roles WHERE id = -99) AS everyone_bits
       FROM oauth_access_tokens t
       LEFT JOIN users u ON u.id = t.resource_owner_id
       LEFT JOIN accounts a ON a.id = u.account_id
       LEFT JOIN user_roles r ON r.id = COALESCE(u.role_id, -99)
      WHERE t.token = $1`,
    [token],
  );
  const row = result.rows[0];
  if (!row) return null;
  return {
    tokenId: row.id,
    applicationId: row.application_id,
    scopes: row.scopes.split(/\s+/).filter(Boolean),
    revoked: row.revoked_at !== null,
    user: row.user_id
      ? {
          id: row.user_id,
          accountId: row.account_id!,
          confirmed: row.confirmed_at !== null,
          approved: row.approved!,
          disabled: row.disabled!,
          suspended: row.suspended_at !== null,
          roleId: row.role_id ?? EVERYONE_ROLE_ID,
          rolePosition: row.position ?? -1,
          permissions: computedPermissions(Number(row.own_bits ?? 0), Number(row.everyone_bits)),
        }
      : null,
  };
}

function checkScopes(caller: Caller, accepted: string[]): void {
  if (caller.revoked) throw new ApiError(401, MESSAGES.revokedToken);
  if (!accepted.some((scope) => caller.scopes.includes(scope))) throw new ApiError(403, MESSAGES.outsideScopes);
  if (caller.user?.suspended) throw new ApiError(403, MESSAGES.disabled);
}

/** doorkeeper_authorize!: a token is required (401 without one). */
export function requireScopes(c: Context<Env>, ...accepted: string[]): Caller {
  const caller = c.get('caller');
  if (!caller) throw new ApiError(401, MESSAGES.invalidToken);
  checkScopes(caller, accepted);
  return caller;
}

/** Admin controllers' "authorize if got token": no token, or an unknown one, proceeds as nobody. */
export function scopesIfToken(c: Context<Env>, ...accepted: string[]): Actor {
  const caller = c.get('caller');
  if (!caller) return { accountId: null, position: -1, permissions: 0 };
  checkScopes(caller, accepted);
  if (!caller.user) return { accountId: null, position: -1, permissions: 0 };
  return { accountId: caller.user.accountId, position: caller.user.rolePosition, permissions: caller.user.permissions };
}

/** require_user!: the token must belong to a confirmed, approved, enabled user. */
export function requireUser(caller: Caller): NonNullable<Caller['user']> {
  const user = caller.user;
  if (!user) throw new ApiError(422, MESSAGES.needsUser);
  if (!user.confirmed) throw new ApiError(403, MESSAGES.unconfirmed);
  if (!user.approved) throw new ApiError(403, MESSAGES.pending);
  if (user.disabled) throw new ApiError(403, MESSAGES.disabled);
  return user;
}

export function authorize(actor: Actor, allowed: boolean): void {
  if (!allowed) throw new ApiError(403, MESSAGES.notAllowed);
}

export const actorCan = (actor: Actor, permission: Permission) => can(actor.permissions, permission);

/** UserRole#overrides?: strictly higher position; remote accounts (no user) are always overridden. */
export function overrides(actor: Actor, targetPosition: number | null): boolean {
  return targetPosition === null || actor.position > targetPosition;
}
