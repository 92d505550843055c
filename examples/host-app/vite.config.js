import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// A plain production build: external JS and CSS files only, no inline <script> or style,
// so the app runs under a strict Content-Security-Policy.
export default defineConfig({
  plugins: [react()],
  build: {
    // Inlined assets would become data: URLs that a strict CSP's font-src/style-src refuse.
    assetsInlineLimit: 0,
  },
});
