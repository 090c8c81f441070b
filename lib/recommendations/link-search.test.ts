import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { buildSearchText } from "@/lib/search-text";
import { readWorkspaceTitles } from "@/lib/manage/data";
import { workspaceTitle } from "@/lib/manage/workspace-title";
import { searchCommitmentsForLinking } from "./data";

// The commitment search on a recommendation's workspace page: an editor working in Russian or
// Kazakh types words of the translation and reads the results in that language.

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

describe("the commitment search for linking, in the workspace's language", () => {
  it("finds an English record by a Russian word of its translation, with the titles to show it in Russian", async () => {
    const found = await searchCommitmentsForLinking("пытках");
    expect(found.map((row) => row.slug)).toEqual(["investigate-torture"]);
    const titles = await readWorkspaceTitles(found.map((row) => row.id));
    const shown = workspaceTitle(titles.get(found[0]!.id)!, "ru");
    expect(shown).toEqual({
      title: "Расследовать каждое заявление о пытках",
      original: "Investigate every allegation of torture",
      originalLocale: "en",
    });
  });

  it("finds it by a Kazakh word too, and never an archived record", async () => {
    expect((await searchCommitmentsForLinking("азаптау")).map((row) => row.slug)).toEqual(["investigate-torture"]);
  });
});
