import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { inEnglish } from "@/lib/forms/english-messages";
import { collectPreview } from "./preview";
import { iterateChanges } from "./data";
import { changesCsvResponse } from "./responses";
import { readReasonParam } from "./schema";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("the reason parameter of the changes report", () => {
  it("reads one or several codes, repeated, without duplicates; empty values of a GET form mean every reason", () => {
    expect(readReasonParam(new URLSearchParams("reason=law_adopted&reason=other&reason=law_adopted"))).toEqual({
      reasons: ["law_adopted", "other"],
      errors: [],
    });
    expect(readReasonParam({ reason: ["", " blocked_by_court "] })).toEqual({
      reasons: ["blocked_by_court"],
      errors: [],
    });
    expect(readReasonParam({ reason: "" })).toEqual({ reasons: [], errors: [] });
    expect(readReasonParam({})).toEqual({ reasons: [], errors: [] });
  });

  it("leaves out an unknown code and names it in a translatable error, keeping the valid ones", () => {
    const { reasons, errors } = readReasonParam(new URLSearchParams("reason=Law_Adopted&reason=law_amended"));
    expect(reasons).toEqual(["law_amended"]);
    expect(errors).toHaveLength(1);
    expect(inEnglish(errors[0]!)).toMatch(
      /^Reason: “Law_Adopted” is not a reason code \(the codes are: law_adopted, .*unspecified\)\.$/,
    );
  });
});

describe("changes of some reasons", () => {
  beforeAll(async () => {
    const commitment = await db.commitment.create({
      data: {
        slug: "reasoned",
        title: "Reasoned",
        summary: "s",
        category: "torture",
        responsibleBody: "government",
        isPublished: true,
      },
    });
    const draft = await db.commitment.create({
      data: {
        slug: "reasoned-draft",
        title: "Draft",
        summary: "s",
        category: "torture",
        responsibleBody: "government",
        isPublished: false,
      },
    });
    const change = (commitmentId: string, toValue: string, effective: string, reasonCode?: string) =>
      db.statusChange.create({
        data: {
          commitmentId,
          field: "ASSESSMENT",
          fromValue: "NOT_ASSESSED",
          toValue,
          effectiveOn: day(effective),
          justification: `${toValue} ${effective}`,
          ...(reasonCode ? { reasonCode } : {}),
        },
      });
    await change(commitment.id, "NOT_STARTED", "2025-01-10", "law_adopted");
    await change(commitment.id, "IN_PROGRESS", "2025-02-10", "budget_allocated");
    await change(commitment.id, "STALLED", "2025-03-10", "blocked_by_parliament");
    await change(commitment.id, "IN_PROGRESS", "2025-04-10");
    await change(draft.id, "STALLED", "2025-02-11", "law_adopted");
  });

  afterAll(() => db.$disconnect());

  const rows = async (reasons: Parameters<typeof iterateChanges>[3], scope: "public" | "workspace" = "public") =>
    (await collectPreview(iterateChanges(day("2025-01-01"), day("2025-12-31"), scope, reasons), 100)).rows.map(
      (r) => `${r.reasonCode}@${r.effectiveOn.toISOString().slice(0, 10)}`,
    );

  it("keeps only changes with one of the codes, oldest first; no codes keeps every reason", async () => {
    expect(await rows(["law_adopted"])).toEqual(["law_adopted@2025-01-10"]);
    expect(await rows(["blocked_by_parliament", "law_adopted"])).toEqual([
      "law_adopted@2025-01-10",
      "blocked_by_parliament@2025-03-10",
    ]);
    expect(await rows(["unspecified"])).toEqual(["unspecified@2025-04-10"]);
    expect(await rows([])).toHaveLength(4);
    expect(await rows(["law_adopted"], "workspace")).toEqual(["law_adopted@2025-01-10", "law_adopted@2025-02-11"]);
  });

  it("answers the CSV with only those rows, and an unknown code with 400 and the reason, not a file", async () => {
    const csv = await changesCsvResponse(
      new URLSearchParams("from=2025-01-01&to=2025-12-31&reason=budget_allocated&reason=blocked_by_parliament"),
      "public",
    ).text();
    const reasonCodes = csv
      .split("\r\n")
      .slice(1)
      .filter((line) => line !== "")
      .map((line) => (line.match(/,(law_adopted|budget_allocated|blocked_by_parliament|unspecified),/) ?? [])[1]);
    expect(reasonCodes).toEqual(["budget_allocated", "blocked_by_parliament"]);

    const refused = changesCsvResponse(
      new URLSearchParams("from=2025-01-01&to=2025-12-31&reason=budget_allocated&reason=bogus"),
      "public",
    );
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Reason: “bogus” is not a reason code");
  });
});
