import { useSyncExternalStore } from 'react';
import type { AccountEndpoint } from '@/api/admin-accounts.ts';
import { readJson, writeJson } from '@/lib/storage.ts';

export type OptionalEndpoint = Exclude<AccountEndpoint, 'approve' | 'reject'> | 'delete';

/**
 * Endpoints an instance answered 404 for while the account itself exists (GoToSocial has no
 * enable/unsilence/unsensitive/unsuspend/delete). Remembered per instance for this browser.
 */
const STORAGE_KEY = 'modboard.unsupported.v1';
const listeners = new Set<() => void>();

let snapshot = readJson<Record<string, OptionalEndpoint[]>>(localStorage, STORAGE_KEY, {});

function update(origin: string, endpoints: OptionalEndpoint[]): void {
  snapshot = { ...snapshot, [origin]: endpoints };
  writeJson(localStorage, STORAGE_KEY, snapshot);
  listeners.forEach((listener) => listener());
}

export function markUnsupported(origin: string, endpoint: OptionalEndpoint): void {
  const current = snapshot[origin] ?? [];
  if (!current.includes(endpoint)) update(origin, [...current, endpoint]);
}

/** Offers an instance's missing endpoints again, for a server that has since gained them. */
export function forgetUnsupported(origin: string): void {
  if (snapshot[origin]?.length) update(origin, []);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const NONE: OptionalEndpoint[] = [];

export function useUnsupportedEndpoints(origin: string): readonly OptionalEndpoint[] {
  return useSyncExternalStore(subscribe, () => snapshot[origin] ?? NONE);
}
