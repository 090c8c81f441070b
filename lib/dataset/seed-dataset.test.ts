import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { loadDataset, loadDatasetTranslations } from "./load-dataset";
import { seedDataset } from "./seed-dataset";

const db = createPrismaClient(process.env.DATABASE_URL);
afterAll(() => db.$disconnect());

describe("seedDataset", () => {
  const dataset = loadDataset();

  it("loads every commitment, quote and source into an empty database, published and not yet assessed", async () => {
    const result = await seedDataset(db, dataset, loadDatasetTranslations());
    expect(result).toMatchObject({ isSeeded: true, commitments: dataset.commitments.length });
    expect(await db.commitmentTranslation.count()).toBe(dataset.commitments.length * 2);
    expect(await db.commitment.count()).toBe(dataset.commitments.length);
    expect(await db.quote.count()).toBe(dataset.commitments.reduce((sum, c) => sum + c.quotes.length, 0));
    expect(await db.source.count()).toBe(dataset.sources.length);
    expect(await db.commitment.count({ where: { assessment: { not: "NOT_ASSESSED" } } })).toBe(0);
    expect(await db.commitment.count({ where: { isPublished: false } })).toBe(0);
    expect(await db.statusChange.count()).toBe(0);
  });

  it("keeps quotes verbatim and in order, with their source", async () => {
    const expected = dataset.commitments.find((c) => c.quotes.length > 1) ?? dataset.commitments[0]!;
    const stored = await db.commitment.findUniqueOrThrow({
      where: { slug: expected.slug },
      include: { quotes: { orderBy: { position: "asc" }, include: { source: true } }, instruments: true },
    });
    expect(stored.quotes.map((q) => q.text)).toEqual(expected.quotes.map((q) => q.text));
    const sourceTitle = dataset.sources.find((s) => s.key === expected.quotes[0]!.source)!.title;
    expect(stored.quotes[0]!.source.title).toBe(sourceTitle);
    expect(stored.instruments.map((i) => i.instrumentCode).sort()).toEqual([...expected.instruments].sort());
  });

  it("makes every language version searchable", async () => {
    const [first] = dataset.commitments;
    const translations = loadDatasetTranslations();
    const stored = await db.commitment.findUniqueOrThrow({ where: { slug: first!.slug } });
    expect(stored.searchText).toContain(translations[first!.slug]!.kk.title.toLowerCase().replace(/\s+/g, " "));
    expect(stored.searchText).toContain(translations[first!.slug]!.ru.title.toLowerCase().replace(/\s+/g, " "));
  });

  it("writes nothing on a second run, so editors' changes survive every restart", async () => {
    const slug = dataset.commitments[0]!.slug;
    await db.commitment.update({ where: { slug }, data: { title: "Edited by an editor", assessment: "STALLED" } });
    const result = await seedDataset(db, dataset);
    expect(result.isSeeded).toBe(false);
    const stored = await db.commitment.findUniqueOrThrow({ where: { slug } });
    expect(stored).toMatchObject({ title: "Edited by an editor", assessment: "STALLED" });
    expect(await db.commitment.count()).toBe(dataset.commitments.length);
  });

  it("does not reload after editors deleted everything: the marker remembers the first load", async () => {
    await db.quote.deleteMany();
    await db.commitmentInstrument.deleteMany();
    await db.commitment.deleteMany();
    const result = await seedDataset(db, dataset);
    expect(result.isSeeded).toBe(false);
    expect(await db.commitment.count()).toBe(0);
  });
});
