const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function isIpv6(address: string): boolean {
  if (!address.includes(':') || !/^[0-9a-f:.]+$/i.test(address)) return false;
  try {
    // The URL parser implements the full IPv6 grammar (::, embedded IPv4), so there is no regex to get wrong.
    new URL(`http://[${address}]/`);
    return true;
  } catch {
    return false;
  }
}

/** An IP address or CIDR range, as Mastodon's `ip` filter accepts (Ruby's IPAddr.new). */
export function isIpOrCidr(value: string): boolean {
  const [address = '', prefix, ...rest] = value.trim().split('/');
  if (rest.length > 0) return false;
  const v4 = IPV4.test(address);
  if (!v4 && !isIpv6(address)) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (v4 ? 32 : 128);
}
