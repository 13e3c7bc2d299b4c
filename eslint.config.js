import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';

const FEATURES = readdirSync(`${import.meta.dirname}/src/features`);
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const relativeEscape = { group: ['../*', '../../*'], message: 'Use the @/ alias for imports across folders.' };

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'src/routeTree.gen.ts', 'src/api/openapi.gen.ts', 'playwright-report', 'test-results', 'bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // One-way imports: api, lib, components → features → routes. Features never import each other.
  {
    files: ['src/api/**', 'src/lib/**', 'src/components/**'],
    rules: restrict([{ group: ['@/features/*', '@/routes/*'], message: 'Shared code must not import features or routes.' }]),
  },
  {
    files: ['src/api/**'],
    rules: restrict([{ group: ['react', 'react-*', '@tanstack/*', '@/features/*', '@/routes/*', '@/components/*'], message: 'The API client has no React and no UI.' }]),
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: restrict([
      { group: ['@/features/*', `!@/features/${feature}`], message: 'A feature does not import another feature; compose them in a route.' },
      { group: ['@/routes/*'], message: 'Features must not import routes.' },
      relativeEscape,
    ]),
  })),
  {
    files: ['src/**'],
    ignores: ['src/features/**', 'src/api/**', 'src/lib/**', 'src/components/**'],
    rules: restrict([{ group: ['**/server/*'], message: 'The dashboard and the local instance share nothing at run time.' }]),
  },
  {
    files: ['server/**'],
    rules: { ...restrict([{ group: ['**/src/*', '@/*'], message: 'The local instance must not import the dashboard.' }]), 'no-console': 'off' },
  },
  { files: ['scripts/**', 'e2e/**'], rules: { 'no-console': 'off' } },
);
