import { describe, expect, it } from 'vitest';
import { v1Params, v2Params } from './account-filters.ts';

describe('v2Params', () => {
  it('sends every filter once, with role_ids[] repeated', () => {
    const params = v2Params({ status: 'pending', origin: 'local', email: '%@spam.example', role_ids: ['1', '3'], invited_by: '7' });
    expect(params.toString()).toBe('origin=local&status=pending&invited_by=7&email=%25%40spam.example&role_ids%5B%5D=1&role_ids%5B%5D=3');
  });
  it('sends nothing for no filters', () => expect(v2Params({}).toString()).toBe(''));
});

describe('v1Params', () => {
  it('turns origin and status into v1 flags', () => {
    const { params, limitations } = v1Params({ origin: 'remote', status: 'suspended', username: 'al' });
    expect(params.toString()).toBe('remote=true&suspended=true&username=al');
    expect(limitations).toEqual([]);
  });
  it('reports that v1 cannot list every origin or every status', () => {
    const { params, limitations } = v1Params({});
    expect(params.toString()).toBe('');
    expect(limitations).toEqual(['all_origins', 'all_statuses']);
  });
  it('adds remote for a domain search, which v1 would otherwise run against local accounts only', () => {
    expect(v1Params({ by_domain: 'spamfarm.example', status: 'active' }).params.toString()).toBe('remote=true&active=true&by_domain=spamfarm.example');
  });
  it('maps staff, and reports role ids, invited_by and sensitized as unsupported', () => {
    expect(v1Params({ origin: 'local', status: 'active', permissions: 'staff' }).params.get('staff')).toBe('true');
    const { params, limitations } = v1Params({ origin: 'local', status: 'sensitized', role_ids: ['2'], invited_by: '9' });
    expect(params.toString()).toBe('local=true');
    expect(limitations).toEqual(['sensitized', 'all_statuses', 'role_ids', 'invited_by']);
  });
});
