import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { parseEnv } from "@/lib/env";
import { captureEvidence, checkEvidence } from "@/lib/evidence/capture/mutations";
import { captureSettings } from "@/lib/evidence/capture/settings";
import { decodeMessage } from "@/lib/forms/messages";
import { readWorkbookAsCsv } from "@/lib/import/workbook";
import { fixed, startTestServer, type TestServer } from "@/tests/support/http-test-server";
import { probeDuring, type ProbeReport } from "./event-loop-probe";
import { lyingDocx, lyingWorkbook, nestedHtml, pdfBomb } from "./hostile-documents";
import { readImportFile } from "@/lib/import/read-file";
import { runDocumentJob } from "./pool";

// Attack (issue 22): a hostile document cited as evidence, re-checked on schedule, or uploaded as a
// workbook must not hold the server. During each, a probe due every 100 ms never waits more than
// 200 ms because of the event loop, the whole process (workers included) grows by less than
// MAX_GROWTH_MB, and the job ends `too-complex` (a capture REFUSED for that reason, an upload refused).
const MAX_WAIT_MS = 200;
/** Above the worker heap cap (256 MB): the counted limits stop each attack long before it (measured: +0–14 MB). */
const MAX_GROWTH_MB = 300;

const settings = captureSettings(
  parseEnv({
    CAPTURE_DIR: mkdtempSync(path.join(tmpdir(), "uade-attack-")),
    CAPTURE_ALLOW_PRIVATE_ADDRESSES: "true",
    CAPTURE_TIMEOUT_SECONDS: "10",
    EVIDENCE_CHECK_HOST_DELAY_SECONDS: "0",
  }),
);

let server: TestServer;
let commitmentId = "";
beforeAll(async () => {
  server = await startTestServer(0);
  commitmentId = (
    await db.commitment.create({
      data: { slug: "attack-target", title: "t", summary: "s", category: "justice", responsibleBody: "government" },
    })
  ).id;
  // Starts a worker once, as a running server has: the attack measures the parse, not Node's start.
  await runDocumentJob("plain-text", Buffer.from("warm"), {});
});
afterAll(async () => {
  await server.close();
  await db.$disconnect();
});

async function linkTo(route: string): Promise<string> {
  const evidence = await db.evidence.create({
    data: { commitmentId, url: `${server.origin}${route}`, title: route, kind: "LAW_TEXT" },
  });
  await db.evidenceWatch.create({ data: { evidenceId: evidence.id, url: evidence.url, captureDueAt: new Date() } });
  return evidence.id;
}

function expectHeld(name: string, report: ProbeReport) {
  console.log(
    `${name}: probe waited at most ${report.held.toFixed(0)} ms on the event loop (${report.late.toFixed(0)} ` +
      `ms on the wall clock, ${report.ticks} ticks); memory +${report.peakRssGrowthMb.toFixed(0)} MB`,
  );
  expect(report.ticks).toBeGreaterThan(0);
  expect(report.held).toBeLessThan(MAX_WAIT_MS);
  expect(report.peakRssGrowthMb).toBeLessThan(MAX_GROWTH_MB);
}

const HOSTILE_PAGES: [name: string, contentType: string, build: () => Buffer][] = [
  ["a 24 MB content stream in a small PDF", "application/pdf", () => pdfBomb(24)],
  ["1.1 MB of nested <div>s", "text/html; charset=utf-8", () => Buffer.from(nestedHtml(1.1))],
  ["4.4 MB of nested <div>s", "text/html; charset=utf-8", () => Buffer.from(nestedHtml(4.4))],
];

