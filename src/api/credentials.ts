import { request, type Credentials } from './http.ts';
import type { CredentialAccount, Instance } from './types.ts';

export async function verifyCredentials(credentials: Credentials, signal?: AbortSignal): Promise<CredentialAccount> {
  return (await request<CredentialAccount>(credentials, credentials.origin, '/api/v1/accounts/verify_credentials', { signal })).data;
}

export async function fetchInstance(origin: string, signal?: AbortSignal): Promise<Instance> {
  return (await request<Instance>(null, origin, '/api/v2/instance', { signal })).data;
}
