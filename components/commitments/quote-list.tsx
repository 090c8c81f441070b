import { CalendarDate } from "@/components/common/calendar-date";
import { ExternalLink } from "./external-link";

export type QuoteItem = {
  id: string;
  text: string;
  source: {
    title: string;
    author: string | null;
    publisher: string | null;
    publishedOn: Date | null;
    dateNote: string | null;
    url: string | null;
  };
};

/** Verbatim quotes that state the commitment, each attributed to its source. */
export async function QuoteList({ quotes }: { quotes: QuoteItem[] }) {
  return (
    <ul className="space-y-5" data-testid="quote-list">
      {quotes.map((quote) => (
        <li key={quote.id}>
          <figure>
            {/* Source texts keep their line breaks verbatim; collapse them for reading. */}
            <blockquote className="border-l-4 border-brand pl-4 italic">{quote.text.replace(/\s+/g, " ")}</blockquote>
            <figcaption className="mt-1 pl-4 text-sm text-slate-700">
              <span aria-hidden="true">— </span>
              {quote.source.author ? `${quote.source.author}, ` : null}
              {quote.source.url ? (
                <ExternalLink href={quote.source.url}>{quote.source.title}</ExternalLink>
              ) : (
                <cite>{quote.source.title}</cite>
              )}
              {quote.source.publisher ? `, ${quote.source.publisher}` : null}
              {quote.source.publishedOn ? (
                <>
                  {", "}
                  <CalendarDate date={quote.source.publishedOn} />
                </>
              ) : quote.source.dateNote ? (
                `, ${quote.source.dateNote}`
              ) : null}
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
