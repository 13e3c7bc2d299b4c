import { describe, expect, it } from 'vitest';
import { parseSearch } from '@/lib/search-params.ts';
import { accountSearchSchema, compactFilters } from './filters.ts';

const parse = (search: string) => compactFilters(accountSearchSchema.parse(parseSearch(search)));

describe('accountSearchSchema', () => {
  it('reads every v2 filter', () => {
    expect(
      parse('origin=local&status=pending&permissions=staff&role_ids=1&role_ids=3&invited_by=12&username=al&display_name=Al&email=%25%40spam.example&ip=203.0.113.0/24&by_domain=Spamfarm.Example'),
    ).toEqual({
      origin: 'local',
      status: 'pending',
      permissions: 'staff',
      role_ids: ['1', '3'],
      invited_by: '12',
      username: 'al',
      display_name: 'Al',
      email: '%@spam.example',
      ip: '203.0.113.0/24',
      by_domain: 'spamfarm.example',
    });
  });

  it('drops garbage values instead of failing', () => {
    expect(parse('origin=mars&status=banned&permissions=all&role_ids=x&invited_by=me&ip=300.1.1.1&username=')).toEqual({});
    expect(parse('status=%7B%22a%22%3A1%7D&origin=local&origin=remote')).toEqual({});
  });

  it('keeps the valid role ids out of a mixed list, once each', () => {
    expect(parse('role_ids=2&role_ids=abc&role_ids=2&role_ids=-99')).toEqual({ role_ids: ['2', '-99'] });
  });

  it('keeps ids beyond 2^53 exact', () => {
    expect(parse('invited_by=109876543210987654')).toEqual({ invited_by: '109876543210987654' });
  });

  it('trims text and ignores unknown keys', () => {
    expect(parse('username=%20al%20&order=recent&limit=5')).toEqual({ username: 'al' });
  });

  it('accepts the output of a parse as input (the router re-validates on navigation)', () => {
    const once = parse('role_ids=1&status=silenced');
    expect(compactFilters(accountSearchSchema.parse(once))).toEqual(once);
  });
});
