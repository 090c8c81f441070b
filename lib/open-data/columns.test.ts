import { describe, expect, it } from "vitest";
import { commitmentColumns, type CommitmentExportRow } from "./columns";
import { commitmentSummaryJson } from "./json";

const row: CommitmentExportRow = {
  slug: "ratify-cat",
  title: "Align the definition of torture",
  summary: "s",
  sourceLocale: "en",
  translations: [],
  category: "torture",
  responsibleBody: "government",
  body: { key: "government", nameEn: "Government", nameRu: "Правительство", nameKk: "Үкімет" },
  instruments: [
    {
      instrumentCode: "CAT",
      instrument: {
        code: "CAT",
        name: "Convention against Torture",
        nameRu: "Конвенция против пыток",
        nameKk: "Азаптауларға қарсы конвенция",
      },
    },
  ],
  officialClaim: "ADOPTED",
  claimSince: null,
  assessment: "NOT_ASSESSED",
  assessmentSince: null,
  firstStatedOn: null,
  targetDate: null,
  lastVerifiedOn: null,
  updatedAt: new Date("2026-11-22T00:00:00Z"),
  _count: { evidence: 0 },
};

const cells = (locale?: "kk" | "ru" | "en") =>
  Object.fromEntries(
    commitmentColumns("http://x", new Date("2026-12-01T00:00:00Z"), locale).map((column) => [
      column.key,
      column.value(row),
    ]),
  );

describe("responsible bodies and instruments in CSV and JSON", () => {
  it("keep the key and add the name in the ?lang= language (English without it)", () => {
    expect(cells()).toMatchObject({
      responsible_body: "government",
      responsible_body_label: "Government",
      instruments: "CAT",
      instrument_titles: "Convention against Torture",
    });
    expect(cells("ru")).toMatchObject({
      responsible_body: "government",
      responsible_body_label: "Правительство",
      instrument_titles: "Конвенция против пыток",
    });
    expect(cells("kk")).toMatchObject({
      responsible_body_label: "Үкімет",
      instrument_titles: "Азаптауларға қарсы конвенция",
    });
    expect(commitmentSummaryJson(row, "http://x", new Date(), "kk")).toMatchObject({
      responsible_body: "government",
      responsible_body_label: "Үкімет",
      instrument_titles: ["Азаптауларға қарсы конвенция"],
    });
  });
});
