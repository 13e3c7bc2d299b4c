// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { SessionStore, sessionId, type Session } from './session-store.ts';

const make = (origin: string, accountId: string): Session => ({
  id: sessionId(origin, accountId),
  origin,
  accountId,
  acct: `user${accountId}`,
  token: `token-${accountId}`,
  scopes: ['read:accounts'],
});

describe('SessionStore', () => {
  beforeEach(() => localStorage.clear());

  it('keeps several sessions, activates the newest and persists them', () => {
    const store = new SessionStore(localStorage);
    store.add(make('https://a.example', '1'));
    store.add(make('https://b.example', '2'));
    expect(store.getSnapshot().active?.accountId).toBe('2');
    store.activate(sessionId('https://a.example', '1'));
    const reloaded = new SessionStore(localStorage);
    expect(reloaded.getSnapshot().sessions).toHaveLength(2);
    expect(reloaded.getSnapshot().active?.accountId).toBe('1');
  });

  it('falls back to another session when the active one is removed, and to none at the end', () => {
    const store = new SessionStore(localStorage);
    store.add(make('https://a.example', '1'));
    store.add(make('https://a.example', '2'));
    expect(store.remove(sessionId('https://a.example', '2'))?.accountId).toBe('1');
    expect(store.remove(sessionId('https://a.example', '1'))).toBeNull();
    expect(store.getSnapshot().active).toBeNull();
  });

  it('marks the session of a refused token as expired until it signs in again', () => {
    const store = new SessionStore(localStorage);
    const session = make('https://a.example', '1');
    store.add(session);
    store.markExpired('unknown-token');
    expect(store.getSnapshot().expired).toBeNull();
    store.markExpired(session.token);
    expect(store.getSnapshot().expired?.id).toBe(session.id);
    store.add({ ...session, token: 'fresh' });
    expect(store.getSnapshot().expired).toBeNull();
  });

  it('survives corrupt storage', () => {
    localStorage.setItem('modboard.sessions.v1', '{not json');
    expect(new SessionStore(localStorage).getSnapshot().sessions).toEqual([]);
  });
});
