// The words that matter in a commitment or a recommendation, as comparable stems in any of the
// three languages: lower-cased, diacritics folded as the full-text index folds them (ё → е,
// й → и; Kazakh letters are letters of their own and stay), common words dropped, endings cut.
// A crude stemmer on purpose: it only has to make "criminalise", "criminalize" and "criminal", or
// «пытки» and «пытка», meet; the figures it reaches are measured in scripts/linking-quality.ts.

const STOPWORDS = new Set(
  [
    // English, and the words every UN recommendation uses
    "a an and any are as at be been by for from has have in into is it its of on or that the their this to was were which with all also other such",
    "state states party should take ensure continue consider further measures including adopt efforts its " +
      "own recommendation recommendations relevant necessary appropriate order made between within among",
    // Russian
    "и в во не на с со к ко по за из от до для о об при как что это его ее её их а но или же ли " +
      "бы также все всех который которые обеспечить продолжить принять меры государство участник",
    // Kazakh
    "және мен бен пен да де та те үшін бойынша туралы бұл осы ол олар сол барлық қамтамасыз ету шаралар шараларын мемлекет қатысушы",
  ]
    .join(" ")
    .split(" "),
);

const ENDINGS_LATIN = [
  "ations",
  "ation",
  "ings",
  "ing",
  "ised",
  "ized",
  "ise",
  "ize",
  "ions",
  "ion",
  "ies",
  "es",
  "ed",
  "s",
];
const ENDINGS_CYRILLIC = [
  "ами",
  "ями",
  "ого",
  "его",
  "ому",
  "ему",
  "ыми",
  "ими",
  "ция",
  "ции",
  "цию",
  "ией",
  "лары",
  "лері",
  "дары",
  "дері",
  "тары",
  "тері",
  "ның",
  "нің",
  "дың",
  "дің",
  "тың",
  "тің",
  "ах",
  "ях",
  "ов",
  "ев",
  "ом",
  "ем",
  "ой",
  "ей",
  "ий",
  "ый",
  "ая",
  "яя",
  "ое",
  "ее",
  "ые",
  "ие",
  "ам",
  "ям",
  "ую",
  "юю",
  "а",
  "я",
  "ы",
  "и",
  "у",
  "ю",
  "е",
  "о",
  "ь",
];
const STEM_LENGTH = 6;
const MIN_WORD = 3;

/** Folds a word as the index does: lower case, combining marks removed, then recomposed. */
export function foldWord(word: string): string {
  return word.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
}

/** The comparable stem of one word, or null for a common or too short word. */
export function stemOf(word: string): string | null {
  const folded = foldWord(word);
  if (folded.length < MIN_WORD || STOPWORDS.has(folded) || /^\d+$/.test(folded)) return null;
  const endings = /[a-z]/.test(folded) ? ENDINGS_LATIN : ENDINGS_CYRILLIC;
  let stem = folded;
  for (const ending of endings) {
    if (stem.length - ending.length >= 4 && stem.endsWith(ending)) {
      stem = stem.slice(0, -ending.length);
      break;
    }
  }
  return stem.slice(0, STEM_LENGTH);
}

/** The stems of a text in order of appearance (repeats kept: they count as weight). */
export function stemsOf(text: string): string[] {
  const stems: string[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const stem = stemOf(match[0]);
    if (stem) stems.push(stem);
  }
  return stems;
}

/** A bag of stems with a weight each, e.g. a title's words counted three times a summary's. */
export type TermWeights = Map<string, number>;

/** Adds a text's stems to `weights`, each occurrence counting `weight`. */
export function addTerms(weights: TermWeights, text: string | null | undefined, weight: number): TermWeights {
  if (!text) return weights;
  for (const stem of stemsOf(text)) weights.set(stem, (weights.get(stem) ?? 0) + weight);
  return weights;
}
