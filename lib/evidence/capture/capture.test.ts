import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { parseEnv } from "@/lib/env";
import { addEvidence, editEvidence, removeEvidence } from "@/lib/evidence/mutations";
import { addEvidenceSchema, editEvidenceSchema, removeEvidenceSchema } from "@/lib/evidence/schema";
import { fixed, startTestServer, type TestServer } from "@/tests/support/http-test-server";
import { tinyPdf } from "@/tests/support/tiny-pdf";
import { HostQueue } from "./host-queue";
import { captureEvidence, checkEvidence } from "./mutations";
import { runEvidenceWork } from "./run";
import { getPublicCapture, listEvidenceNeedingAttention } from "./data";
import { captureSettings } from "./settings";
import { capturePath, removeStaleParts } from "./store";

const directory = mkdtempSync(path.join(tmpdir(), "uade-captures-"));
const settings = captureSettings(
  parseEnv({
    CAPTURE_DIR: directory,
    CAPTURE_ALLOW_PRIVATE_ADDRESSES: "true",
    CAPTURE_TIMEOUT_SECONDS: "2",
    EVIDENCE_CHECK_HOST_DELAY_SECONDS: "0",
  }),
);

let server: TestServer;
let editorId = "";
let commitmentId = "";
beforeAll(async () => {
  server = await startTestServer(3141);
  editorId = (
    await db.user.create({ data: { email: "capture-editor@example.org", name: "Editor", passwordHash: "x" } })
  ).id;
  commitmentId = (
    await db.commitment.create({
      data: { slug: "capture-target", title: "t", summary: "s", category: "justice", responsibleBody: "government" },
    })
  ).id;
});
afterAll(async () => {
  await server.close();
  await db.$disconnect();
});

const PAGE = `<!doctype html><html><head><title>Закон &amp; порядок</title><style>p{color:red}</style></head>
<body><h1>Закон о правах</h1><p>Статья 1. Пытки запрещены.</p><script>alert(1)</script></body></html>`;

async function addLink(route: string): Promise<string> {
  const result = await addEvidence(
    addEvidenceSchema.parse({ commitmentId, url: `${server.origin}${route}`, title: route, kind: "LAW_TEXT" }),
    editorId,
  );
  if (!result.ok) throw new Error("add failed");
  return result.value.id;
}

const sha256 = (bytes: string | Buffer) => createHash("sha256").update(bytes).digest("hex");
const captures = (evidenceId: string) =>
  db.evidenceCapture.findMany({ where: { evidenceId }, orderBy: { capturedAt: "asc" } });
const watch = (evidenceId: string) => db.evidenceWatch.findUniqueOrThrow({ where: { evidenceId } });

