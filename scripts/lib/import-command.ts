import { readFile, stat, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { createTranslator } from "use-intl/core";
import { db } from "@/lib/db/client";
import { translateMessage, validationTranslator } from "@/lib/forms/messages";
import { UPLOAD_KINDS, type UploadKind } from "@/lib/import/columns";
import { planParsedFile } from "@/lib/import/data";
import { applyImportPlan, saveImportDraft } from "@/lib/import/mutations";
import { serialiseParsedFile } from "@/lib/import/parse";
import { detectKind, readImportFile } from "@/lib/import/read-file";
import { openStreamedFile } from "@/lib/import/stream-file";
import { skippedRowsCsv } from "@/lib/import/skipped-rows";
import { planRecommendationFile } from "@/lib/recommendations/import-data";
import { applyRecommendationPlan } from "@/lib/recommendations/import-mutations";
import { withoutProblemRows } from "@/lib/recommendations/import-plan";
import en from "@/messages/en.manage.json";
import kk from "@/messages/kk.manage.json";
import ru from "@/messages/ru.manage.json";
import { runStreamingImport, type StreamingOptions } from "./import-stream";

// `npm run import`: the browser's import from the shell, for whole UN exports and for cron. The same
// reading (lib/import/read-file.ts), plan and one-transaction apply as the workspace; only the
// confirmation differs (--yes, or a question on a terminal).

export const USAGE = `Usage:
  npm run import -- [--kind commitments|statuses|recommendations] FILE [--dry-run] [--yes] [--as EMAIL]
                    [--skip-problem-rows] [--skipped-csv FILE] [--lang en|ru|kk]

  --kind               what the file holds; told from its columns when left out
  --dry-run            show what would happen; write nothing
  --yes                apply without asking (scripts, cron, CI: there is no one to ask)
  --as EMAIL           the editor the import is recorded as; otherwise the system actor "${"import@uade.invalid"}"
  --skip-problem-rows  import the rows without problems; the others are written to --skipped-csv
  --skipped-csv FILE   where the rows left out go (default FILE.skipped.csv)
  --lang               language of the summary (default en)

Recommendations in CSV or UHRI's JSON array are read in slices, whatever the file's size, and written a
slice per transaction; a run stopped mid-way continues when the same file is imported again. Excel
workbooks, Word documents and commitment files are read whole, up to 100 MB.

Exit code 0 only when the file was applied (or, with --dry-run, planned) without problems.`;

/** Largest file the command reads whole (workbooks, Word documents, commitments; CSV and UHRI JSON of recommendations stream), and most rows. */
export const CLI_MAX_BYTES = 100 * 1024 * 1024;
export const CLI_MAX_ROWS = 1_000_000;
/** The actor a command-line import is recorded as when no --as is given: a deactivated account, so it can never sign in. */
export const SYSTEM_ACTOR_EMAIL = "import@uade.invalid";

export type CommandIo = {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Asks a yes/no question on a terminal; null when there is no terminal to ask. */
  ask: ((question: string) => Promise<boolean>) | null;
  /** Draws progress on a terminal (nothing when output is piped). */
  progress: ((done: number, total: number) => void) | null;
};

const CATALOGUES = { en, ru, kk } as const;

/** Runs the command; returns the exit code. `streamingHooks` lets tests use small slices and stop a run mid-way. */
export async function runImport(
  argv: string[],
  io: CommandIo,
  streamingHooks: Pick<StreamingOptions, "sliceRows" | "afterSlice"> = {},
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        kind: { type: "string" },
        "dry-run": { type: "boolean" },
        yes: { type: "boolean" },
        as: { type: "string" },
        "skip-problem-rows": { type: "boolean" },
        "skipped-csv": { type: "string" },
        lang: { type: "string" },
        help: { type: "boolean" },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const path = positionals[0];
  const kind = values.kind ?? null;
  if (!path || positionals.length > 1 || (kind !== null && !(UPLOAD_KINDS as readonly string[]).includes(kind))) {
    io.err(USAGE);
    return 2;
  }
  const locale = values.lang === "ru" || values.lang === "kk" ? values.lang : "en";
  const messages = CATALOGUES[locale];
  const t = createTranslator({ locale, messages, namespace: "importCommand" });
  const words = validationTranslator(createTranslator({ locale, messages, namespace: "manage.validation" }), locale);
  const say = (text: string) => translateMessage(text, words);

  // Recommendations in CSV or UHRI's JSON array are read in slices, whatever their size.
  if (kind === null || kind === "recommendations") {
    let opened: Awaited<ReturnType<typeof openStreamedFile>>;
    try {
      opened = await openStreamedFile(path);
    } catch {
      io.err(t("cannotRead", { path }));
      return 2;
    }
    if (!opened.isOk) {
      io.err(say(opened.message));
      return 1;
    }
    const streamed = opened.file;
    const isRecommendations =
      streamed !== null &&
      (kind === "recommendations" ||
        detectKind({ delimiter: ",", headers: streamed.headers, rows: [], layout: streamed.layout ?? undefined }) ===
          "recommendations");
    if (streamed && isRecommendations) {
      const actor = await resolveActor(values.as ?? null);
      if (!actor) {
        io.err(t("unknownActor", { email: values.as ?? "" }));
        return 2;
      }
      return runStreamingImport(
        {
          path,
          fileName: path.split(/[\\/]/).pop()!.slice(0, 200),
          file: streamed,
          actor,
          isDryRun: values["dry-run"] === true,
          isYes: values.yes === true,
          skipProblems: values["skip-problem-rows"] === true,
          skippedCsv: values["skipped-csv"],
          confirm: (count) => confirm(io, t("confirm", { count }), values.yes === true, t("needYes")),
          ...streamingHooks,
        },
        io,
        { t: t as (key: string, values?: Record<string, string | number>) => string, say },
      );
    }
  }

  // Workbooks, Word documents and commitment files are read whole, within CLI_MAX_BYTES.
  try {
    const { size } = await stat(path);
    if (size > CLI_MAX_BYTES) {
      const megabytes = Number((size / 1024 / 1024).toFixed(1));
      io.err(t("wholeFileTooLarge", { path, size: megabytes, limit: CLI_MAX_BYTES / 1024 / 1024 }));
      return 1;
    }
  } catch {
    io.err(t("cannotRead", { path }));
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch {
    io.err(t("cannotRead", { path }));
    return 2;
  }
  const read = await readImportFile(bytes, kind as UploadKind | null, {
    maxBytes: CLI_MAX_BYTES,
    maxRows: CLI_MAX_ROWS,
  });
  if (!read.isOk) {
    io.err(say(read.message));
    return 1;
  }
  const actor = await resolveActor(values.as ?? null);
  if (!actor) {
    io.err(t("unknownActor", { email: values.as ?? "" }));
    return 2;
  }
  const isDryRun = values["dry-run"] === true;
  const skipProblems = values["skip-problem-rows"] === true;

  io.out(t("reading", { path, kind: read.kind, layout: read.file.layout ?? "csv", rows: read.file.rows.length }));
  if (read.note) io.out(say(read.note));

  if (read.kind === "recommendations") {
    const plan = await planRecommendationFile(read.file);
    if (plan.assumedState) io.out(t("assumedState", { state: plan.assumedState }));
    const problems = plan.errors.length + plan.missingColumns.length;
    io.out(
      t("summaryRecommendations", {
        created: plan.creates.length,
        unchanged: plan.unchanged.length,
        skipped: plan.skipped.length,
        problems: plan.errors.length,
      }),
    );
    if (plan.missingColumns.length > 0) io.out(t("missingColumns", { columns: plan.missingColumns.join(", ") }));
    for (const error of plan.errors)
      io.out(t("problem", { row: error.rowNumber, column: error.column, message: say(error.message) }));
    if (plan.missingColumns.length > 0 || (problems > 0 && !skipProblems)) {
      io.out(t(isDryRun ? "dryRunProblems" : "nothingWritten"));
      return 1;
    }
    if (isDryRun) {
      io.out(t("dryRunDone"));
      return plan.errors.length === 0 ? 0 : 1;
    }
    const chosen = withoutProblemRows(plan);
    if (!(await confirm(io, t("confirm", { count: plan.creates.length }), values.yes === true, t("needYes")))) return 3;
    const draft = await saveImportDraft(
      {
        kind: "recommendations",
        fileName: path.split(/[\\/]/).pop()!.slice(0, 200),
        content: read.content,
        parsed: await serialiseParsedFile(read.file),
        note: read.note,
      },
      actor.id,
    );
    if (chosen.problemRows.length > 0)
      await writeSkipped(path, values["skipped-csv"], read.file, plan.errors, say, io, t);
    const outcome = await applyRecommendationPlan(chosen, draft.id, actor.id, {
      problemRows: chosen.problemRows,
      onProgress: io.progress ? (done) => io.progress!(done, plan.creates.length) : undefined,
    });
    if (!outcome.ok) {
      io.err(outcome.kind === "invalid" ? say(Object.values(outcome.fieldErrors)[0] ?? "") : outcome.kind);
      return 1;
    }
    io.out(t("applied", { created: outcome.value.created, actor: actor.email }));
    return 0;
  }

  const plan = await planParsedFile(read.kind, read.file);
  const count = (type: string) => plan.operations.filter((operation) => operation.type === type).length;
  io.out(
    t("summaryCommitments", {
      created: count("create"),
      updated: count("update"),
      statuses: count("status"),
      unchanged: plan.unchanged.length,
      problems: plan.errors.length,
    }),
  );
  if (plan.missingColumns.length > 0) io.out(t("missingColumns", { columns: plan.missingColumns.join(", ") }));
  for (const error of plan.errors)
    io.out(t("problem", { row: error.rowNumber, column: error.column, message: say(error.message) }));
  if (plan.missingColumns.length > 0 || (plan.errors.length > 0 && !skipProblems)) {
    io.out(t(isDryRun ? "dryRunProblems" : "nothingWritten"));
    return 1;
  }
  if (isDryRun) {
    io.out(t("dryRunDone"));
    return plan.errors.length === 0 ? 0 : 1;
  }
  if (!(await confirm(io, t("confirm", { count: plan.operations.length }), values.yes === true, t("needYes"))))
    return 3;
  const draft = await saveImportDraft(
    {
      kind: read.kind,
      fileName: path.split(/[\\/]/).pop()!.slice(0, 200),
      content: read.content,
      parsed: await serialiseParsedFile(read.file),
      note: read.note,
    },
    actor.id,
  );
  if (plan.errors.length > 0) await writeSkipped(path, values["skipped-csv"], read.file, plan.errors, say, io, t);
  const outcome = await applyImportPlan({ ...plan, errors: [] }, draft.id, actor.id);
  if (!outcome.isApplied) {
    io.err(t("problem", { row: outcome.rowNumber, column: "", message: say(outcome.message) }));
    return 1;
  }
  io.out(
    t("appliedCommitments", {
      created: outcome.created,
      updated: outcome.updated,
      statuses: outcome.statusChanges,
      actor: actor.email,
    }),
  );
  return 0;
}

/** The editor named by --as (active accounts only), or the system actor, created deactivated on first use. */
async function resolveActor(email: string | null): Promise<{ id: string; email: string } | null> {
  if (email) {
    const user = await db.user.findFirst({
      where: { email: email.trim().toLowerCase(), isActive: true },
      select: { id: true, email: true },
    });
    return user;
  }
  return db.user.upsert({
    where: { email: SYSTEM_ACTOR_EMAIL },
    // No password can match "!" (not an Argon2 hash) and the account is inactive: it only names the actor.
    create: { email: SYSTEM_ACTOR_EMAIL, name: "Command-line import", passwordHash: "!", isActive: false },
    update: {},
    select: { id: true, email: true },
  });
}

async function confirm(io: CommandIo, question: string, isYes: boolean, needYes: string): Promise<boolean> {
  if (isYes) return true;
  if (!io.ask) {
    io.err(needYes);
    return false;
  }
  return io.ask(question);
}

async function writeSkipped(
  path: string,
  target: string | undefined,
  file: Parameters<typeof skippedRowsCsv>[0],
  errors: Parameters<typeof skippedRowsCsv>[1],
  say: (text: string) => string,
  io: CommandIo,
  t: (key: "skippedWritten", values: { path: string; count: number }) => string,
) {
  const output = target ?? `${path}.skipped.csv`;
  await writeFile(output, await skippedRowsCsv(file, errors, say));
  io.out(t("skippedWritten", { path: output, count: new Set(errors.map((error) => error.rowNumber)).size }));
}
