import { normaliseForSearch } from "@/lib/search-text";

const MAX_WORDS = 8;
const CYRILLIC = /[\u0400-\u04ff]/u;

/**
 * The words of a search, normalised as the search column is (lib/search-text.ts), each a needle
 * that must appear. Russian and Kazakh words change their endings («пытки», «пыток», «пыткам»),
 * so a Cyrillic word of five letters or more is cut to its stem (the last two letters dropped:
 * «пытки» and «пыток» both hold «пыт»); shorter words and Latin words are kept whole.
 */
export function searchWords(query: string): string[] {
  const words = normaliseForSearch(query.slice(0, 200))
    .split(" ")
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((word) => word.length > 0)
    .map((word) => {
      const letters = [...word];
      if (!CYRILLIC.test(word) || letters.length < 5) return word;
      return letters.slice(0, -2).join("");
    });
  return [...new Set(words)].slice(0, MAX_WORDS);
}
