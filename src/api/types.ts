import type { components } from './openapi.gen.ts';

type Schemas = components['schemas'];

export type Account = Schemas['Account'];
export type CredentialAccount = Schemas['CredentialAccount'];
export type Instance = Schemas['Instance'];
export type Token = Schemas['Token'];
export type CredentialApplication = Schemas['CredentialApplication'];

/**
 * Admin::Account as servers really send it (behaviour reference §4.1): the role is a raw record with
 * numeric id and permissions on 4.0+, a string before 4.0, and GoToSocial's object may carry only a
 * name; remote accounts have null user fields.
 */
export type AdminRole =
  | { id?: number | string; name: string; color?: string; position?: number; permissions?: number | string; highlighted?: boolean }
  | string
  | null;

export type AdminAccount = Omit<
  Schemas['AdminAccount'],
  'role' | 'email' | 'locale' | 'confirmed' | 'approved' | 'disabled' | 'ips' | 'ip' | 'sensitized'
> & {
  role: AdminRole;
  email: string | null;
  locale: string | null;
  confirmed: boolean | null;
  approved: boolean | null;
  disabled: boolean | null;
  ips: Schemas['AdminIp'][] | null;
  ip: string | { ip: string } | null;
  sensitized?: boolean;
};

export interface OAuthServerMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  revocation_endpoint?: string;
  scopes_supported?: string[];
  code_challenge_methods_supported?: string[];
}
