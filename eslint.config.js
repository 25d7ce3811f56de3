// Lint: the architecture's import direction is enforced here (ENGINEERING.md, "Dependencies point inward").
import tseslint from 'typescript-eslint';

const outerLayers = ['**/server/**', '**/web/**', '**/cli/**', '**/formats/**', '**/documents/**'];
const ioModules = ['node:*', 'fs', 'path', 'pg', '@electric-sql/*', 'drizzle-orm', 'drizzle-orm/*', 'fastify', '@fastify/*', 'react', 'react-dom', 'pino'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', 'schema/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: outerLayers, message: 'src/core is pure: it imports nothing of the outer layers.' },
          { group: ioModules, message: 'src/core is pure: no I/O or framework imports.' },
        ],
      }],
    },
  },
);
