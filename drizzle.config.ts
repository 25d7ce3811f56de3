// drizzle-kit: generates SQL migrations from the Drizzle schema (npm run db:generate).
// Hand-written migrations (triggers) are made with `npx drizzle-kit generate --custom --name <name>`.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/db/schema.ts',
  out: './src/server/db/migrations',
});
