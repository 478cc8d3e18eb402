import { defineConfig } from "drizzle-kit";

// Generation needs no database: one migrations folder serves both embedded PGlite and PostgreSQL.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
