import { readJson, writeJson } from '@/lib/storage.ts';

/** One signed-in account. The token lives here and nowhere else (never in a URL or a log). */
export interface Session {
  /** `${origin} ${accountId}` */
  id: string;
  origin: string;
  accountId: string;
  acct: string;
  token: string;
  scopes: string[];
  /** `role.permissions` at sign-in, so a cold page load can start admin requests before verify_credentials answers. */
  rolePermissions?: string;
}

export interface SessionState {
  sessions: readonly Session[];
  active: Session | null;
  /** The session whose token the server refused (401), while the prompt to sign in again is open. */
  expired: Session | null;
}

const SESSIONS_KEY = 'modboard.sessions.v1';
const ACTIVE_KEY = 'modboard.active.v1';

export const sessionId = (origin: string, accountId: string) => `${origin} ${accountId}`;

export class SessionStore {
  private state: SessionState;
  private listeners = new Set<() => void>();

  constructor(private readonly storage: Storage = window.localStorage) {
    this.state = this.load(null);
    window.addEventListener('storage', (event) => {
      if (event.key === SESSIONS_KEY || event.key === ACTIVE_KEY) this.set(this.load(this.state.expired?.id ?? null));
    });
  }

  private load(expiredId: string | null): SessionState {
    const sessions = readJson<Session[]>(this.storage, SESSIONS_KEY, []).filter((s) => s && typeof s.token === 'string');
    const activeId = readJson<string | null>(this.storage, ACTIVE_KEY, null);
    const active = sessions.find((s) => s.id === activeId) ?? sessions[0] ?? null;
    return { sessions, active, expired: sessions.find((s) => s.id === expiredId) ?? null };
  }

  private set(next: SessionState): void {
    this.state = next;
    this.listeners.forEach((listener) => listener());
  }

  private save(sessions: Session[], activeId: string | null, expired: Session | null): void {
    writeJson(this.storage, SESSIONS_KEY, sessions);
    writeJson(this.storage, ACTIVE_KEY, activeId ?? undefined);
    this.set({ sessions, active: sessions.find((s) => s.id === activeId) ?? null, expired });
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.state;

  /** Adds or refreshes a session and makes it the active one. */
  add(session: Session): void {
    const others = this.state.sessions.filter((s) => s.id !== session.id);
    const expired = this.state.expired?.id === session.id ? null : this.state.expired;
    this.save([...others, session], session.id, expired);
  }

  activate(id: string): void {
    if (this.state.sessions.some((s) => s.id === id)) this.save([...this.state.sessions], id, this.state.expired);
  }

  /** Drops a session; the next remaining one (if any) becomes active. */
  remove(id: string): Session | null {
    const sessions = this.state.sessions.filter((s) => s.id !== id);
    const activeId = this.state.active?.id === id ? (sessions[0]?.id ?? null) : (this.state.active?.id ?? null);
    this.save(sessions, activeId, this.state.expired?.id === id ? null : this.state.expired);
    return sessions.find((s) => s.id === activeId) ?? null;
  }

  markExpired(token: string): void {
    const session = this.state.sessions.find((s) => s.token === token) ?? null;
    if (session && this.state.expired?.id !== session.id) this.set({ ...this.state, expired: session });
  }

  dismissExpired(): void {
    if (this.state.expired) this.set({ ...this.state, expired: null });
  }
}
