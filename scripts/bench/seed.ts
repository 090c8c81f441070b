// Generates the benchmark data set: 5,000 published commitments with 25,000 status changes,
// instruments, sources, quotes and evidence, in Cyrillic (Russian, Kazakh) and Latin text.
// Deterministic (seeded PRNG), so every run measures the same pages.
import { createPrismaClient } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildSearchText } from "@/lib/search-text";
import {
  ASSESSMENTS,
  CATEGORIES,
  EVIDENCE_KINDS,
  OFFICIAL_CLAIMS,
  SOURCE_KINDS,
  type AssessmentKey,
  type OfficialClaimKey,
} from "@/lib/vocabulary";

export type SeedSummary = {
  commitments: number;
  statusChanges: number;
  quotes: number;
  sources: number;
  evidence: number;
  evidenceLinks: number;
  instrumentLinks: number;
  /** A typical commitment (5 changes, evidence, two quotes) to measure as "the" commitment page. */
  sampleSlug: string;
  generateMs: number;
  insertMs: number;
};

/** mulberry32: a small, fast, seeded generator. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  };
  return { next, int, pick };
}

type Random = ReturnType<typeof createRandom>;

const DAY_MS = 86_400_000;
const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
const LAST_EFFECTIVE = day(2026, 11, 1);

const INSTRUMENTS = [
  ["ICCPR", "International Covenant on Civil and Political Rights"],
  ["ICCPR-OP2", "Second Optional Protocol to the ICCPR, aiming at the abolition of the death penalty"],
  ["CAT", "Convention against Torture"],
  ["OPCAT", "Optional Protocol to the Convention against Torture"],
  ["CRPD", "Convention on the Rights of Persons with Disabilities"],
  ["CRPD-OP", "Optional Protocol to the CRPD"],
  ["CEDAW", "Convention on the Elimination of All Forms of Discrimination against Women"],
  ["CRC", "Convention on the Rights of the Child"],
  ["ICESCR", "International Covenant on Economic, Social and Cultural Rights"],
  ["CERD", "International Convention on the Elimination of All Forms of Racial Discrimination"],
  ["ILO C190", "ILO Violence and Harassment Convention, 2019 (No. 190)"],
  ["ILO C87", "ILO Freedom of Association and Protection of the Right to Organise Convention (No. 87)"],
] as const;

// Bench bodies: [key, English, Russian, Kazakh]. The migrated database already holds the dataset's
// vocabulary; these are added beside it.
const BODIES = [
  ["bench-justice", "Ministry of Justice", "Министерство юстиции", "Әділет министрлігі"],
  ["bench-internal-affairs", "Ministry of Internal Affairs", "Министерство внутренних дел", "Ішкі істер министрлігі"],
  [
    "bench-labour",
    "Ministry of Labour and Social Protection",
    "Министерство труда и социальной защиты населения",
    "Еңбек және халықты әлеуметтік қорғау министрлігі",
  ],
  ["bench-education", "Ministry of Education", "Министерство просвещения", "Оқу-ағарту министрлігі"],
  ["bench-health", "Ministry of Health", "Министерство здравоохранения", "Денсаулық сақтау министрлігі"],
  ["bench-foreign-affairs", "Ministry of Foreign Affairs", "Министерство иностранных дел", "Сыртқы істер министрлігі"],
  ["bench-prosecutor", "Prosecutor General's Office", "Генеральная прокуратура", "Бас прокуратура"],
  ["bench-supreme-court", "Supreme Court", "Верховный суд", "Жоғарғы Сот"],
  ["bench-mazhilis", "Parliament (Mazhilis)", "Парламент (Мажилис)", "Парламент (Мәжіліс)"],
  [
    "bench-ombudsman",
    "Commissioner for Human Rights",
    "Уполномоченный по правам человека",
    "Адам құқықтары жөніндегі уәкіл",
  ],
] as const;

type Language = "en" | "ru" | "kk";

const PHRASES: Record<
  Language,
  { verbs: readonly string[]; objects: readonly string[]; qualifiers: readonly string[]; sentences: readonly string[] }
> = {
  en: {
    verbs: [
      "Adopt",
      "Ratify",
      "Establish",
      "Abolish",
      "Strengthen",
      "Reform",
      "Criminalise",
      "Guarantee",
      "Introduce",
      "Review",
    ],
    objects: [
      "a law on domestic violence",
      "the optional protocol",
      "an independent national preventive mechanism",
      "the death penalty",
      "jury trials",
      "a quota for women in parliament",
      "access to legal aid",
      "the right to peaceful assembly",
      "inclusive education",
      "protection of journalists",
    ],
    qualifiers: [
      "by 2025",
      "in line with UN recommendations",
      "within the national action plan",
      "after public consultation",
      "for all regions",
      "in Kazakhstan",
    ],
    sentences: [
      "The President announced the measure in an address to the nation.",
      "Civil society organisations have asked for a clear timetable.",
      "The ministry published a draft for public discussion.",
      "UN treaty bodies recommended this step in their concluding observations.",
      "Implementation depends on funding in the national budget.",
      "A working group including NGOs was set up to prepare the changes.",
    ],
  },
  ru: {
    verbs: [
      "Принять",
      "Ратифицировать",
      "Создать",
      "Отменить",
      "Усилить",
      "Реформировать",
      "Криминализировать",
      "Гарантировать",
      "Ввести",
      "Пересмотреть",
    ],
    objects: [
      "закон о бытовом насилии",
      "факультативный протокол",
      "независимый национальный превентивный механизм",
      "смертную казнь",
      "суд присяжных",
      "квоту для женщин в парламенте",
      "доступ к юридической помощи",
      "право на мирные собрания",
      "инклюзивное образование",
      "защиту журналистов",
    ],
    qualifiers: [
      "до 2025 года",
      "в соответствии с рекомендациями ООН",
      "в рамках национального плана действий",
      "после общественного обсуждения",
      "во всех регионах",
      "в Республике Казахстан",
    ],
    sentences: [
      "Президент объявил об этой мере в послании народу Казахстана.",
      "Организации гражданского общества просят установить четкие сроки.",
      "Министерство опубликовало проект для публичного обсуждения.",
      "Договорные органы ООН рекомендовали этот шаг в заключительных замечаниях.",
      "Реализация зависит от финансирования в республиканском бюджете.",
      "Создана рабочая группа с участием НКО для подготовки изменений.",
    ],
  },
  kk: {
    verbs: [
      "Қабылдау",
      "Ратификациялау",
      "Құру",
      "Жою",
      "Күшейту",
      "Реформалау",
      "Енгізу",
      "Кепілдік беру",
      "Қайта қарау",
      "Жетілдіру",
    ],
    objects: [
      "тұрмыстық зорлық-зомбылық туралы заң",
      "факультативтік хаттама",
      "тәуелсіз ұлттық алдын алу тетігі",
      "өлім жазасы",
      "алқабилер соты",
      "парламенттегі әйелдер квотасы",
      "заң көмегіне қолжетімділік",
      "бейбіт жиналыс құқығы",
      "инклюзивті білім беру",
      "журналистерді қорғау",
    ],
    qualifiers: [
      "2025 жылға дейін",
      "БҰҰ ұсынымдарына сәйкес",
      "ұлттық іс-қимыл жоспары аясында",
      "қоғамдық талқылаудан кейін",
      "барлық өңірлерде",
      "ҚАЗАҚСТАН Республикасында",
    ],
    sentences: [
      "Президент бұл шараны Қазақстан халқына Жолдауында жариялады.",
      "Азаматтық қоғам ұйымдары нақты мерзімдерді белгілеуді сұрайды.",
      "Министрлік жобаны қоғамдық талқылауға жариялады.",
      "БҰҰ шарттық органдары бұл қадамды қорытынды ескертулерінде ұсынды.",
      "Іске асыру республикалық бюджеттегі қаржыландыруға байланысты.",
      "Өзгерістерді дайындау үшін ҮЕҰ қатысуымен жұмыс тобы құрылды.",
    ],
  },
};

const JUSTIFICATIONS = [
  "The law was signed and published in the official gazette.",
  "No draft has been submitted to parliament since the announcement.",
  "The government report to the UN committee describes partial steps only.",
  "Монитиринг НКО показал, что меры применяются не во всех регионах.",
  "Заң жобасы Мәжілісте екінші оқылымда тоқтап тұр.",
  "The implementing regulation was repealed by a later decree.",
];

function pad(value: number): string {
  return String(value).padStart(5, "0");
}

type Rows = {
  instruments: Prisma.InstrumentCreateManyInput[];
  sources: Prisma.SourceCreateManyInput[];
  commitments: Prisma.CommitmentCreateManyInput[];
  commitmentInstruments: Prisma.CommitmentInstrumentCreateManyInput[];
  quotes: Prisma.QuoteCreateManyInput[];
  evidence: Prisma.EvidenceCreateManyInput[];
  statusChanges: Prisma.StatusChangeCreateManyInput[];
  statusChangeEvidence: Prisma.StatusChangeEvidenceCreateManyInput[];
};

/** How many status changes each commitment gets: 5 on average (1 to 9), exactly `total` in all. */
function changeCounts(random: Random, commitments: number, total: number): number[] {
  const counts = Array.from({ length: commitments }, () => 0);
  const base = Math.floor(total / commitments);
  for (let index = 0; index + 1 < commitments; index += 2) {
    const spread = random.int(-(base - 1), base - 1);
    counts[index] = base + spread;
    counts[index + 1] = base - spread;
  }
  if (commitments % 2 === 1) counts[commitments - 1] = base;
  let remainder = total - base * commitments;
  for (let index = 0; remainder > 0 && index < commitments; index += 1, remainder -= 1)
    counts[index] = (counts[index] ?? 0) + 1;
  // The sample page is a typical commitment: exactly the average number of changes.
  const excess = (counts[0] ?? 0) - base;
  counts[0] = base;
  counts[1] = (counts[1] ?? 0) + excess;
  return counts;
}

