import path from 'node:path';
import { fileURLToPath } from 'node:url';

// This folder is the app's root: without it Next.js sees the library's own lockfile two
// levels up, picks that folder as the workspace root and warns about it on every build.
const appRoot = path.dirname(fileURLToPath(import.meta.url));

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  turbopack: { root: appRoot },
  outputFileTracingRoot: appRoot,
};

export default nextConfig;