describe("capturing evidence", () => {
  it("keeps a content-addressed copy whose SHA-256 matches the bytes served, with title, text and an audit entry", async () => {
    server.routes.set("/law", fixed(PAGE));
    const id = await addLink("/law");
    expect(await watch(id)).toMatchObject({ captureAttempts: 0, linkStatus: null });
    expect((await watch(id)).captureDueAt).not.toBeNull();

    expect(await captureEvidence(id, "save", settings)).toBe("CAPTURED");
    const [capture] = await captures(id);
    expect(capture).toMatchObject({
      outcome: "CAPTURED",
      httpStatus: 200,
      contentType: "text/html; charset=utf-8",
      size: Buffer.byteLength(PAGE),
      sha256: sha256(PAGE),
      title: "Закон & порядок",
      trigger: "save",
    });
    expect(capture?.text).toContain("Статья 1. Пытки запрещены.");
    expect(capture?.text).not.toContain("alert");
    expect(capture?.text).not.toContain("color:red");
    const file = capturePath(directory, sha256(PAGE));
    expect(file).toBe(path.join(directory, sha256(PAGE).slice(0, 2), sha256(PAGE).slice(2)));
    expect(sha256(readFileSync(file))).toBe(sha256(PAGE));
    expect(statSync(file).mode & 0o222).toBe(0);
    expect(await watch(id)).toMatchObject({ captureDueAt: null, captureAttempts: 1, linkStatus: "LIVE" });
    expect(await db.auditEvent.count({ where: { entityId: id, action: "evidence.capture" } })).toBe(1);
    expect(readdirSync(path.join(directory, "tmp"))).toEqual([]);
  });

  it("keeps a PDF with its type, title and text", async () => {
    const pdf = tinyPdf("Concluding observations", "Torture is prohibited.");
    server.routes.set("/report.pdf", fixed(pdf, { "content-type": "application/pdf" }));
    const id = await addLink("/report.pdf");
    expect(await captureEvidence(id, "save", settings)).toBe("CAPTURED");
    expect((await captures(id))[0]).toMatchObject({
      contentType: "application/pdf",
      sha256: sha256(pdf),
      title: "Concluding observations",
      text: "Torture is prohibited.",
    });
  });

  it("stores the same bytes once, however many links point to them", async () => {
    server.routes.set("/copy-a", fixed("same bytes", { "content-type": "text/plain" }));
    server.routes.set("/copy-b", fixed("same bytes", { "content-type": "text/plain" }));
    const [a, b] = [await addLink("/copy-a"), await addLink("/copy-b")];
    await captureEvidence(a, "save", settings);
    await captureEvidence(b, "save", settings);
    const shas = [...(await captures(a)), ...(await captures(b))].map((capture) => capture.sha256);
    expect(shas).toEqual([sha256("same bytes"), sha256("same bytes")]);
    expect(readdirSync(path.dirname(capturePath(directory, sha256("same bytes"))))).toEqual([
      sha256("same bytes").slice(2),
    ]);
  });

  it("clears half-written files a crash left behind, and only old ones", async () => {
    const staging = path.join(directory, "tmp");
    writeFileSync(path.join(staging, "old.part"), "x");
    writeFileSync(path.join(staging, "new.part"), "x");
    // Both files' times are set from the test's clock: under a shifted clock (faketime) the file
    // system still stamps real time, which says nothing about the age the test means.
    const now = Date.now();
    const twoHoursAgo = (now - 2 * 3_600_000) / 1000;
    utimesSync(path.join(staging, "old.part"), twoHoursAgo, twoHoursAgo);
    utimesSync(path.join(staging, "new.part"), now / 1000, now / 1000);
    expect(await removeStaleParts(directory, now)).toBe(1);
    expect(readdirSync(staging)).toEqual(["new.part"]);
    await removeStaleParts(directory, Date.now() + 2 * 3_600_000);
  });

  it("keeps captures append-only: the database refuses to change or delete one", async () => {
    const [capture] = await db.evidenceCapture.findMany({ take: 1 });
    // Prisma's error carries a code frame of the calling line (this test's own words), so the
    // trigger's message is matched on raw SQL and the Prisma writes are checked by their effect.
    await expect(
      db.$executeRaw`UPDATE "EvidenceCapture" SET "sha256" = ${"0".repeat(64)} WHERE "id" = ${capture!.id}`,
    ).rejects.toThrow(/EvidenceCapture rows are append-only/);
    await expect(
      db.evidenceCapture.update({ where: { id: capture!.id }, data: { sha256: "0".repeat(64) } }),
    ).rejects.toThrow();
    await expect(db.evidenceCapture.delete({ where: { id: capture!.id } })).rejects.toThrow();
    expect(await db.evidenceCapture.findUniqueOrThrow({ where: { id: capture!.id } })).toMatchObject({
      sha256: capture!.sha256,
    });
  });

  it("records a failure with its reason, retries later, and succeeds on a retry as a new row", async () => {
    server.routes.set("/flaky", fixed("busy", { "content-type": "text/plain" }, 503));
    const id = await addLink("/flaky");
    expect(await captureEvidence(id, "save", settings)).toBe("FAILED");
    const state = await watch(id);
    expect(state.captureAttempts).toBe(1);
    expect(state.captureDueAt!.getTime()).toBeGreaterThan(Date.now() + 4 * 60_000);
    server.routes.set("/flaky", fixed("ready now", { "content-type": "text/plain" }));
    expect(await captureEvidence(id, "retry", settings)).toBe("CAPTURED");
    expect((await captures(id)).map((row) => [row.outcome, row.reason, row.httpStatus])).toEqual([
      ["FAILED", "http-error", 503],
      ["CAPTURED", null, 200],
    ]);
  });

  it("refuses a loopback address without the test setting, for good (no retry)", async () => {
    server.routes.set("/private", fixed("secret", { "content-type": "text/plain" }));
    const id = await addLink("/private");
    const before = server.requests.length;
    const strict = captureSettings(parseEnv({ CAPTURE_DIR: directory }));
    expect(await captureEvidence(id, "save", strict)).toBe("REFUSED");
    expect(server.requests.length).toBe(before);
    expect((await captures(id))[0]).toMatchObject({ outcome: "REFUSED", reason: "refused-address", sha256: null });
    expect((await watch(id)).captureDueAt).toBeNull();
  });

  it.each([
    [
      "a 'PDF' that is HTML",
      fixed("<html><body>not a pdf</body></html>", { "content-type": "application/pdf" }),
      "content-type-mismatch",
    ],
    [
      "an 'image' that is HTML",
      fixed("<html><script>alert(1)</script></html>", { "content-type": "image/png" }),
      "content-type-mismatch",
    ],
    [
      "'text' that is a PNG",
      fixed(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), { "content-type": "text/html" }),
      "content-type-mismatch",
    ],
    ["an empty page", fixed("", { "content-type": "text/html" }), "empty-body"],
  ])("refuses to keep %s", async (_label, route, reason) => {
    const routeName = `/lie-${reason}-${Math.random().toString(36).slice(2)}`;
    server.routes.set(routeName, route);
    const id = await addLink(routeName);
    expect(await captureEvidence(id, "save", settings)).toBe("FAILED");
    expect((await captures(id))[0]).toMatchObject({ reason, sha256: null });
  });

  it("starts a new capture series when an edit changes the URL, keeping the old captures", async () => {
    server.routes.set("/first", fixed("first", { "content-type": "text/plain" }));
    server.routes.set("/second", fixed("second", { "content-type": "text/plain" }));
    const id = await addLink("/first");
    await captureEvidence(id, "save", settings);
    const edit = await editEvidence(
      editEvidenceSchema.parse({
        evidenceId: id,
        version: 1,
        url: `${server.origin}/second`,
        title: "t",
        kind: "LAW_TEXT",
      }),
      editorId,
    );
    expect(edit.ok).toBe(true);
    expect(await watch(id)).toMatchObject({ url: `${server.origin}/second`, captureAttempts: 0, linkStatus: null });
    await captureEvidence(id, "save", settings);
    expect((await captures(id)).map((row) => row.sha256)).toEqual([sha256("first"), sha256("second")]);
  });
});

