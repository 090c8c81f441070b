import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { thematicListDocx, thematicRows, type Generation } from "@/tests/fixtures/recommendations/thematic-list";
import { runImport, SYSTEM_ACTOR_EMAIL } from "./lib/import-command";

const FIXTURES = "tests/fixtures/recommendations";
const scratch = mkdtempSync(path.join(tmpdir(), "uade-import-cli-"));

/** Runs the command as cron would (no terminal to ask); returns the exit code and what it printed. */
async function run(...argv: string[]) {
  const lines: string[] = [];
  const code = await runImport(argv, {
    out: (line) => lines.push(line),
    err: (line) => lines.push(line),
    ask: null,
    progress: null,
  });
  return { code, output: lines.join("\n") };
}

const count = () => db.recommendation.count();

beforeAll(async () => {
  await db.user.create({
    data: { email: "cli-editor@example.org", name: "CLI Editor", passwordHash: "x", role: "EDITOR" },
  });
});
afterAll(() => db.$disconnect());

describe("npm run import", () => {
  it("plans UPR Info's classic CSV with --dry-run, writes nothing, and names the skipped state", async () => {
    const before = await count();
    const { code, output } = await run(`${FIXTURES}/upr-info-classic.csv`, "--dry-run");
    expect(output).toContain("layout upr-info-classic");
    expect(output).toContain(
      "To create: 3. Unchanged (already stored): 0. Skipped (states not tracked): 1. Problems: 0.",
    );
    expect(code).toBe(0);
    expect(await count()).toBe(before);
  });

  it("refuses to apply without --yes when there is no terminal to ask", async () => {
    const before = await count();
    const { code, output } = await run(`${FIXTURES}/upr-info-classic.csv`);
    expect(code).toBe(3);
    expect(output).toMatch(/Pass --yes/);
    expect(await count()).toBe(before);
  });

  it("applies the classic CSV as the system actor, and a second run creates nothing", async () => {
    const first = await run(`${FIXTURES}/upr-info-classic.csv`, "--yes");
    expect(first.output).toContain(`Applied as ${SYSTEM_ACTOR_EMAIL}: 3 created.`);
    expect(first.code).toBe(0);
    const stored = await db.recommendation.findFirstOrThrow({
      where: { text: { startsWith: "[FIXTURE] Adopt strict safeguards" } },
    });
    expect(stored).toMatchObject({
      mechanismCode: "UPR",
      cycle: "1st cycle",
      symbol: "",
      recommendingState: "Czech Republic",
      recommendingStateCodes: "CZ",
      stateUnderReview: "KZ",
      response: "SUPPORTED",
      actionCategory: 4,
    });
    const assembly = await db.recommendation.findFirstOrThrow({ where: { text: { contains: "freedom of assembly" } } });
    expect(assembly).toMatchObject({ cycle: "3rd cycle", response: "SUPPORTED_IN_PART", recommendingStateCodes: "RU" });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "import.apply" },
      include: { actor: { select: { email: true, isActive: true } } },
    });
    expect(audit.actor).toEqual({ email: SYSTEM_ACTOR_EMAIL, isActive: false });

    const before = await count();
    const second = await run(`${FIXTURES}/upr-info-classic.csv`, "--yes");
    expect(second.output).toContain("To create: 0. Unchanged (already stored): 3.");
    expect(second.code).toBe(0);
    expect(await count()).toBe(before);
  });

  it("records the editor named by --as, and refuses an unknown one", async () => {
    expect((await run(`${FIXTURES}/uhri-all-states.json`, "--yes", "--as", "nobody@example.org")).code).toBe(2);
    const { code, output } = await run(`${FIXTURES}/uhri-all-states.json`, "--yes", "--as", "cli-editor@example.org");
    expect(output).toContain("layout uhri-json");
    expect(output).toContain("To create: 2. Unchanged (already stored): 0. Skipped (states not tracked): 1.");
    expect(code).toBe(0);
    const upr = await db.recommendation.findFirstOrThrow({ where: { symbol: "A/HRC/99/20" } });
    expect(upr).toMatchObject({
      paragraph: "120.4",
      cycle: "4th cycle",
      recommendingStateCodes: "EE",
      sdgGoals: "16",
      affectedGroups: "Journalists; Human rights defenders",
    });
    const crc = await db.recommendation.findFirstOrThrow({ where: { symbol: "CRC/C/KAZ/CO/99" } });
    expect(crc.paragraph).toBe("31");
    const again = await run(`${FIXTURES}/uhri-all-states.json`, "--yes");
    expect(again.output).toContain("To create: 0. Unchanged (already stored): 2.");
  });

  it.each([2, 3, 4] as Generation[])("imports OHCHR's thematic list, generation %i, once", async (generation) => {
    const file = path.join(scratch, `thematic-${generation}.docx`);
    writeFileSync(file, await thematicListDocx(generation, thematicRows(generation, String(100 + generation))));
    const first = await run(file, "--yes");
    expect(first.output).toContain(`layout thematic-list-${generation}`);
    expect(first.output).toContain("no state-under-review column: its rows are taken as KZ");
    expect(first.output).toContain("To create: 3.");
    expect(first.code).toBe(0);
    const row = await db.recommendation.findFirstOrThrow({
      where: {
        paragraph: `${100 + generation}.7`,
        cycle: `${generation === 4 ? "4th" : generation === 3 ? "3rd" : "2nd"} cycle`,
      },
      include: { themes: true },
    });
    expect(row).toMatchObject({
      text: "[FIXTURE] Ratify the fixture optional protocol on communications",
      recommendingState: "Maldives; Portugal",
      recommendingStateCodes: "MV;PT",
      response: "SUPPORTED",
      affectedGroups: "children; women",
      sdgGoals: generation === 2 ? "" : generation === 3 ? "16" : "5;16",
    });
    expect(row.themes.map((theme) => theme.theme)).toEqual(["Acceptance of international norms"]);
    const mixed = await db.recommendation.findFirstOrThrow({ where: { paragraph: `${100 + generation}.22` } });
    expect(mixed.response).toBe("SUPPORTED_IN_PART");
    const second = await run(file, "--yes");
    expect(second.output).toContain("To create: 0. Unchanged (already stored): 3.");
  });

  it("recognises a recommendation already stored from another layout", async () => {
    // The classic CSV's "Consider ratifying…" (Maldives, session 20: 2nd cycle), as a thematic list writes it.
    const file = path.join(scratch, "cross-layout.docx");
    writeFileSync(
      file,
      await thematicListDocx(2, [
        { theme: "Theme: A12 Acceptance of international norms" },
        {
          cells: [
            ["99.3 [FIXTURE] Consider ratifying the fixture protocol on communications (Maldives);"],
            ["Noted"],
            ["A12 Acceptance of international norms"],
            [],
          ],
        },
      ]),
    );
    const { output } = await run(file, "--dry-run");
    expect(output).toContain("To create: 0. Unchanged (already stored): 1.");

    // UHRI's JSON gave A/HRC/99/20 para. 120.4 (Estonia, session 45: 4th cycle); the 4th-generation list has no symbol.
    const fourth = path.join(scratch, "cross-layout-4.docx");
    writeFileSync(
      fourth,
      await thematicListDocx(4, [
        {
          cells: [
            ["120.4 [FIXTURE] Ensure fixture journalists can work without intimidation (Estonia);"],
            ["Supported"],
            ["D43 Freedom of opinion and expression"],
            ["- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS"],
          ],
        },
      ]),
    );
    expect((await run(fourth, "--dry-run")).output).toContain("To create: 0. Unchanged (already stored): 1.");
  });

  it("writes nothing from a file with problems, unless asked to import the rows without them", async () => {
    const file = path.join(scratch, "bad.csv");
    writeFileSync(
      file,
      [
        "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session",
        "Kazakhstan,Asia,,[FIXTURE] A good row about fixture prisons,Norway,WEOG,,Accepted,2,Detention,9",
        "Kazakhstan,Asia,,[FIXTURE] A row with a bad action,Norway,WEOG,,Accepted,9,Detention,9",
        'Kazakhstan,Asia,,[FIXTURE] A row with an unknown response,Norway,WEOG,,"=Maybe",2,Detention,9',
      ].join("\n"),
    );
    const before = await count();
    const refused = await run(file, "--yes");
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(
      "Row 3, column action_category: “9” is not an action category: use a number from 1 (minimal action) to 5 (specific action), or leave it empty.",
    );
    expect(refused.output).toMatch(/Row 4, column response: /);
    expect(refused.output).toMatch(/Nothing was written/);
    expect(await count()).toBe(before);

    const skippedCsv = path.join(scratch, "bad.skipped.csv");
    const partial = await run(file, "--yes", "--skip-problem-rows", "--skipped-csv", skippedCsv);
    expect(partial.code).toBe(0);
    expect(await count()).toBe(before + 1);
    const skipped = readFileSync(skippedCsv, "utf8");
    expect(skipped.split("\r\n")[0]).toBe(
      "\uFEFFrow,problems,mechanism,state_under_review,text,recommending_state,response,action_category,themes,upr_session",
    );
    expect(skipped).toContain("'=Maybe");
    expect(skipped).not.toContain("good row");
  });

  it("tells the kind from the columns and says what is wrong with an unreadable argument", async () => {
    expect((await run()).code).toBe(2);
    expect((await run("--kind", "sandwiches", `${FIXTURES}/upr-info-classic.csv`)).code).toBe(2);
    expect((await run(path.join(scratch, "missing.csv"))).output).toMatch(/^Cannot read/);
  });
});
