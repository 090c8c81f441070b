// Generates UN-style recommendations for the scale scenario (issue 24): varied texts in English,
// Russian and Kazakh (with Kazakh letters), eleven mechanisms, cycles and sessions, recommending
// states, responses, themes and SDG targets, in the proportions of UHRI's Kazakhstan record.
// Inserted with batched multi-row INSERTs in one transaction per 20,000 rows through the libSQL
// client (Prisma's createMany per row would take minutes at 300,000). The database's own triggers
// keep the full-text index and the filter counts, as they do for an import.
import { createClient, type InStatement } from "@libsql/client";

const MECHANISMS = [
  ["UPR", 0.5],
  ["CAT", 0.08],
  ["CCPR", 0.08],
  ["CEDAW", 0.07],
  ["CRC", 0.07],
  ["CRPD", 0.04],
  ["CESCR", 0.05],
  ["CERD", 0.04],
  ["CMW", 0.03],
  ["SR-TORTURE", 0.02],
  ["SR-FOAA", 0.02],
] as const;
const STATES = [
  "Germany",
  "France",
  "Brazil",
  "Norway",
  "Japan",
  "Mexico",
  "Chile",
  "Canada",
  "Kenya",
  "India",
  "Türkiye",
  "Côte d'Ivoire",
];
const THEMES = [
  "Torture and other cruel, inhuman or degrading treatment",
  "Administration of justice and fair trial",
  "Women's rights",
  "Rights of the child",
  "Freedom of association and peaceful assembly",
  "Freedom of opinion and expression",
  "Persons with disabilities",
  "Death penalty",
  "Migrants",
  "Racial discrimination",
  "Right to health",
  "Right to education",
  "Human rights defenders",
  "National human rights institution",
  "Domestic violence",
  "Trafficking in persons",
  "Right to work",
  "Prison conditions",
  "Indigenous peoples and minorities",
  "Corruption",
];
const SDG = ["5.1", "5.2", "10.3", "16.1", "16.2", "16.3", "16.6", "16.7", "16.10", "16.a", "16.b"];
const RESPONSES = ["SUPPORTED", "SUPPORTED_IN_PART", "NOTED"];

const EN_VERBS = [
  "Ensure",
  "Strengthen",
  "Adopt",
  "Take measures to",
  "Consider",
  "Continue efforts to",
  "Establish",
  "Guarantee",
];
const EN_OBJECTS = [
  "that all allegations of torture and ill-treatment are promptly and impartially investigated",
  "the independence of the judiciary and the right to a fair trial",
  "a comprehensive law on domestic violence and gender equality",
  "the rights of children with disabilities to inclusive education",
  "freedom of peaceful assembly without prior authorisation",
  "that journalists and human rights defenders can work without harassment",
  "the abolition of the death penalty by ratifying the Second Optional Protocol",
  "an effective national preventive mechanism under OPCAT",
  "the protection of migrant workers and members of their families",
  "access to health care in places of detention",
  "the decriminalisation of defamation",
  "the prevention of trafficking in persons and support for victims",
];
const EN_TAILS = [
  "in line with international standards",
  "and allocate sufficient resources",
  "with the participation of civil society",
  "and report on progress",
  "in law and in practice",
];
const RU_VERBS = [
  "Обеспечить",
  "Укрепить",
  "Принять",
  "Рассмотреть возможность",
  "Продолжить усилия по",
  "Гарантировать",
];
const RU_OBJECTS = [
  "оперативное и беспристрастное расследование всех заявлений о пытках и жестоком обращении",
  "искоренение применения пыток в местах лишения свободы",
  "независимость судебной власти и право на справедливое судебное разбирательство",
  "защиту женщин от бытового насилия",
  "права детей-инвалидов на инклюзивное образование",
  "свободу мирных собраний без предварительного разрешения",
  "защиту журналистов и правозащитников от преследований",
  "декриминализацию клеветы",
  "доступ к медицинской помощи в тюрьмах",
];
const RU_TAILS = [
  "в соответствии с международными стандартами",
  "и выделить достаточные ресурсы",
  "с участием гражданского общества",
  "на практике и в законодательстве",
];
const KK_OBJECTS = [
  "азаптау мен қатыгез қарым-қатынас туралы барлық арыздарды тәуелсіз тергеуді қамтамасыз ету",
  "әйелдерді тұрмыстық зорлық-зомбылықтан қорғауды күшейту",
  "мүгедектігі бар балалардың инклюзивті білім алу құқығын қамтамасыз ету",
  "бейбіт жиналыс бостандығына кепілдік беру",
  "журналистер мен құқық қорғаушыларды қудалаудан қорғау",
  "өлім жазасын толық жою",
];

/** mulberry32, seeded: every run generates the same rows. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick };
}

function pickMechanism(value: number): string {
  let sum = 0;
  for (const [code, share] of MECHANISMS) {
    sum += share;
    if (value < sum) return code;
  }
  return "UPR";
}

const ROWS_PER_STATEMENT = 200;
/** The CAT session that has the same 500 recommendations at every size. */
export const FIXED_CYCLE = "session 99";
const FIXED_CYCLE_ROWS = 500;
const statement = (sql: string, args: unknown[]) => ({ sql, args }) as InStatement;
const ROWS_PER_TRANSACTION = 20_000;

export type RecommendationSeed = { inserted: number; ms: number; links: number };

/**
 * Adds recommendations `from` … `to - 1` (ids benchscale{n}) and links every 100th to one of the
 * database's published commitments (the first, by id, to ten of them at any size), so a commitment
 * page and the assessment filter have links.
 */
