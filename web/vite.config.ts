// Vite builds the web app into web/dist, which the server serves at /. `npm run dev:web` proxies
// the API to a running `portcullis serve` on port 8080.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // MapLibre is one large chunk, loaded only with the map.
    chunkSizeWarningLimit: 2_000,
    sourcemap: false,
    // The bundler's plugin-timing report is noise in `npm start`.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080', '/openapi.json': 'http://127.0.0.1:8080' },
  },
});
