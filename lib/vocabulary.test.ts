import { describe, expect, it } from "vitest";
import { Assessment, EvidenceKind, OfficialClaim, SourceKind, StatusField } from "@/lib/generated/prisma/enums";
import englishMessages from "@/messages/en.json";
import { ASSESSMENTS, CATEGORIES, EVIDENCE_KINDS, OFFICIAL_CLAIMS, SOURCE_KINDS, STATUS_FIELDS } from "./vocabulary";
import { englishLabels } from "@/lib/vocabulary-labels";

describe("status vocabularies", () => {
  it("match the database enums exactly", () => {
    expect([...OFFICIAL_CLAIMS].sort()).toEqual(Object.values(OfficialClaim).sort());
    expect([...ASSESSMENTS].sort()).toEqual(Object.values(Assessment).sort());
    expect([...STATUS_FIELDS].sort()).toEqual(Object.values(StatusField).sort());
    expect([...EVIDENCE_KINDS].sort()).toEqual(Object.values(EvidenceKind).sort());
    expect([...SOURCE_KINDS].sort()).toEqual(Object.values(SourceKind).sort());
  });

  it("have a label for every key and no label without a key", () => {
    expect(Object.keys(englishMessages.officialClaim).sort()).toEqual([...OFFICIAL_CLAIMS].sort());
    expect(Object.keys(englishMessages.assessment).sort()).toEqual([...ASSESSMENTS].sort());
    expect(Object.keys(englishMessages.category).sort()).toEqual([...CATEGORIES].sort());
    expect(Object.keys(englishMessages.evidenceKind).sort()).toEqual([...EVIDENCE_KINDS].sort());
    expect(englishLabels.assessment("PARTIALLY_IMPLEMENTED")).toBe("Partially implemented");
    expect(englishLabels.officialClaim("NO_CLAIM")).toBe("No claim");
  });
});
