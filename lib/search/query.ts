/**
 * A reader's search text as a small query model that every search backend renders in its own
 * dialect (SQLite FTS5 now, PostgreSQL tsvector later), so both give the same answers. The user's
 * text never reaches the database as syntax: only runs of letters and digits survive, each quoted.
 *
 * - Words are matched as prefixes ("tortur" finds "torture", "tortured"), and a Russian or Kazakh
 *   word also by its stem ("пытки" finds «пыток», «пыткам»): see `alternativesOf`.
 * - Text in double quotes is a phrase, matched exactly; an unbalanced quote is ignored.
 * - A word written with joiners ("A/HRC/43/10", "118.23") is a phrase of its parts.
 * - Every word must match (AND); operators (NEAR, OR, -, *) are read as plain words or dropped.
 */

/** One way a term can match: consecutive tokens, the last one optionally as a prefix. */
export type SearchAlternative = { tokens: string[]; isPrefix: boolean };
/** A term matches when any of its alternatives does. */
export type SearchTerm = { alternatives: SearchAlternative[] };
/** The terms all must match; `isTruncated` when the text had more terms than are searched. */
export type SearchQuery = { terms: SearchTerm[]; isTruncated: boolean };

/** At most this many terms are searched (the rest are dropped, and the page says so). */
export const MAX_SEARCH_TERMS = 8;
/** Longer tokens are cut: no real word is longer, and it bounds the index lookup. */
const MAX_TOKEN_LENGTH = 40;
/** A prefix shorter than this would match a large part of the index; such words match whole. */
const MIN_PREFIX_LENGTH = 3;

const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
// Endings dropped from a Cyrillic word to reach its stem: vowels, soft and hard signs, й.
const CYRILLIC_ENDING = /[аеёиоуыэюяьъйәіөүұ]{1,2}$/u;
const CYRILLIC_CONSONANT = /[бвгджзклмнпрстфхцчшщғқңһ]/u;

function tokensOf(text: string): string[] {
  return (text.normalize("NFC").toLowerCase().match(TOKEN) ?? []).map((token) => token.slice(0, MAX_TOKEN_LENGTH));
}

/**
 * How one typed word may match. Numbers and words under three letters: whole. Latin words: as a prefix. Cyrillic words of four or
 * more letters: their stem (endings dropped, four letters kept) as a prefix, and, where the stem ends in two consonants,
 * the Russian form with a fleeting vowel («пытк» → «пыток», «тюрьм» → «тюрем»).
 */
export function alternativesOf(word: string): SearchAlternative[] {
  // Numbers match whole: "12" must not find "120" or "1200".
  if (word.length < MIN_PREFIX_LENGTH || /^\p{N}+$/u.test(word)) return [{ tokens: [word], isPrefix: false }];
  if (!CYRILLIC.test(word) || word.length < 4) return [{ tokens: [word], isPrefix: true }];
  const stripped = word.replace(CYRILLIC_ENDING, "");
  const stem = stripped.length >= 4 ? stripped : word;
  const alternatives = [{ tokens: [stem], isPrefix: true }];
  const last = stem.at(-1) ?? "";
  const before = stem.at(-2) ?? "";
  if (CYRILLIC_CONSONANT.test(last) && before === "ь") {
    alternatives.push({ tokens: [`${stem.slice(0, -2)}е${last}`], isPrefix: false });
  } else if (CYRILLIC_CONSONANT.test(last) && CYRILLIC_CONSONANT.test(before)) {
    for (const vowel of ["о", "е"])
      alternatives.push({ tokens: [`${stem.slice(0, -1)}${vowel}${last}`], isPrefix: false });
  }
  return alternatives;
}

/** Reads a search box's text into terms; an empty `terms` means nothing searchable was typed. */
export function parseSearchQuery(text: string): SearchQuery {
  const terms: SearchTerm[] = [];
  // Split into quoted and unquoted stretches; a last quote without its pair is dropped.
  const parts = text.split('"');
  const hasOpenQuote = parts.length % 2 === 0;
  parts.forEach((part, index) => {
    const isQuoted = index % 2 === 1 && !(hasOpenQuote && index === parts.length - 1);
    if (isQuoted) {
      const tokens = tokensOf(part);
      if (tokens.length > 0) terms.push({ alternatives: [{ tokens, isPrefix: false }] });
      return;
    }
    for (const chunk of part.split(/\s+/)) {
      const tokens = tokensOf(chunk);
      if (tokens.length === 1) terms.push({ alternatives: alternativesOf(tokens[0]!) });
      else if (tokens.length > 1) terms.push({ alternatives: [{ tokens, isPrefix: false }] });
    }
  });
  return { terms: terms.slice(0, MAX_SEARCH_TERMS), isTruncated: terms.length > MAX_SEARCH_TERMS };
}
