export interface LoggedRequest {
  id: number;
  at: string;
  method: string;
  /** Path and query exactly as received. */
  url: string;
  status: number;
  durationMs: number;
  /** Request body for writes, with secrets replaced by "[redacted]". */
  body: string | null;
  contentType: string | null;
}

const SECRET_FIELDS = /(password|client_secret|code_verifier|token|code|authenticity_token)=([^&]*)/g;
const SECRET_JSON = /"(password|client_secret|code_verifier|token|code)"\s*:\s*"[^"]*"/g;

export function redact(body: string): string {
  return body.replace(SECRET_FIELDS, '$1=[redacted]').replace(SECRET_JSON, '"$1":"[redacted]"');
}

/** The most recent requests, newest last, for tests to count and inspect. Never holds tokens. */
export class RequestLog {
  private entries: LoggedRequest[] = [];
  private nextId = 1;
  constructor(private readonly capacity = 2000) {}

  add(entry: Omit<LoggedRequest, 'id'>): void {
    this.entries.push({ id: this.nextId++, ...entry });
    if (this.entries.length > this.capacity) this.entries.shift();
  }

  list(filter: { since?: number; path?: string }): LoggedRequest[] {
    return this.entries.filter(
      (e) => (filter.since === undefined || e.id > filter.since) && (filter.path === undefined || e.url.startsWith(filter.path)),
    );
  }

  lastId(): number {
    return this.nextId - 1;
  }

  clear(): void {
    this.entries = [];
  }
}
