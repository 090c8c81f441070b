import { describe, expect, it } from "vitest";
import { databaseDirectory, resolveDatabaseUrl } from "./database-url";

describe("database URLs", () => {
  it("resolves a relative SQLite file against the working directory", () => {
    expect(resolveDatabaseUrl("file:./data/uade.db", "/srv/uade")).toBe("file:/srv/uade/data/uade.db");
    expect(resolveDatabaseUrl(undefined, "/srv/uade")).toBe("file:/srv/uade/data/uade.db");
    expect(databaseDirectory("file:/var/lib/uade/uade.db")).toBe("/var/lib/uade");
  });

  it("leaves remote libSQL URLs alone", () => {
    expect(resolveDatabaseUrl("libsql://db.example.org", "/srv")).toBe("libsql://db.example.org");
    expect(databaseDirectory("libsql://db.example.org")).toBeNull();
  });
});
