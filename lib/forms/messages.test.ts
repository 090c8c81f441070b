import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { createTranslator } from "use-intl/core";
import {
  addQuoteSchema,
  archiveSchema,
  createCommitmentSchema,
  editSourceSchema,
  publicationSchema,
  removeQuoteSchema,
  translationSchema,
  updateCommitmentSchema,
} from "@/lib/commitments/schema";
import { addEvidenceSchema, editEvidenceSchema, removeEvidenceSchema } from "@/lib/evidence/schema";
import { importApplySchema, importUploadSchema } from "@/lib/import/schema";
import { markVerifiedSchema, statusUpdateSchema } from "@/lib/statuses/schema";
import {
  changeOwnPasswordSchema,
  changeRoleSchema,
  inviteUserSchema,
  setActiveSchema,
  userIdSchema,
} from "@/lib/users/schema";
import { parseCsv } from "@/lib/import/parse";
import { planImport } from "@/lib/import/plan";
import { decodeUpload, MAX_IMPORT_BYTES } from "@/lib/import/decode";
import { readDateWindow } from "@/lib/reports/schema";
import { LOCALES } from "@/i18n/locales";
import { inEnglish } from "./english-messages";
import {
  decodeMessage,
  defaultMessages,
  message,
  translateMessage,
  validationTranslator,
  type ValidationTranslator,
} from "./messages";

