// `npm run db:pg:schema`: renders prisma/postgres/schema.prisma from prisma/schema.prisma, the one
// model both databases share. Only the generator's output and the datasource differ; a test
// (render-postgres-schema.test.ts) fails when the committed rendering is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SQLITE_SCHEMA_PATH = path.join(root, "prisma", "schema.prisma");
export const POSTGRES_SCHEMA_PATH = path.join(root, "prisma", "postgres", "schema.prisma");

const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:pg:schema\`: edit that file, not this one.
// The PostgreSQL rendering of Uade's model; its migrations are in prisma/postgres/migrations/.

`;

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`prisma/schema.prisma no longer matches ${pattern}; update the renderer`);
  return text.replace(pattern, replacement);
}

/** The PostgreSQL schema for the SQLite schema's text. */
export function renderPostgresSchema(sqliteSchema: string): string {
  let schema = replaceOnce(
    sqliteSchema,
    /output(\s+)= "\.\.\/lib\/generated\/prisma"/,
    'output$1= "../../lib/generated/prisma-pg"',
  );
  schema = replaceOnce(
    schema,
    /provider = "sqlite"\n(\s+)url(\s+)= "[^"]*"/,
    'provider = "postgresql"\n$1url$2= "postgresql://localhost/uade"',
  );
  return HEADER + schema;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  writeFileSync(POSTGRES_SCHEMA_PATH, renderPostgresSchema(readFileSync(SQLITE_SCHEMA_PATH, "utf8")));
  console.log(`Wrote ${path.relative(process.cwd(), POSTGRES_SCHEMA_PATH)}`);
}
