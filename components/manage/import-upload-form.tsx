"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { previewImportAction } from "@/lib/import/actions";
import { IDLE } from "@/lib/operations/form-state";
import { FormStatus, useFormHelpers } from "./form-status";

/** Upload form of the bulk import: what the file holds, and the file. Nothing is written yet. */
export function ImportUploadForm() {
  const t = useTranslations("manage.import");
  const tr = useTranslations("recommendationsManage");
  const [state, formAction, isPending] = useActionState(previewImportAction, IDLE);
  const { error, value } = useFormHelpers(state);
  const kind = value("kind", "commitments");
  return (
    <form action={formAction} className="space-y-4" encType="multipart/form-data">
      <FormStatus state={state} />
      <fieldset>
        <legend className="font-medium">{t("kindLabel")}</legend>
        {(["commitments", "statuses", "recommendations"] as const).map((option) => (
          <label key={option} className="mt-2 flex items-start gap-2">
            <input type="radio" name="kind" value={option} defaultChecked={kind === option} className="mt-1 h-4 w-4" />
            <span>
              {option === "recommendations"
                ? tr("kindRecommendations")
                : t(option === "commitments" ? "kindCommitments" : "kindStatuses")}
            </span>
          </label>
        ))}
        {error("kind") ? <p className="mt-1 text-sm font-medium text-red-800">{error("kind")}</p> : null}
      </fieldset>
      <div>
        <label htmlFor="import-file" className="block font-medium">
          {t("fileLabel")}
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".csv,text/csv,.txt,.tsv,.json,.xlsx,.docx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          required
          aria-describedby="import-file-hint"
          aria-invalid={error("file") ? true : undefined}
          className="mt-1 block"
        />
        <p id="import-file-hint" className="mt-1 text-sm text-slate-700">
          {t("fileHint")} {tr("workbookHint")}
        </p>
        {error("file") ? (
          <p role="alert" className="mt-1 text-sm font-medium text-red-800" data-testid="import-file-error">
            {error("file")}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-slate-900 px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {t("preview")}
      </button>
    </form>
  );
}
