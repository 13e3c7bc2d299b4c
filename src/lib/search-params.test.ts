import { describe, expect, it } from 'vitest';
import { parseSearch, stringifySearch } from './search-params.ts';

describe('search params', () => {
  it('keeps every value a string, including ids beyond 2^53', () => {
    expect(parseSearch('?invited_by=109876543210987654&limit=20&flag=true')).toEqual({ invited_by: '109876543210987654', limit: '20', flag: 'true' });
  });
  it('reads repeated keys as arrays and writes them back the same way', () => {
    const parsed = parseSearch('role_ids=1&role_ids=3&status=pending');
    expect(parsed).toEqual({ role_ids: ['1', '3'], status: 'pending' });
    expect(stringifySearch(parsed)).toBe('?role_ids=1&role_ids=3&status=pending');
  });
  it('drops empty and missing values', () => {
    expect(stringifySearch({ a: undefined, b: '', c: null, d: [] })).toBe('');
    expect(stringifySearch({ email: '%@spam.example' })).toBe('?email=%25%40spam.example');
  });
});
