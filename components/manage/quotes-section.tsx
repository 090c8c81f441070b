import { getTranslations } from "next-intl/server";
import { formatCalendarDate } from "@/lib/calendar";
import { removeQuoteAction } from "@/lib/commitments/actions";
import { ActionButtonForm } from "./action-button-form";
import { AddQuoteForm } from "./add-quote-form";
import { EditSourceForm } from "./edit-source-form";
import type { SourceOption } from "./quote-fields";

export type QuoteItem = {
  id: string;
  text: string;
  source: {
    id: string;
    version: number;
    title: string;
    author: string | null;
    publisher: string | null;
    publishedOn: Date | null;
    dateNote: string | null;
    url: string | null;
    kind: string;
  };
};

/** The verbatim quotes that state the commitment, each with its source; add and remove. */
export async function QuotesSection({
  commitmentId,
  version,
  quotes,
  sources,
}: {
  commitmentId: string;
  version: number;
  quotes: readonly QuoteItem[];
  sources: readonly SourceOption[];
}) {
  const t = await getTranslations("manage.quotes");
  return (
    <section aria-labelledby="quotes-heading" className="max-w-3xl">
      <h2 id="quotes-heading" className="text-2xl font-semibold">
        {t("title")}
      </h2>
      <ul className="mt-3 space-y-4">
        {quotes.map((quote) => (
          <li key={quote.id} className="rounded border border-slate-200 p-3">
            <blockquote className="border-l-4 border-slate-300 pl-3 italic">{quote.text}</blockquote>
            <p className="mt-2 text-sm text-slate-700">
              {t("from", {
                source: [quote.source.title, quote.source.author, quote.source.publisher].filter(Boolean).join(", "),
              })}
            </p>
            <details className="mt-2">
              <summary className="cursor-pointer text-sm underline underline-offset-4">{t("editSource")}</summary>
              <div className="mt-2">
                <EditSourceForm
                  commitmentId={commitmentId}
                  idPrefix={`source-${quote.id}-`}
                  source={{
                    id: quote.source.id,
                    version: quote.source.version,
                    values: {
                      title: quote.source.title,
                      author: quote.source.author ?? "",
                      publisher: quote.source.publisher ?? "",
                      publishedOn: quote.source.publishedOn ? formatCalendarDate(quote.source.publishedOn) : "",
                      dateNote: quote.source.dateNote ?? "",
                      url: quote.source.url ?? "",
                      kind: quote.source.kind,
                    },
                  }}
                />
              </div>
            </details>
            {quotes.length > 1 ? (
              <div className="mt-2">
                <ActionButtonForm
                  action={removeQuoteAction}
                  fields={{ commitmentId, version, quoteId: quote.id }}
                  label={t("remove")}
                  tone="danger"
                />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <details className="mt-4 rounded border border-slate-300 p-3">
        <summary className="cursor-pointer font-medium">{t("add")}</summary>
        <div className="mt-3">
          <AddQuoteForm commitmentId={commitmentId} version={version} sources={sources} />
        </div>
      </details>
    </section>
  );
}
