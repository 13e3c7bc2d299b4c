export interface Throttle {
  name: string;
  key: string;
  limit: number;
  periodMs: number;
}

export interface ThrottleResult {
  limited: boolean;
  limit: number;
  remaining: number;
  reset: Date;
}

const FIVE_MINUTES = 5 * 60_000;

/** Rack::Attack's throttles that apply to the API (config/initializers/rack_attack.rb). */
export function apiThrottles(request: { token: string | null; userId: string | null; ip: string; paging: boolean }): Throttle[] {
  const throttles: Throttle[] = [];
  if (request.token) throttles.push({ name: 'throttle_authenticated_api', key: request.token, limit: 300, periodMs: FIVE_MINUTES });
  if (request.userId) throttles.push({ name: 'throttle_per_user_api', key: request.userId, limit: 1500, periodMs: FIVE_MINUTES });
  else throttles.push({ name: 'throttle_unauthenticated_api', key: request.ip, limit: 300, periodMs: FIVE_MINUTES });
  if (request.paging) {
    throttles.push({ name: 'throttle_api_paging', key: request.userId ?? request.ip, limit: 300, periodMs: 3 * FIVE_MINUTES });
  }
  return throttles;
}

/** Fixed windows aligned to the period, as Rack::Attack counts them. */
export class RateLimiter {
  private counts = new Map<string, number>();

  hit(throttles: Throttle[], now: Date): ThrottleResult | null {
    let tightest: ThrottleResult | null = null;
    for (const throttle of throttles) {
      const window = Math.floor(now.getTime() / throttle.periodMs);
      const key = `${throttle.name}:${throttle.key}:${window}`;
      const count = (this.counts.get(key) ?? 0) + 1;
      this.counts.set(key, count);
      const result = {
        limited: count > throttle.limit,
        limit: throttle.limit,
        remaining: Math.max(0, throttle.limit - count),
        reset: new Date((window + 1) * throttle.periodMs),
      };
      if (!tightest || result.limited || (!tightest.limited && result.remaining < tightest.remaining)) tightest = result;
      if (result.limited) break;
    }
    return tightest;
  }

  reset(): void {
    this.counts.clear();
  }
}

/** Rails renders X-RateLimit-Reset as ISO 8601 with microseconds. */
export function isoMicros(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
