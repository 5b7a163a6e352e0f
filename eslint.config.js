// Lint: type-aware typescript-eslint rules plus the DESIGN.md layer table (tools/eslint).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { layerRule } from './tools/eslint/layer-rule.js';

export default tseslint.config(
  {
    ignores: ['node_modules', 'dist', 'web/dist', 'drizzle', 'data', '.portcullis', 'coverage', 'test-output', 'test/fixtures/lint'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { portcullis: { rules: { layers: layerRule } } },
    rules: {
      'portcullis/layers': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/cli/**', 'bench/**', 'tools/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
