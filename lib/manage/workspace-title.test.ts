import { describe, expect, it } from "vitest";
import { workspaceTitle } from "./workspace-title";

const record = {
  title: "Decriminalise defamation",
  sourceLocale: "en",
  translations: [
    { locale: "ru", title: "Декриминализировать клевету" },
    { locale: "kk", title: "" },
  ],
};

describe("a record's title in the workspace", () => {
  it("is the workspace language's translation, with the original beside it", () => {
    expect(workspaceTitle(record, "ru")).toEqual({
      title: "Декриминализировать клевету",
      original: "Decriminalise defamation",
      originalLocale: "en",
    });
  });

  it("is the original alone in the original's language, or when there is no (or a blank) translation", () => {
    expect(workspaceTitle(record, "en")).toEqual({
      title: "Decriminalise defamation",
      original: null,
      originalLocale: "en",
    });
    expect(workspaceTitle(record, "kk").original).toBeNull();
    expect(workspaceTitle({ ...record, translations: [] }, "ru").title).toBe("Decriminalise defamation");
  });
});
