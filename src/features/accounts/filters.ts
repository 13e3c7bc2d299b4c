import { z } from 'zod';
import { ORIGINS, STATUSES, type AccountFilters } from '@/api/account-filters.ts';
import { isIpOrCidr } from '@/lib/ip.ts';

const ID = /^-?\d{1,19}$/;

/** Turns an absent, empty or unusable value into "no filter", never an error. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional()).catch(undefined);

const text = optional(z.string().trim().min(1).max(200));

/**
 * The /accounts search params. A garbage value falls back to "no filter", so a hand-edited or stale
 * URL still opens a list instead of a crash or a 400 from the server.
 */
export const accountSearchSchema = z.object({
  origin: optional(z.enum(ORIGINS)),
  status: optional(z.enum(STATUSES)),
  permissions: optional(z.literal('staff')),
  role_ids: optional(
    z
      .union([z.string(), z.array(z.string())])
      .transform((value) => [...new Set([value].flat().filter((id) => ID.test(id)))].slice(0, 20))
      .pipe(z.array(z.string()).min(1)),
  ),
  invited_by: optional(z.string().regex(ID)),
  username: text,
  display_name: text,
  email: text,
  ip: optional(z.string().trim().refine(isIpOrCidr)),
  by_domain: optional(z.string().trim().toLowerCase().min(1).max(253)),
}) satisfies z.ZodType<AccountFilters>;

export type AccountSearch = z.output<typeof accountSearchSchema>;

/** The filters without unset keys, so equal views share one cache entry. */
export function compactFilters(filters: AccountFilters): AccountFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== '')) as AccountFilters;
}
