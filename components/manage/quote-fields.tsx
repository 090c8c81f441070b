"use client";
import { useTranslations } from "next-intl";
import { SOURCE_KINDS } from "@/lib/vocabulary";
import { SelectField, TextArea, TextField } from "./fields";
import type { useFormHelpers } from "./form-status";

export type SourceOption = { id: string; title: string; author: string | null; publishedOn: string | null };

/** The fields of a verbatim quote and its source (an existing one, or a new one described here). */
export function QuoteFields({
  sources,
  helpers: h,
  idPrefix = "",
}: {
  sources: readonly SourceOption[];
  helpers: ReturnType<typeof useFormHelpers>;
  idPrefix?: string;
}) {
  const t = useTranslations();
  return (
    <div className="space-y-3">
      <TextArea
        id={`${idPrefix}quoteText`}
        name="quoteText"
        label={t("manage.quotes.text")}
        required
        defaultValue={h.value("quoteText")}
        error={h.error("quoteText")}
        maxLength={5000}
      />
      <SelectField
        id={`${idPrefix}sourceId`}
        name="sourceId"
        label={t("manage.quotes.source")}
        placeholder={t("manage.quotes.chooseSource")}
        defaultValue={h.value("sourceId")}
        error={h.error("sourceId")}
        options={sources.map((source) => ({
          value: source.id,
          label: [source.title, source.author, source.publishedOn?.slice(0, 10)].filter(Boolean).join(" · "),
        }))}
      />
      <details className="rounded border border-slate-200 p-3" open={Boolean(h.value("sourceTitle"))}>
        <summary className="cursor-pointer font-medium">{t("manage.quotes.newSource")}</summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          <TextField
            id={`${idPrefix}sourceTitle`}
            name="sourceTitle"
            label={t("manage.quotes.sourceTitle")}
            defaultValue={h.value("sourceTitle")}
            error={h.error("sourceTitle")}
          />
          <TextField
            id={`${idPrefix}sourceAuthor`}
            name="sourceAuthor"
            label={t("manage.quotes.sourceAuthor")}
            defaultValue={h.value("sourceAuthor")}
            error={h.error("sourceAuthor")}
          />
          <TextField
            id={`${idPrefix}sourcePublisher`}
            name="sourcePublisher"
            label={t("manage.quotes.sourcePublisher")}
            defaultValue={h.value("sourcePublisher")}
            error={h.error("sourcePublisher")}
          />
          <TextField
            id={`${idPrefix}sourcePublishedOn`}
            name="sourcePublishedOn"
            type="date"
            label={t("manage.quotes.sourcePublishedOn")}
            defaultValue={h.value("sourcePublishedOn")}
            error={h.error("sourcePublishedOn")}
          />
          <TextField
            id={`${idPrefix}sourceUrl`}
            name="sourceUrl"
            type="url"
            label={t("manage.quotes.sourceUrl")}
            defaultValue={h.value("sourceUrl")}
            error={h.error("sourceUrl")}
          />
          <SelectField
            id={`${idPrefix}sourceKind`}
            name="sourceKind"
            label={t("manage.quotes.sourceKind")}
            defaultValue={h.value("sourceKind", "ARTICLE")}
            error={h.error("sourceKind")}
            options={SOURCE_KINDS.map((key) => ({ value: key, label: t(`sourceKind.${key}`) }))}
          />
        </div>
      </details>
    </div>
  );
}