export async function seedRecommendations(databaseUrl: string, from: number, to: number): Promise<RecommendationSeed> {
  const client = createClient({ url: databaseUrl });
  const start = performance.now();
  let links = 0;
  try {
    await client.execute("PRAGMA journal_mode = WAL");
    await client.execute("PRAGMA foreign_keys = ON");
    const commitments = (
      await client.execute(
        `SELECT "id" FROM "Commitment" WHERE "isPublished" = 1 AND "isArchived" = 0 ORDER BY "id" LIMIT 500`,
      )
    ).rows.map((row) => String(row.id));
    for (let batchStart = from; batchStart < to; batchStart += ROWS_PER_TRANSACTION) {
      const batchEnd = Math.min(to, batchStart + ROWS_PER_TRANSACTION);
      const statements: InStatement[] = [];
      for (let chunk = batchStart; chunk < batchEnd; chunk += ROWS_PER_STATEMENT) {
        const rows: unknown[][] = [];
        const themes: unknown[][] = [];
        const targets: unknown[][] = [];
        const linkRows: unknown[][] = [];
        for (let index = chunk; index < Math.min(batchEnd, chunk + ROWS_PER_STATEMENT); index += 1) {
          const random = createRandom(index * 7919 + 17);
          // The first 500 are one CAT session at every size: the shadow report of one cycle is compared like for like.
          const isFixedCycle = index < FIXED_CYCLE_ROWS;
          const mechanism = isFixedCycle ? "CAT" : pickMechanism(random.next());
          const isUpr = mechanism === "UPR";
          const cycleNumber = 1 + Math.floor(random.next() * 4);
          const cycle = isFixedCycle
            ? FIXED_CYCLE
            : isUpr
              ? `${cycleNumber}${["st", "nd", "rd", "th"][cycleNumber - 1]} cycle`
              : `session ${60 + Math.floor(random.next() * 20)}`;
          const symbol = isUpr
            ? `A/HRC/${14 + cycleNumber * 9}/${10 + (index % 7)}`
            : `${mechanism}/C/KAZ/CO/${cycleNumber}`;
          const language = random.next();
          const enText = `${random.pick(EN_VERBS)} ${random.pick(EN_OBJECTS)} ${random.pick(EN_TAILS)} (${index}).`;
          const ruText = `${random.pick(RU_VERBS)} ${random.pick(RU_OBJECTS)} ${random.pick(RU_TAILS)} (${index}).`;
          const kkText = `${random.pick(KK_OBJECTS)} (${index}).`;
          const [text, textLocale] = language < 0.6 ? [enText, "en"] : language < 0.9 ? [ruText, "ru"] : [kkText, "kk"];
          const year = 2008 + cycleNumber * 4 + Math.floor(random.next() * 3);
          const issuedOn = `${year}-${String(1 + Math.floor(random.next() * 12)).padStart(2, "0")}-15T00:00:00.000+00:00`;
          const id = `benchscale${index}`;
          rows.push([
            id,
            id,
            mechanism,
            cycle,
            symbol,
            isUpr ? `${100 + (index % 50)}.${index}` : String(index),
            isUpr ? random.pick(STATES) : "",
            text,
            textLocale,
            textLocale === "en" ? null : enText,
            textLocale === "ru" ? null : random.next() < 0.5 ? ruText : null,
            issuedOn,
            isUpr ? random.pick(RESPONSES) : "NONE",
          ]);
          const first = Math.floor(random.next() * THEMES.length);
          const count = 1 + Math.floor(random.next() * 3);
          for (let offset = 0; offset < count; offset += 1)
            themes.push([id, THEMES[(first + offset * 7) % THEMES.length]]);
          if (random.next() < 0.4) targets.push([id, random.pick(SDG)]);
          // The first commitment answers ten recommendations at every size (the measured commitment page).
          if (index % 100 === 0 && commitments.length > 1)
            linkRows.push([
              index < 1_000 ? commitments[0] : commitments[1 + ((index / 100) % (commitments.length - 1))],
              id,
            ]);
        }
        const values = (list: unknown[][], width: number) =>
          list.map(() => `(${Array.from({ length: width }, () => "?").join(", ")})`).join(", ");
        statements.push(
          statement(
            `INSERT INTO "Recommendation" ("id", "identityKey", "mechanismCode", "cycle", "symbol", "paragraph", "recommendingState", "text", "textLocale", "textEn", "textRu", "issuedOn", "response", "updatedAt") VALUES ${rows
              .map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-12-01T00:00:00.000+00:00')")
              .join(", ")}`,
            rows.flat(),
          ),
        );
        statements.push(
          statement(
            `INSERT INTO "RecommendationTheme" ("recommendationId", "theme") VALUES ${values(themes, 2)}`,
            themes.flat(),
          ),
        );
        if (targets.length > 0)
          statements.push(
            statement(
              `INSERT INTO "RecommendationSdgTarget" ("recommendationId", "targetCode") VALUES ${values(targets, 2)}`,
              targets.flat(),
            ),
          );
        if (linkRows.length > 0) {
          links += linkRows.length;
          statements.push(
            statement(
              `INSERT INTO "CommitmentRecommendation" ("commitmentId", "recommendationId") VALUES ${values(linkRows, 2)}`,
              linkRows.flat(),
            ),
          );
        }
      }
      await client.batch(statements, "write");
    }
    await client.execute("ANALYZE");
  } finally {
    client.close();
  }
  return { inserted: to - from, ms: performance.now() - start, links };
}
