// Shared Vite + Vitest settings of the three portals and the staff console (imported by relative path from each
// app's vite.config.ts, so Node loads it without a build step).
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const setupFile = fileURLToPath(new URL('./src/test/setup.ts', import.meta.url));

export function portalViteConfig(portal: 'partner' | 'provider' | 'pro' | 'admin') {
  const apiTarget = process.env.KRING_API_URL ?? 'http://127.0.0.1:8000';
  return defineConfig({
    base: `/${portal}/`,
    plugins: [react()],
    server: {
      // `npm run dev` talks to a running `kring serve` for the API.
      proxy: { '/api': { target: apiTarget, changeOrigin: false } },
    },
    build: {
      target: 'es2022',
      sourcemap: true,
      chunkSizeWarningLimit: 600,
    },
    test: {
      environment: 'jsdom',
      testTimeout: 30_000,
      setupFiles: [setupFile],
      css: { modules: { classNameStrategy: 'non-scoped' } },
    },
  });
}
