import type { Context } from 'hono';

export const ADMIN_LIMIT = 100;

/** Api::BaseController#limit_param: absent → default; otherwise min(|to_i|, 2 × default). */
export function limitParam(raw: string | undefined, defaultLimit: number): number {
  if (raw === undefined) return defaultLimit;
  const parsed = Number.parseInt(raw.trim(), 10);
  return Math.min(Math.abs(Number.isNaN(parsed) ? 0 : parsed), defaultLimit * 2);
}

/** Rails params: a repeated scalar key keeps its last value. */
export function param(c: Context, name: string): string | undefined {
  const values = c.req.queries(name);
  return values?.[values.length - 1];
}

function idParam(c: Context, name: string): string | null {
  const value = param(c, name);
  return value && /^\d+$/.test(value) ? value : null;
}

export interface Page {
  maxId: string | null;
  sinceId: string | null;
  minId: string | null;
  limit: number;
}

export function pageParams(c: Context, defaultLimit = ADMIN_LIMIT): Page {
  return {
    maxId: idParam(c, 'max_id'),
    sinceId: idParam(c, 'since_id'),
    minId: idParam(c, 'min_id'),
    limit: limitParam(param(c, 'limit'), defaultLimit),
  };
}

/**
 * Paginable#paginate_by_max_id / paginate_by_min_id as SQL. `column` is the id column; the caller
 * appends the returned clauses. With min_id the rows come back ascending and are reversed.
 */
export function pageSql(page: Page, column: string, firstParam: number) {
  const conditions: string[] = [];
  const values: string[] = [];
  const add = (sql: string, value: string) => {
    values.push(value);
    conditions.push(sql.replace('?', `$${firstParam + values.length - 1}`));
  };
  if (page.maxId) add(`${column} < ?::bigint`, page.maxId);
  if (page.minId) add(`${column} > ?::bigint`, page.minId);
  else if (page.sinceId) add(`${column} > ?::bigint`, page.sinceId);
  const ascending = page.minId !== null;
  return { conditions, values, order: `${column} ${ascending ? 'ASC' : 'DESC'}`, ascending };
}

/** Ruby's CGI.escape, which Rails' to_query uses: spaces become '+', and only [a-zA-Z0-9_.~-] stay. */
function cgiEscape(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
    .replaceAll('%20', '+');
}

/** Hash#to_query: keys sorted, arrays as key[]=v. */
export function toQuery(params: Record<string, string | string[]>): string {
  return Object.keys(params)
    .sort()
    .flatMap((key) => {
      const value = params[key]!;
      return Array.isArray(value)
        ? value.map((v) => `${cgiEscape(`${key}[]`)}=${cgiEscape(v)}`)
        : [`${cgiEscape(key)}=${cgiEscape(value)}`];
    })
    .join('&');
}

/**
 * Api::Pagination: `next` (max_id = oldest id) only on a full page, `prev` (min_id = newest id) on any
 * non-empty page, and nothing at all on an empty one. Carries `limit` as sent and the permitted scalar
 * filter params, empty values included; arrays (role_ids[]) are dropped.
 */
export function linkHeader(
  c: Context,
  base: string,
  items: { id: string }[],
  page: Page,
  carried: readonly string[],
): string | null {
  if (items.length === 0) return null;
  const params: Record<string, string> = {};
  for (const key of [...carried, 'limit']) {
    const value = param(c, key);
    if (value !== undefined) params[key] = value;
  }
  const links: string[] = [];
  if (items.length === page.limit) {
    links.push(`<${base}?${toQuery({ ...params, max_id: items[items.length - 1]!.id })}>; rel="next"`);
  }
  links.push(`<${base}?${toQuery({ ...params, min_id: items[0]!.id })}>; rel="prev"`);
  return links.join(', ');
}
