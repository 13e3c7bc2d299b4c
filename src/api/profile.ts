import { request, type Credentials } from './http.ts';
import type { CredentialAccount } from './types.ts';

export type ProfileImage = 'avatar' | 'header';

/** DELETE /api/v1/profile/avatar or /header (Mastodon 4.2+); answers the updated CredentialAccount. */
export async function removeProfileImage(credentials: Credentials, kind: ProfileImage): Promise<CredentialAccount> {
  return (await request<CredentialAccount>(credentials, credentials.origin, `/api/v1/profile/${kind}`, { method: 'DELETE' })).data;
}

/** Mastodon serves `…/avatars/original/missing.png` and `…/headers/original/missing.png` when none is set. */
export function isDefaultImage(url: string | null | undefined, kind: ProfileImage): boolean {
  return !url || new URL(url, 'https://x.invalid').pathname.endsWith(`/${kind}s/original/missing.png`);
}
