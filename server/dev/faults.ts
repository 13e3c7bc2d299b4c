export interface Fault {
  id: number;
  /** A path pattern where `*` matches anything, e.g. `/api/v2/admin/accounts*`. */
  path: string;
  method: string | null;
  /** How many matching requests it still applies to; null means until cleared. */
  remaining: number | null;
  latencyMs: number;
  status: number | null;
  body: unknown;
  malformed: boolean;
  drop: boolean;
}

export type FaultInput = Partial<Omit<Fault, 'id' | 'remaining'>> & { path: string; count?: number | null };

export class FaultList {
  private faults: Fault[] = [];
  private nextId = 1;

  add(input: FaultInput): Fault {
    const fault: Fault = {
      id: this.nextId++,
      path: input.path,
      method: input.method ? input.method.toUpperCase() : null,
      remaining: input.count === undefined ? 1 : input.count,
      latencyMs: input.latencyMs ?? 0,
      status: input.status ?? null,
      body: input.body ?? null,
      malformed: input.malformed ?? false,
      drop: input.drop ?? false,
    };
    this.faults.push(fault);
    return fault;
  }

  /** Finds the first fault for this request and uses up one of its applications. */
  take(method: string, path: string): Fault | null {
    const fault = this.faults.find((f) => (f.method === null || f.method === method) && globMatches(f.path, path));
    if (!fault) return null;
    if (fault.remaining !== null) {
      fault.remaining -= 1;
      if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    }
    return fault;
  }

  list(): Fault[] {
    return [...this.faults];
  }

  clear(): void {
    this.faults = [];
  }
}

function globMatches(pattern: string, path: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(path);
}
