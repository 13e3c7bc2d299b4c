/**
 * Mastodon-style snowflake ids: milliseconds since the epoch shifted left 16 bits, plus a
 * 16-bit sequence. Values are above 2^53, so they are handled as bigint and sent as strings.
 */
export function snowflake(at: Date, sequence: number): string {
  return ((BigInt(at.getTime()) << 16n) | BigInt(sequence & 0xffff)).toString();
}

export class IdGenerator {
  private sequence = 0;
  next(at: Date): string {
    this.sequence = (this.sequence + 1) & 0xffff;
    return snowflake(at, this.sequence);
  }
}
