import { createPrismaClient } from "../../../lib/db/create-client";
import { buildSearchText } from "../../../lib/search-text";
import { E2E_DATABASE_URL } from "./e2e-env";

/** A client on the end-to-end server's database, for arranging records the way editors would. */
export function openE2eDatabase() {
  return createPrismaClient(E2E_DATABASE_URL);
}

type Db = ReturnType<typeof openE2eDatabase>;

/**
 * Creates a published commitment with a status history, evidence and a quote, plus a draft that
 * must never appear publicly. Slugs carry a suffix so reruns against one database do not collide.
 */
export async function createPublicFixtures(db: Db, suffix: string) {
  const source = await db.source.create({
    data: { title: "Fixture source", author: "A. Speaker", publisher: "Fixture Times", kind: "SPEECH" },
  });
  const title = `=HYPERLINK("http://evil.example") Protect ҚАЗАҚСТАН journalists ${suffix}`;
  const summary = "Қазақстан undertakes to protect journalists from prosecution for their work.";
  const quote = "We will protect journalists, said the speaker.";
  const published = await db.commitment.create({
    data: {
      slug: `protect-journalists-${suffix}`,
      title,
      summary,
      category: "civic-freedoms",
      responsibleBody: "government",
      officialClaim: "ADOPTED",
      assessment: "PARTIALLY_IMPLEMENTED",
      assessmentSince: new Date("2025-03-01T00:00:00Z"),
      isPublished: true,
      searchText: buildSearchText([title, summary, quote]),
      quotes: { create: [{ text: quote, sourceId: source.id }] },
    },
  });
  const evidence = await db.evidence.create({
    data: {
      commitmentId: published.id,
      url: "https://www.ohchr.org/en/documents/fixture",
      title: `UN review ${suffix}`,
      publisher: "OHCHR",
      kind: "UN_DOCUMENT",
    },
  });
  await db.statusChange.create({
    data: {
      commitmentId: published.id,
      field: "ASSESSMENT",
      fromValue: "NOT_ASSESSED",
      toValue: "PARTIALLY_IMPLEMENTED",
      effectiveOn: new Date("2025-03-01T00:00:00Z"),
      justification: `Law amended but prosecutions continue ${suffix}`,
      evidence: { create: [{ evidenceId: evidence.id }] },
    },
  });
  const draftTitle = `Secret draft commitment ${suffix}`;
  const draft = await db.commitment.create({
    data: {
      slug: `secret-draft-${suffix}`,
      title: draftTitle,
      summary: "Not ready for the public.",
      category: "civic-freedoms",
      responsibleBody: "government",
      isPublished: false,
      searchText: buildSearchText([draftTitle]),
    },
  });
  await db.statusChange.create({
    data: {
      commitmentId: draft.id,
      field: "ASSESSMENT",
      fromValue: "NOT_ASSESSED",
      toValue: "STALLED",
      effectiveOn: new Date("2025-04-01T00:00:00Z"),
      justification: `Draft change ${suffix}`,
    },
  });
  return { published, draft, evidence, title, quote };
}