describe("watching evidence", () => {
  it("is live when only the markup changed, changed when the words did (keeping the new copy), gone when the page is removed", async () => {
    server.routes.set("/watched", fixed("<html><body><p>Article 5 guarantees a fair trial.</p></body></html>"));
    const id = await addLink("/watched");
    await captureEvidence(id, "save", settings);

    server.routes.set(
      "/watched",
      fixed('<html><body>\n  <div class="new-layout"><p>Article 5   guarantees a fair trial.</p></div></body></html>'),
    );
    expect(await checkEvidence(id, settings)).toBe("LIVE");
    expect(await captures(id)).toHaveLength(1);

    server.routes.set("/watched", fixed("<html><body><p>Article 5 was repealed.</p></body></html>"));
    expect(await checkEvidence(id, settings)).toBe("CHANGED");
    expect((await captures(id)).map((row) => row.trigger)).toEqual(["save", "check"]);
    expect(await checkEvidence(id, settings)).toBe("CHANGED");
    expect(await captures(id)).toHaveLength(2);

    server.routes.delete("/watched");
    expect(await checkEvidence(id, settings)).toBe("GONE");
    const checks = await db.evidenceCheck.findMany({ where: { evidenceId: id }, orderBy: { checkedAt: "asc" } });
    expect(checks.map((check) => [check.linkStatus, check.isReachable, check.httpStatus])).toEqual([
      ["LIVE", true, 200],
      ["CHANGED", true, 200],
      ["CHANGED", true, 200],
      ["GONE", false, 404],
    ]);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "evidence.link-status" } })).toBe(2);
  });

  it("calls a link gone only after N failed checks in a row when the server errors or is unreachable", async () => {
    server.routes.set("/unstable", fixed("steady text", { "content-type": "text/plain" }));
    const id = await addLink("/unstable");
    await captureEvidence(id, "save", settings);
    server.routes.set("/unstable", fixed("oops", { "content-type": "text/plain" }, 500));
    const threeStrikes = { ...settings, goneAfterChecks: 3 };
    expect(await checkEvidence(id, threeStrikes)).toBe("LIVE");
    expect(await checkEvidence(id, threeStrikes)).toBe("LIVE");
    expect(await checkEvidence(id, threeStrikes)).toBe("GONE");
    server.routes.set("/unstable", fixed("steady text", { "content-type": "text/plain" }));
    expect(await checkEvidence(id, threeStrikes)).toBe("LIVE");
    expect((await watch(id)).failedChecks).toBe(0);
  });

  it("runs every pending capture and due check in one run, leaving other links as they were", async () => {
    server.routes.set("/batch-1", fixed("one", { "content-type": "text/plain" }));
    server.routes.set("/batch-2", (_request, response) => response.destroy());
    const [one, two] = [await addLink("/batch-1"), await addLink("/batch-2")];
    const summary = await runEvidenceWork(settings, new HostQueue(0), { everything: true, checks: false });
    expect(summary.captures.CAPTURED).toBeGreaterThanOrEqual(1);
    expect((await captures(one))[0]).toMatchObject({ outcome: "CAPTURED" });
    expect((await captures(two))[0]).toMatchObject({ outcome: "FAILED", reason: "connection-failed" });
    expect(existsSync(capturePath(directory, sha256("one")))).toBe(true);
  });
});

