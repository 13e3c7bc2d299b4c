import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import { fileURLToPath } from 'node:url';

const LOCAL = 'http://localhost:* http://127.0.0.1:*';

/** The production Content-Security-Policy: no inline script, API calls to https or local http only. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  `connect-src 'self' https: ${LOCAL}`,
  `img-src 'self' https: ${LOCAL} data: blob:`,
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Adds the CSP as a meta tag to the built index.html, so it holds on any static host. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'modboard-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

const securityHeaders = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

export default defineConfig({
  plugins: [tanstackRouter({ target: 'react', autoCodeSplitting: true }), react(), contentSecurityPolicy()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { host: '127.0.0.1', port: 5173, strictPort: true, headers: { 'Referrer-Policy': 'no-referrer' } },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: securityHeaders },
  build: { target: 'es2022', sourcemap: true },
});
