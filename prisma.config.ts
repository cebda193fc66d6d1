import path from "node:path";
import { defineConfig } from "prisma/config";

// The Prisma 7 CLI wants a native schema engine it downloads from Prisma's binary host, which is
// unreachable here. `prisma generate` only needs the bundled Wasm, so point the check at a stub;
// migrations go through scripts/migrate.mjs (the Wasm schema engine over the pg adapter).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("scripts/no-schema-engine.sh");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/postgres",
  },
});
