import { getLocale, getTranslations } from "next-intl/server";
import { recommendingStatesIn } from "@/lib/recommendations/import-states";
import { Link } from "@/i18n/navigation";
import { CalendarDate } from "@/components/common/calendar-date";
import { UserText } from "@/components/common/user-text";
import { RecommendationText } from "./recommendation-text";

type Item = {
  id: string;
  mechanismCode: string;
  cycle: string;
  symbol: string;
  paragraph: string;
  recommendingState: string;
  /** ISO codes ("MV;PT"), shown in the reader's language; absent or empty, the stored names are shown. */
  recommendingStateCodes?: string;
  text: string;
  textLocale: string;
  textEn: string | null;
  textRu: string | null;
  textKk: string | null;
  issuedOn: Date | null;
  response: string;
  commitments?: unknown[];
};

/** Recommendations as a list: document and paragraph (linking to the record), mechanism, response, words. */
export async function RecommendationList({ items }: { items: Item[] }) {
  const [t, locale] = await Promise.all([getTranslations("recommendations"), getLocale()]);
  return (
    <ol className="mt-4 space-y-4" data-testid="recommendation-list">
      {items.map((item) => (
        <li
          key={item.id}
          className="rounded border border-slate-300 p-4"
          data-symbol={item.symbol}
          data-paragraph={item.paragraph}
        >
          <p className="font-semibold">
            <Link href={`/recommendations/${item.id}`} className="text-brand underline underline-offset-4">
              {t("paragraph", { symbol: item.symbol, paragraph: item.paragraph })}
            </Link>
          </p>
          <p className="text-sm text-slate-700">
            <span>{item.mechanismCode}</span>
            {item.cycle ? (
              <>
                {" · "}
                <UserText>{item.cycle}</UserText>
              </>
            ) : null}
            {item.issuedOn ? (
              <>
                {" · "}
                <CalendarDate date={item.issuedOn} />
              </>
            ) : null}
            {item.recommendingState ? (
              <>
                {" · "}
                {t("recommendingState", {
                  state: recommendingStatesIn(locale, item.recommendingStateCodes, item.recommendingState),
                })}
              </>
            ) : null}
            {item.response !== "NONE" ? (
              <>
                {" · "}
                <span data-testid="recommendation-response">{t(`response.${item.response as "SUPPORTED"}`)}</span>
              </>
            ) : null}
          </p>
          <div className="mt-2">
            <RecommendationText recommendation={item} />
          </div>
          {item.commitments ? (
            <p className="mt-2 text-sm">{t("linkedCount", { count: item.commitments.length })}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
