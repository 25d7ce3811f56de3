// The web application's build: Vite root is src/web, output dist/web (served by the HTTP API with an SPA
// fallback). In development (`npm run dev:web`) the API runs separately on port 3000 and is proxied.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiOrigin = process.env.TRAGUARDO_API_ORIGIN ?? 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    manifest: true, // dist/web/.vite/manifest.json: lets tests measure what each route loads
    // The CSS of Bootstrap Italia is large by itself; JS chunks are kept small by route-level splitting.
    chunkSizeWarningLimit: 300,
  },
  server: {
    proxy: {
      '/api': { target: apiOrigin, changeOrigin: false },
      '/healthz': { target: apiOrigin, changeOrigin: false },
    },
  },
});
