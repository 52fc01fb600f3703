import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { CONTENT_SECURITY_POLICY } from './app/csp.ts';

// The app lives in app/; `base: './'` makes dist/ work from any path behind any static server.
export default defineConfig({
  root: 'app',
  base: './',
  publicDir: '../public',
  plugins: [react(), contentSecurityPolicy()],
  resolve: { conditions: ['source'] },
  build: { outDir: '../dist', emptyOutDir: true, target: 'es2022' },
  preview: {
    host: '127.0.0.1',
    port: Number(process.env.TRUSTWRIGHT_PREVIEW_PORT ?? 4173),
    strictPort: true,
  },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    projects: [
      { extends: true, test: { name: 'core', root: 'packages/core', environment: 'node' } },
      { extends: true, test: { name: 'cli', root: 'packages/cli', environment: 'node' } },
      { extends: true, test: { name: 'templates', root: 'packages/templates', environment: 'node' } },
      { extends: true, test: { name: 'share', root: 'packages/share', environment: 'node' } },
      { extends: true, test: { name: 'formats', root: 'packages/formats', environment: 'node' } },
      { extends: true, test: { name: 'app', root: 'app', environment: 'happy-dom' } },
    ],
  },
});

/** Adds the CSP meta tag to the built page only: the dev server needs inline scripts for hot reload. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'trustwright-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
