import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The app lives in app/; `base: './'` makes dist/ work from any path behind any static server.
export default defineConfig({
  root: 'app',
  base: './',
  publicDir: '../public',
  plugins: [react()],
  resolve: { conditions: ['source'] },
  build: { outDir: '../dist', emptyOutDir: true, target: 'es2022' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    projects: [
      { extends: true, test: { name: 'core', root: 'packages/core', environment: 'node' } },
      { extends: true, test: { name: 'cli', root: 'packages/cli', environment: 'node' } },
      { extends: true, test: { name: 'templates', root: 'packages/templates', environment: 'node' } },
      { extends: true, test: { name: 'share', root: 'packages/share', environment: 'node' } },
      { extends: true, test: { name: 'app', root: 'app', environment: 'happy-dom' } },
    ],
  },
});
