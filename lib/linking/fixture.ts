import { readFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// The hand-marked test set of tests/fixtures/linking/recommendations.json, written into a database
// as an import would write it (the database's triggers keep the full-text index), for the quality
// script, the benchmark and the tests: one copy of how a fixture becomes rows.

export type LinkingFixture = {
  key: string;
  mechanism: string;
  cycle: number;
  year: number;
  states: string[];
  text: string;
  /** The commitments (dataset slugs) it answers. */
  answers: string[];
  /** Recommendations with the same group make the same demand. */
  group?: string;
};

/** The fixture's recommendations, in file order. */
export function readLinkingFixture(): LinkingFixture[] {
  const file = path.resolve("tests/fixtures/linking/recommendations.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { recommendations: LinkingFixture[] }).recommendations;
}

const ORDINAL = ["st", "nd", "rd", "th"];

/** Inserts the fixture's recommendations (ids `fixture-<key>`) and returns key → id. */
export async function insertLinkingFixture(
  client: Pick<PrismaClient, "recommendation">,
  fixtures = readLinkingFixture(),
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [index, fixture] of fixtures.entries()) {
    const isUpr = fixture.mechanism === "UPR";
    const id = `fixture-${fixture.key}`;
    await client.recommendation.create({
      data: {
        id,
        mechanismCode: fixture.mechanism,
        cycle: isUpr
          ? `${fixture.cycle}${ORDINAL[Math.min(fixture.cycle, 4) - 1]} cycle`
          : `${60 + fixture.cycle}th session`,
        symbol: isUpr ? `A/HRC/${14 + fixture.cycle * 9}/10` : `${fixture.mechanism}/C/KAZ/CO/${fixture.cycle}`,
        paragraph: isUpr ? `${100 + fixture.cycle}.${index + 1}` : String(index + 1),
        recommendingState: isUpr ? fixture.states.join("; ") : "",
        text: fixture.text,
        textLocale: /[әіңғүұқөһ]/iu.test(fixture.text) ? "kk" : /\p{Script=Cyrillic}/u.test(fixture.text) ? "ru" : "en",
        issuedOn: new Date(`${fixture.year}-06-15T00:00:00Z`),
        response: isUpr ? "SUPPORTED" : "NONE",
      },
    });
    ids.set(fixture.key, id);
  }
  return ids;
}