function generateRows(commitmentCount: number, statusChangeTotal: number): { rows: Rows; sampleSlug: string } {
  const random = createRandom(20261122);
  const rows: Rows = {
    instruments: [],
    sources: [],
    commitments: [],
    commitmentInstruments: [],
    quotes: [],
    evidence: [],
    statusChanges: [],
    statusChangeEvidence: [],
  };
  rows.instruments = INSTRUMENTS.map(([code, name]) => ({ code, name }));

  for (let index = 0; index < 200; index += 1) {
    const publishedOn = addDays(day(2012, 1, 1), random.int(0, 5000));
    rows.sources.push({
      id: `bench-src-${pad(index)}`,
      title: random.pick([
        `Interview with the Minister of Justice (${index})`,
        `Послание Президента народу Казахстана (${index})`,
        `Адам құқықтары жөніндегі баяндама (${index})`,
      ]),
      author: random.pick(["Kassym-Jomart Tokayev", "Марат Бекетаев", "Азамат Шамбилов", null]),
      publisher: random.pick(["Akorda", "Kazinform", "Tengrinews", "Zakon.kz", "Egemen Qazaqstan"]),
      publishedOn,
      url: `https://example.org/sources/${index}`,
      kind: random.pick(SOURCE_KINDS),
      createdAt: publishedOn,
      updatedAt: publishedOn,
    });
  }

  const counts = changeCounts(random, commitmentCount, statusChangeTotal);
  let sampleSlug = "";
  for (let index = 0; index < commitmentCount; index += 1) {
    const id = `bench-c-${pad(index)}`;
    const slug = `bench-${pad(index)}-${random.pick(["death-penalty", "torture", "legal-aid", "assembly", "quota", "education", "journalists", "jury"])}`;
    if (index === 0) sampleSlug = slug;
    const language: Language = index % 3 === 0 ? "ru" : index % 3 === 1 ? "kk" : "en";
    const phrases = PHRASES[language];
    const title = `${random.pick(phrases.verbs)} ${random.pick(phrases.objects)} ${random.pick(phrases.qualifiers)}`;
    const summary = `${random.pick(phrases.sentences)} ${random.pick(phrases.sentences)} ${random.pick(PHRASES.en.sentences)}`;
    const firstStatedOn = addDays(day(2012, 1, 1), random.int(0, 4000));
    const targetDate = random.next() < 0.7 ? addDays(firstStatedOn, random.int(365, 3650)) : null;
    const createdAt = addDays(firstStatedOn, random.int(0, 30));

    // Status history: each change moves one field from its current value to another.
    let claim: OfficialClaimKey = random.pick(["ANNOUNCED", "PLANNED"] as const);
    let claimSince: Date | null = firstStatedOn;
    let assessment: AssessmentKey = "NOT_ASSESSED";
    let assessmentSince: Date | null = null;
    let effectiveOn = firstStatedOn;
    let recordedAt = createdAt;
    const evidenceIds: string[] = [];
    const evidenceCount = index % 2 === 0 ? random.int(1, 3) : 0;
    for (let evidenceIndex = 0; evidenceIndex < evidenceCount; evidenceIndex += 1) {
      const evidenceId = `${id}-e${evidenceIndex}`;
      const publishedOn = addDays(firstStatedOn, random.int(30, 2500));
      evidenceIds.push(evidenceId);
      rows.evidence.push({
        id: evidenceId,
        commitmentId: id,
        url: `https://example.org/evidence/${index}/${evidenceIndex}`,
        title: random.pick([
          "Закон Республики Казахстан",
          "UN Human Rights Committee concluding observations",
          "NGO shadow report",
          "Министрліктің ресми мәлімдемесі",
        ]),
        publisher: random.pick(["adilet.zan.kz", "OHCHR", "KIBHR", "Kazinform"]),
        publishedOn: publishedOn > LAST_EFFECTIVE ? LAST_EFFECTIVE : publishedOn,
        kind: random.pick(EVIDENCE_KINDS),
        note: random.next() < 0.3 ? "See article 12." : null,
        createdAt,
        updatedAt: createdAt,
      });
    }
    const changeCount = counts[index] ?? 0;
    const stepDays = Math.max(
      1,
      Math.floor((LAST_EFFECTIVE.getTime() - firstStatedOn.getTime()) / DAY_MS / (changeCount + 1)),
    );
    for (let changeIndex = 0; changeIndex < changeCount; changeIndex += 1) {
      effectiveOn = addDays(effectiveOn, random.int(1, stepDays));
      recordedAt = addDays(effectiveOn, random.int(0, 20));
      const changeId = `${id}-s${changeIndex}`;
      const isAssessment = changeIndex === 0 || random.next() < 0.6;
      let fromValue: string;
      let toValue: string;
      if (isAssessment) {
        fromValue = assessment;
        assessment = random.pick(ASSESSMENTS.filter((value) => value !== assessment && value !== "NOT_ASSESSED"));
        toValue = assessment;
        assessmentSince = effectiveOn;
      } else {
        fromValue = claim;
        claim = random.pick(OFFICIAL_CLAIMS.filter((value) => value !== claim));
        toValue = claim;
        claimSince = effectiveOn;
      }
      rows.statusChanges.push({
        id: changeId,
        commitmentId: id,
        field: isAssessment ? "ASSESSMENT" : "OFFICIAL_CLAIM",
        fromValue,
        toValue,
        effectiveOn,
        justification: random.pick(JUSTIFICATIONS),
        recordedAt,
      });
      const evidenceId = evidenceIds[changeIndex % Math.max(1, evidenceIds.length)];
      if (isAssessment && evidenceId !== undefined)
        rows.statusChangeEvidence.push({ statusChangeId: changeId, evidenceId });
    }

    const quoteTexts: string[] = [];
    const quoteCount = index % 4 === 0 ? 2 : 1;
    for (let position = 0; position < quoteCount; position += 1) {
      const text = `«${random.pick(phrases.verbs)} ${random.pick(phrases.objects)}». ${random.pick(phrases.sentences)}`;
      quoteTexts.push(text);
      rows.quotes.push({
        id: `${id}-q${position}`,
        commitmentId: id,
        sourceId: `bench-src-${pad(random.int(0, 199))}`,
        text,
        position,
        createdAt,
      });
    }

    const instrumentCount = random.int(0, 3);
    const codes = new Set<string>();
    for (let pickIndex = 0; pickIndex < instrumentCount; pickIndex += 1) codes.add(random.pick(INSTRUMENTS)[0]);
    for (const instrumentCode of codes) rows.commitmentInstruments.push({ commitmentId: id, instrumentCode });

    rows.commitments.push({
      id,
      slug,
      title,
      summary,
      category: random.pick(CATEGORIES),
      responsibleBody: random.pick(BODIES)[0],
      firstStatedOn,
      targetDate,
      officialClaim: claim,
      claimSince,
      assessment,
      assessmentSince,
      lastVerifiedOn: changeCount > 0 ? effectiveOn : null,
      isPublished: true,
      isArchived: false,
      searchText: buildSearchText([title, summary, ...quoteTexts]),
      createdAt,
      updatedAt: recordedAt,
    });
  }
  return { rows, sampleSlug };
}

