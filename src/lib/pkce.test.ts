import { describe, expect, it } from 'vitest';
import { codeChallenge, randomToken } from './pkce.ts';

describe('PKCE', () => {
  it('matches the RFC 7636 Appendix B vector', async () => {
    expect(await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes URL-safe random tokens of the RFC length and never repeats them', () => {
    const verifier = randomToken(48);
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(new Set(Array.from({ length: 50 }, () => randomToken())).size).toBe(50);
  });
});