describe("who may see a copy, and what needs attention", () => {
  it("serves a copy publicly only while its commitment is published and the evidence is not removed", async () => {
    server.routes.set("/public-copy", fixed("public words", { "content-type": "text/plain" }));
    const id = await addLink("/public-copy");
    await captureEvidence(id, "save", settings);
    const [capture] = await captures(id);
    expect(await getPublicCapture(capture!.id)).toBeNull();
    await db.commitment.update({ where: { id: commitmentId }, data: { isPublished: true } });
    expect(await getPublicCapture(capture!.id)).toMatchObject({ sha256: sha256("public words") });
    await removeEvidence(removeEvidenceSchema.parse({ evidenceId: id, version: 1 }), editorId);
    expect(await getPublicCapture(capture!.id)).toBeNull();
    await db.commitment.update({ where: { id: commitmentId }, data: { isPublished: false } });
  });

  it("lists gone, changed and uncaptured links with their commitment, and not the healthy ones", async () => {
    server.routes.set("/healthy", fixed("fine", { "content-type": "text/plain" }));
    server.routes.set("/broken", fixed("no", { "content-type": "text/plain" }, 500));
    const [healthy, broken] = [await addLink("/healthy"), await addLink("/broken")];
    await captureEvidence(healthy, "save", settings);
    await captureEvidence(broken, "save", settings);
    const rows = await listEvidenceNeedingAttention(500);
    const ids = rows.map((row) => row.id);
    expect(ids).toContain(broken);
    expect(ids).not.toContain(healthy);
    expect(rows.find((row) => row.id === broken)).toMatchObject({
      commitment: { id: commitmentId },
      capture: { status: "failed", reason: "http-error", httpStatus: 500 },
    });
  });
});

describe("the polite queue", () => {
  it("sends one request per host at a time, with a pause between them, and several hosts at once", async () => {
    const queue = new HostQueue(150);
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`start ${name} ${Date.now()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      log.push(`end ${name} ${Date.now()}`);
    };
    await Promise.all([
      queue.add("a.example", task("a1")),
      queue.add("a.example", task("a2")),
      queue.add("b.example", task("b1")),
    ]);
    const at = (entry: string) => Number(log.find((line) => line.startsWith(entry))!.split(" ")[2]);
    expect(at("start a2")).toBeGreaterThanOrEqual(at("end a1") + 140);
    expect(at("start b1")).toBeLessThan(at("end a1"));
    await queue.drained();
  });
});
