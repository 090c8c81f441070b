// Phase 3 of `npm run stress`: hostile documents cited as evidence (issue 22). A local server
// serves a PDF whose content stream unpacks to 24 MB and 4.4 MB of nested <div>s; evidence rows
// point at them, due for capture, and the production server captures them at start-up while a
// probe asks the public API every 100 ms. Each capture must end REFUSED (too-complex) and no probe
// may wait over 200 ms.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { nestedHtml, pdfBomb } from "@/lib/parse-worker/hostile-documents";
import type { StressServer } from "./server";

const MAX_WAIT_MS = 200;

export async function stressHostileDocuments(
  db: PrismaClient,
  commitmentId: string,
  startServer: () => Promise<StressServer>,
): Promise<string[]> {
  const documents: Record<string, [string, Buffer]> = {
    "/bomb.pdf": ["application/pdf", pdfBomb(24)],
    "/nested.html": ["text/html; charset=utf-8", Buffer.from(nestedHtml(4.4))],
  };
  const hostile = http.createServer((request, response) => {
    const document = documents[request.url ?? ""];
    if (!document) return void response.writeHead(404).end();
    response.writeHead(200, { "content-type": document[0] }).end(document[1]);
  });
  await new Promise<void>((resolve) => hostile.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}`;
  const ids: string[] = [];
  for (const path of Object.keys(documents)) {
    const evidence = await db.evidence.create({
      data: { commitmentId, url: `${origin}${path}`, title: `stress ${path}`, kind: "OTHER" },
    });
    await db.evidenceWatch.create({ data: { evidenceId: evidence.id, url: evidence.url, captureDueAt: new Date() } });
    ids.push(evidence.id);
  }
  // The test mode of safe fetching: loopback only, so the server may fetch this local one.
  process.env.CAPTURE_ALLOW_PRIVATE_ADDRESSES = "true";
  const server = await startServer();
  const problems: string[] = [];
  const probe = async () => {
    const started = performance.now();
    await (await fetch(`${server.baseUrl}/api/v1/commitments?limit=1`)).arrayBuffer();
    return performance.now() - started;
  };
  try {
    // The route's first answer loads its code: not counted.
    await probe();
    const waits: number[] = [];
    const deadline = Date.now() + 120_000;
    let captures: { outcome: string; reason: string | null }[] = [];
    while (Date.now() < deadline) {
      waits.push(await probe());
      captures = await db.evidenceCapture.findMany({
        where: { evidenceId: { in: ids } },
        select: { outcome: true, reason: true },
      });
      if (captures.length === ids.length) break;
      await sleep(100);
    }
    // The same probe with nothing hostile running: what this machine gives anyway.
    const baseline: number[] = [];
    for (let index = 0; index < 20; index += 1) {
      baseline.push(await probe());
      await sleep(100);
    }
    const longest = Math.max(...waits);
    console.log(
      `  hostile documents: captures ${JSON.stringify(captures)}; ${waits.length} probes meanwhile, longest ${longest.toFixed(0)} ms, ` +
        `${waits.filter((wait) => wait > MAX_WAIT_MS).length} over ${MAX_WAIT_MS} ms (afterwards, with nothing hostile: longest ${Math.max(...baseline).toFixed(0)} ms)`,
    );
    if (captures.length < ids.length) problems.push("hostile documents: not every capture was recorded within 120 s");
    if (captures.some((capture) => capture.outcome !== "REFUSED" || capture.reason !== "too-complex"))
      problems.push(`hostile documents: a capture did not end too-complex (${JSON.stringify(captures)})`);
    if (longest > MAX_WAIT_MS) problems.push(`hostile documents: a probe waited ${longest.toFixed(0)} ms`);
  } finally {
    await server.stop();
    delete process.env.CAPTURE_ALLOW_PRIVATE_ADDRESSES;
    hostile.close();
  }
  return problems;
}
