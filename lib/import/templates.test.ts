import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { planRecommendationFile } from "@/lib/recommendations/import-data";
import { planParsedFile } from "./data";
import { readImportFile } from "./read-file";
import { importTemplateCsv } from "./templates";

beforeAll(async () => {
  // The body the commitments example names, as an installation's vocabulary holds it.
  await db.responsibleBody.create({
    data: {
      key: "ministry-of-justice",
      nameEn: "Ministry of Justice",
      nameRu: "Министерство юстиции",
      nameKk: "Әділет министрлігі",
    },
  });
});
afterAll(() => db.$disconnect());

// The starting files the import page offers must import as they are: their example row plans with no problem.
describe("import templates", () => {
  it.each(["commitments", "statuses", "recommendations"] as const)("the %s template reads back", async (kind) => {
    const read = await readImportFile(new TextEncoder().encode(importTemplateCsv(kind)), null);
    if (!read.isOk) throw new Error(read.message);
    expect(read.kind).toBe(kind);
    if (read.kind === "recommendations") {
      const plan = await planRecommendationFile(read.file);
      expect(plan.errors).toEqual([]);
      expect(plan.creates).toHaveLength(1);
      expect(plan.creates[0]).toMatchObject({ recommendingStateCodes: ["EE"], stateUnderReview: "KZ", sdgGoals: [16] });
    } else {
      const plan = await planParsedFile(read.kind, read.file);
      expect(plan.missingColumns).toEqual([]);
      // The statuses example names a commitment that the test database may not hold: only its columns are judged.
      if (kind === "commitments") expect(plan.errors).toEqual([]);
    }
  });
});
