import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = {
  '@': path.resolve(__dirname),
  // Tests run outside Next's react-server environment; the guard is for client bundles only.
  'server-only': path.resolve(__dirname, 'node_modules/server-only/empty.js'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['{lib,db,features,components,runtime,testing}/**/*.test.ts'], exclude: ['**/*.int.test.ts', 'node_modules/**'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['{lib,db,features,app,runtime,testing}/**/*.int.test.ts'],
          environment: 'node',
          // Tests write like a script outside the app: their changes reach the running server's caches.
          setupFiles: ['testing/integration-setup.ts'],
          // One shared database and server: files run one after another so their writes never interleave.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
