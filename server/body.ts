import type { Context } from 'hono';

export function stringParam(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value !== '' ? value : null;
}

/** ActiveModel::Type::Boolean: blank → default, and only false-ish strings are false. */
export function castBoolean(value: unknown, fallback: boolean): boolean {
  if (value === undefined || value === null || value === '') return fallback;
  if (typeof value === 'boolean') return value;
  return !['0', 'f', 'false', 'off', 'F', 'FALSE', 'OFF'].includes(String(value));
}

export async function formOrJson(c: Context): Promise<Record<string, unknown>> {
  // Rails merges query and body parameters; the body wins.
  const query = Object.fromEntries(new URL(c.req.url).searchParams) as Record<string, unknown>;
  const type = c.req.header('content-type') ?? '';
  if (type.includes('application/json')) {
    const json: unknown = await c.req.json().catch(() => ({}));
    return { ...query, ...(json && typeof json === 'object' ? json : {}) };
  }
  if (type.includes('form')) return { ...query, ...(await c.req.parseBody({ all: true })) };
  return query;
}