type Catalogue = { manage: { validation: Record<string, string> } };
const catalogue = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.manage.json`, "utf8")) as Catalogue;

/** A translator that fails the test on a missing key or argument instead of showing a fallback. */
function strictTranslator(locale: string): ValidationTranslator {
  return validationTranslator(
    createTranslator({
      locale,
      messages: catalogue(locale),
      namespace: "manage.validation",
      onError: (error) => {
        throw error;
      },
    }),
  );
}

const translators = Object.fromEntries(LOCALES.map((locale) => [locale, strictTranslator(locale)]));

/** Every message a form can show must be a token that reads as a finished sentence in each language. */
function expectTranslatable(text: string) {
  const decoded = decodeMessage(text);
  expect(decoded, text).not.toBeNull();
  for (const locale of LOCALES) {
    expect(Object.keys(catalogue(locale).manage.validation), `${locale} lacks ${decoded?.key}`).toContain(decoded?.key);
    const words = translateMessage(text, translators[locale]!);
    expect(words, `${locale}: ${text}`).not.toMatch(/msg:|\{|\}/);
    expect(words.length, `${locale}: ${text}`).toBeGreaterThan(3);
  }
}

describe("message tokens", () => {
  it("carry a key and arguments, nested tokens included, and read in each language", () => {
    const token = message("importRowFailed", { row: 7, problem: message("tooLong", { max: 2000 }) });
    expect(decodeMessage(token)).toEqual({
      key: "importRowFailed",
      params: { row: 7, problem: 'msg:tooLong {"max":2000}' },
    });
    expect(translateMessage(token, translators.en!)).toBe("Row 7: Use at most 2,000 characters. Nothing was imported.");
    expect(translateMessage(token, translators.ru!)).toBe(
      "Строка 7: Используйте не более 2\u00a0000 символов. Ничего не импортировано.",
    );
    expect(translateMessage(token, translators.kk!)).toBe(
      "7-жол: Ең көбі 2\u00a0000 таңба қолданыңыз. Ештеңе импортталмады.",
    );
  });

  it("keep a person's text in arguments as it is, even when it looks like markup or a token", () => {
    const token = message("rowSlugRepeated", { slug: "{evil} <b>x</b>" });
    expect(inEnglish(token)).toBe("“{evil} <b>x</b>” appears more than once in the file.");
  });

  it("leave text that is not a token, or names no key, unchanged (e.g. drafts stored before tokens)", () => {
    expect(inEnglish("The file is empty.")).toBe("The file is empty.");
    expect(inEnglish("msg:noSuchKey")).toBe("msg:noSuchKey");
    expect(inEnglish('msg:tooLong {"max":')).toBe('msg:tooLong {"max":');
  });

  it("are translated in every language: no Russian or Kazakh message is still the English text", () => {
    const english = catalogue("en").manage.validation;
    // Messages made only of symbols and arguments read the same everywhere.
    const symbolic = new Set(["rowUnsafeUrl"]);
    for (const locale of ["ru", "kk"]) {
      const messages = catalogue(locale).manage.validation;
      for (const [key, text] of Object.entries(messages))
        if (!symbolic.has(key)) expect(text, `${locale}: ${key}`).not.toBe(english[key]);
    }
  });
});

const FORM_SCHEMAS: Record<string, z.ZodType> = {
  createCommitmentSchema,
  updateCommitmentSchema,
  addQuoteSchema,
  removeQuoteSchema,
  publicationSchema,
  archiveSchema,
  translationSchema,
  editSourceSchema,
  addEvidenceSchema,
  editEvidenceSchema,
  removeEvidenceSchema,
  statusUpdateSchema,
  markVerifiedSchema,
  inviteUserSchema,
  changeRoleSchema,
  setActiveSchema,
  userIdSchema,
  changeOwnPasswordSchema,
  importUploadSchema,
  importApplySchema,
};

type Def = {
  shape?: Record<string, z.ZodType>;
  left?: z.ZodType;
  right?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  innerType?: z.ZodType;
  schema?: z.ZodType;
};

/** The field names of a form schema, through intersections, refinements and pipes. */
function fieldNames(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  if (def.shape) return Object.keys(def.shape);
  return [def.left, def.right, def.in, def.out, def.innerType, def.schema].flatMap(fieldNames);
}

const HOSTILE_VALUES: unknown[] = [
  undefined,
  "",
  "   ",
  12345,
  true,
  null,
  ["a", "b"],
  { nested: 1 },
  "x".repeat(10_001),
  "2999-01-01",
  "31.02.2024",
  "javascript:alert(1)",
  "NOT_A_KEY",
];

describe("every form's refusals", () => {
  it.each(Object.keys(FORM_SCHEMAS))("%s answers any input with translatable messages", (name) => {
    const schema = FORM_SCHEMAS[name]!;
    const fields = [...new Set(fieldNames(schema))];
    expect(fields.length, name).toBeGreaterThan(0);
    let seen = 0;
    for (const value of HOSTILE_VALUES) {
      const result = schema.safeParse(Object.fromEntries(fields.map((field) => [field, value])), {
        error: defaultMessages,
      });
      for (const issue of result.error?.issues ?? []) {
        expectTranslatable(issue.message);
        seen += 1;
      }
    }
    expect(seen, name).toBeGreaterThan(0);
  });
});

describe("import and report messages", () => {
  const state = {
    commitments: new Map(),
    instrumentCodes: new Set<string>(),
    bodyKeys: new Map<string, string>(),
    today: new Date("2026-11-22T00:00:00Z"),
    review: { reviewAssessments: false, reviewClaims: false },
  };

  it("every row problem of a hostile file is translatable", async () => {
    const files: ["commitments" | "statuses", string][] = [
      [
        "commitments",
        "slug,title,summary,category,responsible_body,instruments,official_claim,assessment,first_stated_on,quote,source_title,source_url\nBad " +
          "Slug,t\nnew-one,,,nowhere,,XYZ,SOMETIMES,DONE,99.99.2024,,,javascript:x\nnew-one,t,s,justice,b,,,,,q,s,\n",
      ],
      [
        "statuses",
        "slug,field,new_value,effective_on,justification,evidence_urls\n,,,,,\nmissing,ASSESSMENT,DONE,2999-01-01,,data:x\nmissing,OFFICIAL_CLAIM,NOPE,1.1.2020,ok,\n",
      ],
      ["statuses", "slug\nx\n"],
    ];
    let seen = 0;
    for (const [kind, text] of files) {
      const parsed = await parseCsv(text);
      if (!parsed.isOk) throw new Error(inEnglish(parsed.message));
      const plan = planImport(kind, parsed.headers, parsed.rows, state);
      for (const error of plan.errors) {
        expectTranslatable(error.message);
        seen += 1;
      }
    }
    expect(seen).toBeGreaterThan(15);
  });

  it("refused files say why in each language", async () => {
    const refusals = [
      decodeUpload(new Uint8Array()),
      decodeUpload(new Uint8Array(MAX_IMPORT_BYTES + 1)),
      // UTF-16 is read now (Excel's "Unicode text"); a workbook sent to the CSV reader and a NUL are refused.
      decodeUpload(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])),
      decodeUpload(Uint8Array.from([0x41, 0x00, 0x42, 0x0b])),
      decodeUpload(Uint8Array.from([0xc3, 0x28, 0x80, 0x81, 0x00, 0x01])),
      await parseCsv(""),
      await parseCsv("slug,slug\n"),
      await parseCsv('slug,title\nabc,"never closed\n'),
      await parseCsv('slug,title\nab"c,d\n'),
    ];
    for (const result of refusals) {
      expect(result.isOk).toBe(false);
      if (!result.isOk) expectTranslatable(result.message);
    }
  });

  it("report date problems are translatable", () => {
    const { errors } = readDateWindow(
      new URLSearchParams({ from: "2024-13-01", to: "yesterday" }),
      new Date("2026-11-22T00:00:00Z"),
    );
    const swapped = readDateWindow(
      new URLSearchParams({ from: "2025-01-01", to: "2024-01-01" }),
      new Date("2026-11-22T00:00:00Z"),
    ).errors;
    expect(errors).toHaveLength(2);
    expect(swapped).toHaveLength(1);
    for (const error of [...errors, ...swapped]) expectTranslatable(error);
  });
});

// Text a person reads comes from the catalogues. In lib/, a sentence-like string literal in code
// that builds messages is almost always a message that escaped translation; the files listed here
// answer scripts or operators in English on purpose (JSON API, CSV data addresses, the CLI's env,
// the raw-request refusals answered before any page or language is involved).
const ENGLISH_BY_DESIGN = new Set([
  "lib/http/json-body.ts",
  "lib/http/raw-request-guard.ts",
  "lib/reports/responses.ts",
  "lib/recommendations/shadow/responses.ts",
  // Errors that abort a streamed download (the file fails, never shown as text): the server's log only.
  "lib/recommendations/shadow/stream-output.ts",
  "lib/env.ts",
  // Start-up and driver messages for the operator's console, like lib/env.ts's.
  "lib/db/postgres-preflight.ts",
  "lib/db/postgres-adapter.ts",
  "lib/commitments/filters.ts",
  // The import templates' example rows: invented data in a file whose column names are English too.
  "lib/import/templates.ts",
]);

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : sourceFiles(path);
    return path.endsWith(".ts") && !path.endsWith(".test.ts") && !path.endsWith(".d.ts") ? [path] : [];
  });
}

describe("no untranslated messages in lib/", () => {
  it("has no English sentence literals outside comments and the English-by-design files", () => {
    const offenders: string[] = [];
    for (const file of sourceFiles("lib")) {
      if (ENGLISH_BY_DESIGN.has(file) || file.startsWith("lib/dataset/")) continue;
      const code = readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/^\s*\/\/.*$/gm, "");
      // "Two or more words … ending in . ? or !", in double quotes or backticks.
      // The first word may be one letter ("A commitment needs …", "I …").
      for (const match of code.matchAll(/(["`])([A-Z][a-z']*(?: [^"`\n]+)+[.?!])\1/g))
        offenders.push(`${file}: ${match[2]}`);
    }
    expect(offenders).toEqual([]);
  });
});

describe("dates inside messages", () => {
  it("are written the reader's way when the translator knows the language, and stay ISO for scripts", () => {
    const ru = validationTranslator(
      createTranslator({ locale: "ru", messages: catalogue("ru"), namespace: "manage.validation" }) as never,
      "ru",
    );
    const token = message("effectiveBeforeLatest", { date: "2024-06-01" });
    expect(translateMessage(token, ru)).toContain("1 июня 2024");
    expect(translateMessage(token, ru)).not.toContain("2024-06-01");
    expect(inEnglish(token)).toContain("2024-06-01");
  });
  it("leave a value that is not a real date as the reader typed it", () => {
    const ru = validationTranslator(
      createTranslator({ locale: "ru", messages: catalogue("ru"), namespace: "manage.validation" }) as never,
      "ru",
    );
    expect(translateMessage(message("reportDateNotReal", { field: "date", value: "2025-02-30" }), ru)).toBe(
      "Дата: даты 2025-02-30 не существует.",
    );
  });
});
