// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import type { CredentialAccount, Instance } from '@/api/types.ts';
import { credentialsQueryKey, instanceQueryKey } from './queries.ts';
import type { Session } from './session-store.ts';
import { forgetShellSnapshot, saveShellSnapshot, seedShellSnapshot } from './shell-snapshot.ts';

const session = (accountId: string): Session => ({ id: `https://a.example ${accountId}`, origin: 'https://a.example', accountId, acct: 'mod', token: 't', scopes: [] });
const account = { id: '1', username: 'mod' } as CredentialAccount;
const instance = { domain: 'a.example', title: 'A' } as Instance;

afterEach(() => localStorage.clear());

describe('shell snapshot', () => {
  it('seeds an empty cache with stale copies that a mount or loader fetches again', () => {
    saveShellSnapshot(session('1'), account, instance);
    const queryClient = new QueryClient();
    seedShellSnapshot(queryClient, session('1'));
    expect(queryClient.getQueryData(credentialsQueryKey(session('1')))).toEqual(account);
    expect(queryClient.getQueryData(instanceQueryKey(session('1')))).toEqual(instance);
    expect(queryClient.getQueryState(credentialsQueryKey(session('1')))?.dataUpdatedAt).toBe(0);
  });

  it('never replaces fresher data, and keeps sessions apart', () => {
    saveShellSnapshot(session('1'), account, instance);
    const queryClient = new QueryClient();
    const fresh = { ...account, username: 'renamed' };
    queryClient.setQueryData(credentialsQueryKey(session('1')), fresh);
    seedShellSnapshot(queryClient, session('1'));
    seedShellSnapshot(queryClient, session('2'));
    expect(queryClient.getQueryData(credentialsQueryKey(session('1')))).toBe(fresh);
    expect(queryClient.getQueryData(credentialsQueryKey(session('2')))).toBeUndefined();
  });

  it('is gone after sign-out', () => {
    saveShellSnapshot(session('1'), account, instance);
    saveShellSnapshot(session('2'), account, instance);
    forgetShellSnapshot(session('1'));
    const queryClient = new QueryClient();
    seedShellSnapshot(queryClient, session('1'));
    seedShellSnapshot(queryClient, session('2'));
    expect(queryClient.getQueryData(credentialsQueryKey(session('1')))).toBeUndefined();
    expect(queryClient.getQueryData(credentialsQueryKey(session('2')))).toEqual(account);
  });
});
