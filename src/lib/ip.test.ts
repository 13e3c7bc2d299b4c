import { describe, expect, it } from 'vitest';
import { isIpOrCidr } from './ip.ts';

describe('isIpOrCidr', () => {
  it.each(['203.0.113.7', '10.0.0.0/8', '198.51.100.0/24', '0.0.0.0/0', '::1', '2001:db8::/32', '::ffff:192.0.2.1', 'fe80::1/128'])(
    'accepts %s',
    (value) => expect(isIpOrCidr(value)).toBe(true),
  );
  it.each(['', '256.1.1.1', '1.2.3', '1.2.3.4/33', '1.2.3.4/', '1.2.3.4/8/8', '2001:db8::/129', 'example.com', ':::', 'fe80::1%eth0', '01.2.3.4'])(
    'rejects %j',
    (value) => expect(isIpOrCidr(value)).toBe(false),
  );
});
