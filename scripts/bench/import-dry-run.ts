// Child process of the reports scenario: times an import dry run (decode, parse, plan) of a
// 5,000-row commitments file against the benchmark database. Run with
// `node --conditions=react-server --import tsx` and DATABASE_URL set; prints one JSON line.
import { readFileSync } from "node:fs";
import { decodeUpload } from "@/lib/import/decode";
import { planStoredImport } from "@/lib/import/data";
import { parseCsv } from "@/lib/import/parse";

const file = process.argv[2];
if (!file) throw new Error("usage: import-dry-run.ts <file.csv>");
const bytes = new Uint8Array(readFileSync(file));
const start = performance.now();
const decoded = decodeUpload(bytes);
if (!decoded.isOk) throw new Error(decoded.message);
const parsed = await parseCsv(decoded.text);
if (!parsed.isOk) throw new Error(parsed.message);
const parsedMs = performance.now() - start;
const plan = await planStoredImport("commitments", decoded.text);
const totalMs = performance.now() - start;
if ("parseError" in plan) throw new Error(plan.parseError);
console.log(
  JSON.stringify({
    rows: parsed.rows.length,
    parsedMs,
    totalMs,
    operations: plan.operations.length,
    unchanged: plan.unchanged.length,
    errors: plan.errors.length,
  }),
);
process.exit(0);