const CHUNK = 1_000;

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) result.push(items.slice(start, start + CHUNK));
  return result;
}

/** Generates the data set and inserts it with batched createMany calls in one transaction. */
export async function seedBenchmarkData(
  databaseUrl: string,
  commitments: number,
  statusChanges: number,
): Promise<SeedSummary> {
  const generateStart = performance.now();
  const { rows, sampleSlug } = generateRows(commitments, statusChanges);
  const generateMs = performance.now() - generateStart;

  const db = createPrismaClient(databaseUrl);
  const insertStart = performance.now();
  try {
    await db.$transaction(
      async (tx) => {
        await tx.instrument.createMany({ data: rows.instruments });
        await tx.responsibleBody.createMany({
          data: BODIES.map(([key, nameEn, nameRu, nameKk]) => ({ key, nameEn, nameRu, nameKk })),
        });
        await tx.source.createMany({ data: rows.sources });
        for (const data of chunks(rows.commitments)) await tx.commitment.createMany({ data });
        for (const data of chunks(rows.commitmentInstruments)) await tx.commitmentInstrument.createMany({ data });
        for (const data of chunks(rows.quotes)) await tx.quote.createMany({ data });
        for (const data of chunks(rows.evidence)) await tx.evidence.createMany({ data });
        for (const data of chunks(rows.statusChanges)) await tx.statusChange.createMany({ data });
        for (const data of chunks(rows.statusChangeEvidence)) await tx.statusChangeEvidence.createMany({ data });
      },
      { maxWait: 10_000, timeout: 600_000 },
    );
  } finally {
    await db.$disconnect();
  }
  return {
    commitments: rows.commitments.length,
    statusChanges: rows.statusChanges.length,
    quotes: rows.quotes.length,
    sources: rows.sources.length,
    evidence: rows.evidence.length,
    evidenceLinks: rows.statusChangeEvidence.length,
    instrumentLinks: rows.commitmentInstruments.length,
    sampleSlug,
    generateMs,
    insertMs: performance.now() - insertStart,
  };
}
