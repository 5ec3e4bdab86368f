import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const racine = fileURLToPath(new URL('./src-renderer', import.meta.url));

// The page is loaded from file:// by Electron and from the local HTTP host, hence relative paths.
export default defineConfig({
  root: racine,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { port: 5173, strictPort: false },
});
