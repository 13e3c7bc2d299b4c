// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SafeHtml } from './safe-html.tsx';

describe('SafeHtml', () => {
  it('keeps links and paragraphs, and removes scripts, handlers and javascript: URLs', () => {
    const { container } = render(
      <SafeHtml html={'<p>Hi <a href="https://deals.example" onclick="x()">deals</a><script>alert(1)</script><img src=x onerror="alert(1)"><a href="javascript:alert(1)">bad</a></p>'} />,
    );
    const html = container.innerHTML;
    expect(html).toContain('<p>Hi <a href="https://deals.example" rel="nofollow noopener noreferrer" target="_blank">deals</a>');
    expect(html).not.toMatch(/script|onclick|onerror|<img|javascript:/);
  });
});
