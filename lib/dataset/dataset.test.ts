import { describe, expect, it } from "vitest";
import datasetJson from "@/prisma/seed/commitments.json";
import { datasetSchema } from "./schema";
import { loadDataset, loadDatasetTranslations } from "./load-dataset";

describe("the checked-in commitment dataset", () => {
  const dataset = loadDataset();

  it("passes the dataset schema", () => {
    expect(datasetSchema.safeParse(datasetJson).success).toBe(true);
  });

  it("holds every stated commitment from the five source articles (roughly sixty)", () => {
    expect(dataset.commitments.length).toBeGreaterThanOrEqual(55);
    expect(dataset.sources).toHaveLength(5);
  });

  it("has unique slugs", () => {
    const slugs = dataset.commitments.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it("gives every record at least one non-empty quote from a known source", () => {
    const sourceKeys = new Set(dataset.sources.map((s) => s.key));
    for (const commitment of dataset.commitments) {
      expect(commitment.quotes.length, commitment.slug).toBeGreaterThan(0);
      for (const quote of commitment.quotes) {
        expect(quote.text.trim().length, commitment.slug).toBeGreaterThan(0);
        expect(sourceKeys.has(quote.source), `${commitment.slug} → ${quote.source}`).toBe(true);
      }
    }
  });

  it("refuses a record with an unknown theme, claim or instrument (the loader's own rules)", () => {
    const first = datasetJson.commitments[0]!;
    const withRecord = (change: Record<string, unknown>) => ({
      ...datasetJson,
      commitments: [{ ...first, ...change }, ...datasetJson.commitments.slice(1)],
    });
    expect(datasetSchema.safeParse(withRecord({})).success).toBe(true);
    for (const change of [
      { category: "weather" },
      { officialClaim: "PROMISED_TWICE" },
      { instruments: ["ICCPR-OP9"] },
    ]) {
      const result = datasetSchema.safeParse(withRecord(change));
      expect(result.success, JSON.stringify(change)).toBe(false);
    }
  });

  it("never carries an assessment: verdicts come from editors and evidence, not the dataset", () => {
    for (const record of datasetJson.commitments) expect(record).not.toHaveProperty("assessment");
  });

  it("includes the commitments the brief names", () => {
    const text = dataset.commitments.map((c) => `${c.title} ${c.summary}`.toLowerCase()).join("\n");
    expect(text).toContain("second optional protocol");
    expect(text).toMatch(/domestic violence/);
    expect(text).toMatch(/30%|30 per ?cent/);
    expect(dataset.commitments.some((c) => c.instruments.includes("ICCPR-OP2"))).toBe(true);
    expect(dataset.commitments.some((c) => c.instruments.includes("ISTANBUL-PROTOCOL"))).toBe(true);
  });

  it("has a Russian and a Kazakh title and summary for every commitment, and nothing else", () => {
    const translations = loadDatasetTranslations();
    expect(Object.keys(translations).sort()).toEqual(dataset.commitments.map((c) => c.slug).sort());
    for (const commitment of dataset.commitments) {
      const versions = translations[commitment.slug];
      expect(versions?.ru.title, commitment.slug).not.toBe(commitment.title);
      expect(versions?.kk.title, commitment.slug).toMatch(/[әғқңөұүһі]/i);
    }
  });

  it("rejects a dataset with a duplicate slug or a quote-less record", () => {
    const [first] = dataset.commitments;
    if (!first) throw new Error("empty dataset");
    const duplicate = { ...dataset, commitments: [first, { ...first }] };
    expect(datasetSchema.safeParse(duplicate).success).toBe(false);
    const quoteless = { ...dataset, commitments: [{ ...first, quotes: [] }] };
    expect(datasetSchema.safeParse(quoteless).success).toBe(false);
  });
});
