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

/** Mastodon drops `role_ids[]` from the links it builds, so they are added back before following one. */
export function withRoleIds(url: string, roleIds: readonly string[]): string {
  if (roleIds.length === 0) return url;
  const parsed = new URL(url);
  parsed.searchParams.delete('role_ids[]');
  for (const id of roleIds) parsed.searchParams.append('role_ids[]', id);
  return parsed.toString();
}
