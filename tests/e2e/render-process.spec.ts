import { readFileSync, readdirSync } from "node:fs";
import { expect, test } from "./support/test";
import { startSecondServer, type SecondServer } from "./support/second-server";

// npm start serves from two processes (scripts/server.ts): the front answers cached public pages,
// the render process runs Next. When the render process dies (a crash, the out-of-memory killer),
// readers of cached pages notice nothing, the rest get a short "restarting" answer, and the front
// starts it again. Stopping the server stops both.

test.describe.configure({ timeout: 120_000 });

let server: SecondServer;
test.beforeAll(async () => {
  server = await startSecondServer();
});
test.afterAll(async () => {
  await server?.stop();
});

/** The render process: the front's one child running scripts/render-server.ts (read from /proc, Linux). */
function renderPid(frontPid: number): number {
  const children = readdirSync(`/proc/${frontPid}/task`).flatMap((task) =>
    readFileSync(`/proc/${frontPid}/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number),
  );
  const renderers = children.filter((pid) => readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("render-server"));
  expect(renderers).toHaveLength(1);
  return renderers[0] ?? 0;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

test("a render process that dies is started again while cached pages keep answering", async () => {
  const page = `${server.baseUrl}/en/commitments`;
  await (await fetch(page)).text();
  const warm = await fetch(page);
  expect(warm.headers.get("x-uade-cache")).toBe("hit");

  const first = renderPid(server.pid);
  process.kill(first, "SIGKILL");
  await expect.poll(() => isAlive(first)).toBe(false);

  const cached = await fetch(page);
  expect(cached.status).toBe(200);
  expect(cached.headers.get("x-uade-cache")).toBe("hit");
  // Pages that need a render answer 503 until the new process listens (a second or more), then as before.
  const meanwhile = await fetch(`${server.baseUrl}/en/login`);
  expect(meanwhile.status).toBe(503);
  expect(meanwhile.headers.get("retry-after")).toBe("5");
  expect(await meanwhile.text()).toContain("Uade перезапускается");
  await expect.poll(async () => (await fetch(`${server.baseUrl}/en/login`)).status, { timeout: 60_000 }).toBe(200);
  const second = renderPid(server.pid);
  expect(second).not.toBe(first);

  await server.stop();
  await expect.poll(() => isAlive(second)).toBe(false);
  expect(isAlive(server.pid)).toBe(false);
});
