import type { RecommendationFilters } from "@/lib/recommendations/filters";

/** The recommendation list with no filter, no words, first page: tests spread their filters over it. */
export const NO_FILTERS: RecommendationFilters = {
  mechanism: null,
  cycle: null,
  response: null,
  theme: null,
  sdg: null,
  assessment: null,
  query: "",
  page: 1,
};
