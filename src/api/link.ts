import LinkHeader from 'http-link-header';

/** The `next` URL of an RFC 8288 Link header, or null at the end of a list. */
export function nextLink(header: string | null): string | null {
  if (!header) return null;
  try {
    return LinkHeader.parse(header).rel('next')[0]?.uri ?? null;
  } catch {
    return null;
  }
}

/**
 * Mastodon drops `role_ids[]` from the links it builds, so they are added back before following one.
 * The rest of the URL stays exactly as the server wrote it.
 */
export function withRoleIds(url: string, roleIds: readonly string[]): string {
  if (roleIds.length === 0 || new URL(url).searchParams.has('role_ids[]')) return url;
  const suffix = roleIds.map((id) => `role_ids%5B%5D=${encodeURIComponent(id)}`).join('&');
  return `${url}${url.includes('?') ? '&' : '?'}${suffix}`;
}
