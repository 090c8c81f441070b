import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { buildSearchText } from "@/lib/search-text";
import { listWorkspaceCommitments } from "./data";

// The workspace list's search goes through the commitments' full-text index (lib/search), as the
// public list's does: words by their stems, drafts included, and a slug typed in part still found.

beforeAll(async () => {
  for (const [slug, title, isPublished] of [
    ["prevent-torture-draft", "Предотвращение пыток в местах заключения", false],
    ["fair-trial", "Ensure fair trial guarantees", true],
  ] as const)
    await db.commitment.create({
      data: {
        slug,
        title,
        summary: "A promise.",
        category: "justice",
        responsibleBody: "parliament",
        isPublished,
        searchText: buildSearchText([title, "A promise."]),
      },
    });
});

const slugs = async (query: string) => (await listWorkspaceCommitments({ query })).map((row) => row.slug);

describe("listWorkspaceCommitments search", () => {
  it("finds a draft by another form of a word (the stem, not a substring)", async () => {
    expect(await slugs("пытки")).toEqual(["prevent-torture-draft"]);
    expect(await slugs("guarantee")).toEqual(["fair-trial"]);
  });

  it("finds a commitment by part of its slug, and nothing for punctuation alone", async () => {
    expect(await slugs("fair-tri")).toEqual(["fair-trial"]);
    expect(await slugs('"*"')).toEqual([]);
  });
});
