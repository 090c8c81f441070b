import { buildSearchText } from "@/lib/search-text";

type Searchable = {
  symbol: string;
  paragraph: string;
  recommendingState: string;
  cycle: string;
  text: string;
  textEn: string | null;
  textRu: string | null;
  textKk: string | null;
  themes: readonly string[];
};

/** A recommendation's search column: the same parts whether it was imported or corrected since. */
export function recommendationSearchText(row: Searchable): string {
  return buildSearchText([
    row.symbol,
    row.paragraph,
    row.recommendingState,
    row.cycle,
    row.text,
    row.textEn,
    row.textRu,
    row.textKk,
    ...row.themes,
  ]);
}
