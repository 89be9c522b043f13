// A small rule set, checked in `npm test` (see ARCHITECTURE.md): promises are awaited or
// handled on purpose, no `any` slips in, nothing unused lingers, and type-only imports say so (they vanish
// from the compiled JavaScript, so the build never loads a module only for its types).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['src/storage/generated/**', 'dist/**', 'node_modules/**', '.tools/**', 'src/http/dashboard/assets/**', 'src/channels/webchat/assets/**'] },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  // Tests break parsed files on purpose (a missing topic, a wrong type): `any` says so there.
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
