import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
// @ts-expect-error -- a plain ESM script without types; startCluster/stopCluster are documented there.
import { startCluster, stopCluster } from "../../scripts/pg-cluster.mjs";
import { migrateDatabase } from "./migrate";
import { databaseUrlFor, isPostgresRun, runOnServer } from "./postgres";

/**
 * Builds one migrated, empty template database for the whole run; test files copy it. SQLite: a
 * file. PostgreSQL (TEST_DATABASE=postgres): a template database on TEST_POSTGRES_URL's server, or on
 * a throwaway cluster started here (scripts/pg-cluster.mjs); each file gets CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject) {
  if (isPostgresRun) return setupPostgres(project);
  const directory = mkdtempSync(path.join(tmpdir(), "uade-vitest-"));
  const templatePath = path.join(directory, "template.db");
  migrateDatabase(`file:${templatePath}`);
  project.provide("templateDatabasePath", templatePath);
  project.provide("postgresServerUrl", "");
  return () => rmSync(directory, { recursive: true, force: true });
}

async function setupPostgres(project: TestProject) {
  const cluster = process.env.TEST_POSTGRES_URL
    ? null
    : (startCluster(Number(process.env.TEST_POSTGRES_PORT ?? 54329)) as { directory: string; url: string } | null);
  const serverUrl = process.env.TEST_POSTGRES_URL ?? cluster?.url;
  if (!serverUrl) throw new Error("No PostgreSQL server: install PostgreSQL or set TEST_POSTGRES_URL");
  const template = `uade_template_${process.pid}`;
  await runOnServer(serverUrl, [`DROP DATABASE IF EXISTS ${template}`, `CREATE DATABASE ${template}`]);
  migrateDatabase(databaseUrlFor(serverUrl, template));
  project.provide("templateDatabasePath", template);
  project.provide("postgresServerUrl", serverUrl);
  return async () => {
    if (cluster) return stopCluster(cluster.directory);
    const client = new (await import("pg")).default.Client({ connectionString: serverUrl });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `uade_test_${process.pid}_%`,
    ]);
    await client.end();
    await runOnServer(serverUrl, [
      ...rows.map((row) => `DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`),
      `DROP DATABASE IF EXISTS ${template}`,
    ]);
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    /** SQLite: the template file's path; PostgreSQL: the template database's name. */
    templateDatabasePath: string;
    /** PostgreSQL runs: the server's maintenance URL; "" on SQLite. */
    postgresServerUrl: string;
  }
}
