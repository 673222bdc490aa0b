import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The domain package is consumed from source so that dev and build never wait for its dist.
const domainSource = fileURLToPath(new URL('../../packages/domain/src/index.ts', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@kizuna/domain': domainSource } },
  server: {
    port: 5173,
    proxy: {
      '/graphql': 'http://localhost:4000',
      // The API's certificate PDFs; /certificates/{number} itself is the console's page.
      '^/certificates/[^/]+\\.pdf$': 'http://localhost:4000',
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
