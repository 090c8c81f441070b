// State names as UN documents and UPR Info write them, to ISO 3166 alpha-2 codes, so a state is
// stored once whatever the file calls it and shown in the reader's language (Intl.DisplayNames).

/** UN-style names Intl.DisplayNames does not give in English. */
const UN_NAMES: Record<string, string> = {
  "russian federation": "RU",
  "iran (islamic republic of)": "IR",
  "iran, islamic republic of": "IR",
  "republic of korea": "KR",
  "democratic people's republic of korea": "KP",
  "united kingdom of great britain and northern ireland": "GB",
  "united kingdom": "GB",
  "united states of america": "US",
  "united states": "US",
  "venezuela (bolivarian republic of)": "VE",
  "bolivia (plurinational state of)": "BO",
  "republic of moldova": "MD",
  "syrian arab republic": "SY",
  "lao people's democratic republic": "LA",
  "united republic of tanzania": "TZ",
  "state of palestine": "PS",
  "holy see": "VA",
  "viet nam": "VN",
  turkey: "TR",
  türkiye: "TR",
  czechia: "CZ",
  "czech republic": "CZ",
  "côte d'ivoire": "CI",
  "cote d'ivoire": "CI",
  "democratic republic of the congo": "CD",
  congo: "CG",
  "north macedonia": "MK",
  "the former yugoslav republic of macedonia": "MK",
  "micronesia (federated states of)": "FM",
  swaziland: "SZ",
  eswatini: "SZ",
  "cabo verde": "CV",
  "timor-leste": "TL",
  "brunei darussalam": "BN",
  "kyrgyz republic": "KG",
  netherlands: "NL",
  "netherlands (kingdom of the)": "NL",
};

let byName: Map<string, string> | null = null;

/** Every region code Intl knows, by its English and Russian names (built once, lazily). */
function namesToCodes(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(UN_NAMES));
  const displays = ["en", "ru", "kk"].map((locale) => new Intl.DisplayNames([locale], { type: "region" }));
  for (let first = 65; first <= 90; first += 1)
    for (let second = 65; second <= 90; second += 1) {
      const code = String.fromCharCode(first, second);
      for (const display of displays) {
        const name = display.of(code);
        // Unknown codes come back as themselves.
        if (name && name !== code && !byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), code);
      }
    }
  return byName;
}

/** The ISO code of a state named in a file ("Maldives", "Russian Federation", "KZ"), or null. */
export function stateCode(name: string): string | null {
  const text = name.trim().replace(/\s+/g, " ");
  if (/^[A-Z]{2}$/.test(text)) return text;
  return namesToCodes().get(text.toLowerCase()) ?? null;
}

/** A state's name in the reader's language, from its ISO code (the code itself when unknown). */
export function stateName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Recommending states as stored ("MV;PT" codes, "Maldives; Portugal" names) in the reader's language; the names when the codes are missing. */
export function recommendingStatesIn(locale: string, codes: string | undefined, names: string): string {
  const list = (codes ?? "").split(";").filter((code) => /^[A-Z]{2}$/.test(code));
  return list.length > 0 ? list.map((code) => stateName(code, locale)).join("; ") : names;
}
