import { z } from 'zod/mini';
import { ORIGINS, STATUSES, type AccountFilters } from '@/api/account-filters.ts';
import { isIpOrCidr } from '@/lib/ip.ts';

const ID = /^-?\d{1,19}$/;

const emptyAsMissing = z.transform((value: unknown) => (value === '' ? undefined : value));

/** Turns an absent, empty or unusable value into "no filter", never an error. */
const optional = <T extends z.ZodMiniType>(schema: T) => z.optional(z.catch(z.pipe(emptyAsMissing, z.optional(schema)), undefined));

const text = optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200)));

const roleIds = z.pipe(
  z.union([z.string(), z.array(z.string())]),
  z.pipe(
    z.transform((value: string | string[]) => [...new Set([value].flat().filter((id) => ID.test(id)))].slice(0, 20)),
    z.array(z.string()).check(z.minLength(1)),
  ),
);

/**
 * The /accounts search params. A garbage value falls back to "no filter", so a hand-edited or stale
 * URL still opens a list instead of a crash or a 400 from the server. (zod/mini keeps the first load small.)
 */
export const accountSearchSchema = z.object({
  origin: optional(z.enum(ORIGINS)),
  status: optional(z.enum(STATUSES)),
  permissions: optional(z.literal('staff')),
  role_ids: optional(roleIds),
  invited_by: optional(z.string().check(z.regex(ID))),
  username: text,
  display_name: text,
  email: text,
  ip: optional(z.string().check(z.trim(), z.refine(isIpOrCidr))),
  by_domain: optional(z.string().check(z.trim(), z.toLowerCase(), z.minLength(1), z.maxLength(253))),
});

export type AccountSearch = z.output<typeof accountSearchSchema>;

/** The filters without unset keys, so equal views share one cache entry. */
export function compactFilters(filters: AccountFilters): AccountFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== '')) as AccountFilters;
}
