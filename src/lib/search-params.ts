/**
 * The router's search (de)serialisers. Every value stays a string (ids beyond 2^53 must never pass
 * through Number), and a repeated key is an array, so `?role_ids=1&role_ids=2` reads as ['1', '2'].
 */
export function parseSearch(search: string): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(search)) {
    const previous = result[key];
    result[key] = previous === undefined ? value : [previous, value].flat();
  }
  return result;
}

export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null && item !== '') params.append(key, String(item));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
