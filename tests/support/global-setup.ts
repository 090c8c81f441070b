import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "./migrate";

/** Builds one migrated, empty template database for the whole run; test files copy it. */
export default function setup(project: TestProject) {
  const directory = mkdtempSync(path.join(tmpdir(), "uade-vitest-"));
  const templatePath = path.join(directory, "template.db");
  migrateDatabase(`file:${templatePath}`);
  project.provide("templateDatabasePath", templatePath);
  return () => rmSync(directory, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabasePath: string;
  }
}
