import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { buildSearchText } from "@/lib/search-text";
import { searchCommitmentsForLinking } from "./data";

// The commitment search on a recommendation's workspace page: an editor working in Russian or
// Kazakh types words of the translation, in any order and with other endings.

beforeAll(async () => {
  const record = (slug: string, isArchived: boolean) => {
    const title = "Investigate every allegation of torture";
    const ru = { locale: "ru", title: "Расследовать каждое заявление о пытках", summary: "Независимое расследование." };
    const kk = { locale: "kk", title: "Азаптау туралы әр арызды тергеу", summary: "Тәуелсіз тергеу." };
    return db.commitment.create({
      data: {
        slug,
        title,
        summary: "Independent investigations.",
        category: "torture",
        responsibleBody: "government",
        isArchived,
        translations: { create: [ru, kk] },
        searchText: buildSearchText([title, "Independent investigations.", ru.title, ru.summary, kk.title, kk.summary]),
      },
    });
  };
  await record("investigate-torture", false);
  await record("archived-torture", true);
});

describe("searchCommitmentsForLinking", () => {
  it("finds an English record by Russian words of its translation, in another order and with other endings", async () => {
    const found = await searchCommitmentsForLinking("пыток расследование");
    expect(found.map((row) => row.slug)).toEqual(["investigate-torture"]);
    // With what the workspace needs to show the Russian title beside the original.
    expect(found[0]?.translations).toContainEqual({ locale: "ru", title: "Расследовать каждое заявление о пытках" });
    expect(found[0]?.sourceLocale).toBe("en");
  });

  it("finds it by Kazakh words too, and never an archived record", async () => {
    expect((await searchCommitmentsForLinking("азаптау тергеу")).map((row) => row.slug)).toEqual([
      "investigate-torture",
    ]);
  });

  it("needs every word: one that is nowhere finds nothing", async () => {
    expect(await searchCommitmentsForLinking("пыток депортация")).toEqual([]);
  });
});