describe("attack: hostile evidence links never hold the server", () => {
  for (const [name, contentType, build] of HOSTILE_PAGES) {
    it(`${name}: captured as REFUSED (too-complex) off the event loop`, async () => {
      const route = `/${name.replace(/\W+/g, "-")}`;
      const body = build();
      server.routes.set(route, fixed(body, { "content-type": contentType }));
      const id = await linkTo(route);
      const { value, report } = await probeDuring(() => captureEvidence(id, "save", settings));
      expect(value).toBe("REFUSED");
      expect(await db.evidenceCapture.findFirst({ where: { evidenceId: id } })).toMatchObject({
        outcome: "REFUSED",
        reason: "too-complex",
      });
      expectHeld(`capture of ${name} (${(body.length / 1024).toFixed(0)} KB)`, report);
    }, 60_000);

    it(`${name}: a scheduled re-check of a cited page that turned hostile records too-complex`, async () => {
      const route = `/recheck-${name.replace(/\W+/g, "-")}`;
      server.routes.set(route, fixed("<p>Article 5.</p>", { "content-type": "text/html" }));
      const id = await linkTo(route);
      expect(await captureEvidence(id, "save", settings)).toBe("CAPTURED");
      server.routes.set(route, fixed(build(), { "content-type": contentType }));
      const { report } = await probeDuring(() => checkEvidence(id, settings));
      expect(await db.evidenceCheck.findFirst({ where: { evidenceId: id } })).toMatchObject({
        isReachable: false,
        reason: "too-complex",
      });
      expectHeld(`re-check of ${name}`, report);
    }, 60_000);
  }
});

describe("attack: a workbook whose ZIP lies about its size", () => {
  it("a workbook under 1 MB whose shared strings unpack to 360 MB, declared as 4 KB: refused, bounded", async () => {
    const bytes = await lyingWorkbook(360);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    const { value, report } = await probeDuring(() => readWorkbookAsCsv(bytes));
    const seconds = (performance.now() - started) / 1000;
    expect(value.isOk).toBe(false);
    expect(value.isOk ? null : decodeMessage(value.message)?.key).toBe("fileWorkbookTooLarge");
    expectHeld(`lying workbook (${(bytes.length / 1024).toFixed(0)} KB), refused in ${seconds.toFixed(1)} s`, report);
    expect(seconds).toBeLessThan(15);
  }, 60_000);
});

describe("attack: a Word thematic list whose ZIP lies about its size", () => {
  it("a .docx under 1 MB whose document unpacks to 100 MB, declared as 4 KB: refused, bounded", async () => {
    const bytes = await lyingDocx(100);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const { value, report } = await probeDuring(() => readImportFile(bytes, null));
    expect(value.isOk).toBe(false);
    expect(value.isOk ? null : decodeMessage(value.message)?.key).toBe("fileDocxTooLarge");
    expectHeld(`lying Word document (${(bytes.length / 1024).toFixed(0)} KB)`, report);
  }, 60_000);
});

describe("the worker pool's own limits", () => {
  it("kills a job past its deadline as too-complex, and the next job still runs", async () => {
    const killed = await runDocumentJob("pdf-text", pdfBomb(4), {}, { deadlineMs: 1 });
    expect(killed.status).toBe("too-complex");
    const next = await runDocumentJob("html-text", Buffer.from("<title>T</title><p>x</p>"), {});
    expect(next).toEqual({ status: "ok", value: { title: "T", text: "x" } });
  }, 60_000);

  it("refuses an upload whose reading was killed, saying what to do instead", async () => {
    const refused = await readWorkbookAsCsv(await lyingWorkbook(1), { heapMb: 256, deadlineMs: 1 });
    expect(refused.isOk ? null : decodeMessage(refused.message)).toEqual({
      key: "fileWorkbookTooComplex",
      params: { seconds: 0.001, megabytes: 256 },
    });
  }, 60_000);

  it("kills a job past its heap cap as too-complex", async () => {
    // 5 MB of one-letter paragraphs: millions of small strings, far more than a 16 MB heap holds.
    const page = Buffer.from(`<body>${"<p>a</p>".repeat(600_000)}</body>`);
    expect(await runDocumentJob("html-text", page, {}, { heapMb: 16 })).toMatchObject({ status: "too-complex" });
  }, 60_000);
});
