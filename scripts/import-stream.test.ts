import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createVersionReader } from "@/lib/public-cache/version";
import { runImport } from "./lib/import-command";

// The command line's streaming import (issue 24): slices, a run killed mid-way continued by running
// the same file again (exactly the file's rows in the end), and a file with problems refused whole.

const scratch = mkdtempSync(path.join(tmpdir(), "uade-import-stream-"));
afterAll(() => db.$disconnect());

class Killed extends Error {}

async function run(argv: string[], hooks: Parameters<typeof runImport>[2] = {}) {
  const lines: string[] = [];
  const io = {
    out: (line: string) => lines.push(line),
    err: (line: string) => lines.push(line),
    ask: null,
    progress: null,
  };
  let code: number | "killed";
  try {
    code = await runImport(argv, io, hooks);
  } catch (error) {
    if (!(error instanceof Killed)) throw error;
    code = "killed";
  }
  return { code, output: lines.join("\n") };
}

/** A UHRI JSON download of `count` records about Kazakhstan, each its own paragraph of `symbol`. */
function uhriJson(symbol: string, count: number, words = "Streamed recommendation") {
  const records = Array.from({ length: count }, (_, index) => ({
    Symbol: symbol,
    Text: `${100 + Math.floor(index / 900)}.${(index % 900) + 1} [FIXTURE] ${words} number ${index + 1}`,
    PublicationDate: "2024-03-15T00:00:00",
    AnnotationType: "Recommendation",
    Countries: ["Kazakhstan"],
    AffectedPersons: index % 2 === 0 ? ["Journalists"] : [],
    Themes: ["Freedom of opinion and expression"],
    Sdgs: ["16.10"],
    Body: ["UPR"],
    RecommendingStates: ["Estonia"],
    UprPosition: "Supported",
    UprSession: "45",
  }));
  const file = path.join(scratch, `${symbol.replaceAll("/", "-")}.json`);
  writeFileSync(file, JSON.stringify(records, null, 2));
  return file;
}

const stored = (symbol: string) => db.recommendation.count({ where: { symbol } });

async function liveVersion(): Promise<string> {
  const row = await db.publicDataVersion.findUniqueOrThrow({ where: { id: 1 } });
  return `${row.epoch}.${row.version}`;
}

describe("streaming import from the command line", () => {
  it(
    "continues a run killed mid-way and ends with exactly the file's rows, saying it resumed",
    { timeout: 120_000 },
    async () => {
      const file = uhriJson("A/HRC/98/10", 1_150);
      const killed = await run([file, "--yes"], {
        sliceRows: 250,
        afterSlice: (rowsDone) => {
          if (rowsDone >= 501) throw new Killed();
        },
      });
      expect(killed.code).toBe("killed");
      expect(await stored("A/HRC/98/10")).toBe(500);
      const run1 = await db.importRun.findFirstOrThrow({ where: { fileName: path.basename(file) } });
      expect(run1).toMatchObject({ rowsDone: 501, created: 500, finishedAt: null });

      const resumed = await run([file, "--yes"], { sliceRows: 250 });
      expect(resumed.output).toContain("Read in slices of 250 rows: 1,150 rows checked.");
      expect(resumed.output).toContain("To create: 650. Unchanged (already stored): 500.");
      expect(resumed.output).toContain("An earlier run of this file stopped after row 501 (500 created by then)");
      expect(resumed.output).toContain("1150 created");
      expect(resumed.code).toBe(0);
      expect(await stored("A/HRC/98/10")).toBe(1_150);
      expect(await db.importRun.count({ where: { fileName: path.basename(file) } })).toBe(1);
      const audit = await db.auditEvent.findFirstOrThrow({
        where: { action: "import.apply", entityId: run1.draftId },
      });
      expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ created: 1_150, resumedAfterRow: 501 });

      const again = await run([file, "--yes"], { sliceRows: 250 });
      expect(again.output).toContain("To create: 0. Unchanged (already stored): 1150.");
      expect(again.output).not.toContain("An earlier run");
      expect(await stored("A/HRC/98/10")).toBe(1_150);
    },
  );

  it(
    "refuses a file with a problem in its last slice whole, and with --skip-problem-rows writes the rest",
    { timeout: 120_000 },
    async () => {
      const rows = Array.from(
        { length: 1_200 },
        (_, index) =>
          `CAT/C/KAZ/CO/97,${index + 1},CAT,Fixture session 97,2025-01-0${1 + (index % 9)},"[FIXTURE] Streamed, row ${index + 1}",Torture`,
      );
      rows[1_150] = `CAT/C/KAZ/CO/97,1151,NOT-A-BODY,Fixture session 97,2025-01-01,[FIXTURE] Bad row,Torture`;
      const file = path.join(scratch, "cat-97.csv");
      writeFileSync(file, ["Symbol,Paragraph,Body,Session,Date,Annotation,Themes", ...rows].join("\r\n"));

      const refused = await run([file, "--yes"], { sliceRows: 400 });
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/Row 1152, column body: /);
      expect(refused.output).toContain("Nothing was written.");
      expect(await stored("CAT/C/KAZ/CO/97")).toBe(0);

      const skipped = path.join(scratch, "cat-97.skipped.csv");
      const partial = await run([file, "--yes", "--skip-problem-rows", "--skipped-csv", skipped], { sliceRows: 400 });
      expect(partial.code).toBe(0);
      expect(await stored("CAT/C/KAZ/CO/97")).toBe(1_199);
      expect(readFileSync(skipped, "utf8")).toContain("NOT-A-BODY");
    },
  );

  it(
    "holds the version cached pages see while it writes, and shows every row once it ends",
    { timeout: 120_000 },
    async () => {
      const reader = createVersionReader(process.env.DATABASE_URL ?? "");
      try {
        const before = String(await reader.read());
        const seen: Promise<string>[] = [];
        const file = uhriJson("A/HRC/98/30", 600, "Held recommendation");
        const result = await run([file, "--yes"], {
          sliceRows: 100,
          afterSlice: () => seen.push(Promise.resolve(reader.read()).then(String)),
        });
        expect(result.code).toBe(0);
        const during = await Promise.all(seen);
        expect(during).toHaveLength(6);
        // One version for the whole run (two if it outlived a hold), not a new one after every slice.
        expect(during[0]).toBe(before);
        expect(new Set(during).size).toBeLessThanOrEqual(2);
        const after = String(await reader.read());
        expect(after).not.toBe(before);
        expect(after).toBe(await liveVersion());
      } finally {
        reader.close();
      }
    },
  );

  it("reads a Windows-1251 file in slices as Cyrillic", async () => {
    const file = path.join(scratch, "cp1251.csv");
    const text = [
      "Symbol,Paragraph,Body,Session,Date,Annotation",
      "CAT/C/KAZ/CO/96,5,CAT,Fixture session 96,2025-01-01,[ТЕСТ] Государству-участнику следует расследовать пытки.",
    ].join("\r\n");
    const bytes = Uint8Array.from(
      [...text].map((char) => {
        const code = char.charCodeAt(0);
        return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code;
      }),
    );
    writeFileSync(file, bytes);
    const result = await run([file, "--yes"]);
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/Windows-1251/);
    expect((await db.recommendation.findFirstOrThrow({ where: { symbol: "CAT/C/KAZ/CO/96" } })).text).toBe(
      "[ТЕСТ] Государству-участнику следует расследовать пытки.",
    );
  });
});
