import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { removeStaleRenderDirectories } from "./render-process";

// The socket directories a server killed outright leaves behind are removed; another instance's,
// or one still starting, never.

// Every directory's time is set here and `now` is passed in: the file system's clock and the
// process's may differ (the suite also runs under faketime).
const NOW = Date.parse("2026-12-08T12:00:00Z");
const HOUR_AGO = (NOW - 3_600_000) / 1000;
const MINUTE_AGO = (NOW - 60_000) / 1000;
let parent = "";
let listener: net.Server | null = null;

afterEach(async () => {
  if (listener) await new Promise<void>((resolve) => listener?.close(() => resolve()));
  listener = null;
  rmSync(parent, { recursive: true, force: true });
});

function renderDirectory(name: string, { old, socketFile }: { old: boolean; socketFile: boolean }): string {
  const directory = path.join(parent, name);
  mkdirSync(directory);
  if (socketFile) writeFileSync(path.join(directory, "render.sock"), "");
  const time = old ? HOUR_AGO : MINUTE_AGO;
  utimesSync(directory, time, time);
  return directory;
}

describe("removeStaleRenderDirectories", () => {
  it("removes old directories whose socket answers nobody, and keeps live, recent and foreign ones", async () => {
    parent = mkdtempSync(path.join(os.tmpdir(), "uade-stale-test-"));
    renderDirectory("uade-render-empty", { old: true, socketFile: false });
    renderDirectory("uade-render-dead", { old: true, socketFile: true });
    renderDirectory("uade-render-starting", { old: false, socketFile: false });
    renderDirectory("something-else", { old: true, socketFile: false });
    const live = renderDirectory("uade-render-live", { old: false, socketFile: false });
    const server = net.createServer();
    listener = server;
    await new Promise<void>((resolve) => server.listen(path.join(live, "render.sock"), resolve));
    utimesSync(live, HOUR_AGO, HOUR_AGO);

    const removed = await removeStaleRenderDirectories(parent, NOW);

    expect(removed.sort()).toEqual(["uade-render-dead", "uade-render-empty"]);
    expect(existsSync(path.join(parent, "uade-render-live", "render.sock"))).toBe(true);
    expect(existsSync(path.join(parent, "uade-render-starting"))).toBe(true);
    expect(existsSync(path.join(parent, "something-else"))).toBe(true);
  });
});
