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

export function markUnsupported(origin: string, endpoint: OptionalEndpoint): void {
  const current = snapshot[origin] ?? [];
  if (current.includes(endpoint)) return;
  snapshot = { ...snapshot, [origin]: [...current, endpoint] };
  writeJson(localStorage, STORAGE_KEY, snapshot);
  listeners.forEach((listener) => listener());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const NONE: OptionalEndpoint[] = [];

export function useUnsupportedEndpoints(origin: string): readonly OptionalEndpoint[] {
  return useSyncExternalStore(subscribe, () => snapshot[origin] ?? NONE);
}
