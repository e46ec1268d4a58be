import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Public pages render our own responsive <picture>/<img> with pre-generated variants.
      '@next/next/no-img-element': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Files Node loads by bare require (Next's cache handler): CommonJS is their module system.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Reader pages navigate with plain links on purpose: each page is a cached HTML document, and
    // skipping next/link avoids shipping the router's prefetch traffic to phones.
    files: ['app/**', 'components/site/**'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    // Configuration is read and validated in one place (lib/env.ts), so a malformed value stops the
    // start with a message naming it instead of misbehaving where it is used. Next's own NODE_ENV
    // and NEXT_RUNTIME checks are fine anywhere; the test harness sets and reads its own variables.
    files: ['**/*.{ts,tsx,mjs}'],
    ignores: ['lib/env.ts', 'testing/**', 'e2e/**', 'bench/**', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[object.type='MemberExpression'][object.object.name='process'][object.property.name='env'][property.name!=/^(NODE_ENV|NEXT_RUNTIME)$/]",
          message: 'Read configuration through env() in lib/env.ts (validated there, documented in README).',
        },
        {
          selector: ":not(MemberExpression) > MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through env() in lib/env.ts; pass an environment to a child process with childEnv().',
        },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    '.data/**',
    'node_modules/**',
    'next-env.d.ts',
    'db/migrations/**',
    'test-results/**',
    'playwright-report/**',
    '.scratch/**',
    'bench/results.json',
  ]),
]);
