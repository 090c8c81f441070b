// Characters that must never be stored: NUL (SQLite's C interface and many tools cut text at it),
// lone surrogates (not text at all: no UTF-8 encoding exists) and Unicode non-characters such as
// U+FFFE and U+FFFF (forbidden in XML, so one of them in a title made every feed invalid, forever,
// since history is append-only), and the control characters other than tab, new line and carriage
// return: C0 (vertical tab, SOH, ESC…: forbidden in XML, so one in a title made the embed badge's
// SVG unparsable), DEL and C1 (U+0080–U+009F, NEL among them: XML only discourages them, but no
// text a person types holds them and terminals and mail clients act on them). Input is refused at
// the boundary; writers also replace them, so rows stored before the check give valid files.
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\p{Surrogate}\p{Noncharacter_Code_Point}]/u;
const UNSAFE_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\p{Surrogate}\p{Noncharacter_Code_Point}]/gu;

/** The first unsafe character in `text`, as "U+FFFE", with its position; null when there is none. */
export function findUnsafeCharacter(text: string): { index: number; code: string } | null {
  const match = UNSAFE.exec(text);
  if (!match) return null;
  const codePoint = match[0].codePointAt(0) ?? 0;
  return { index: match.index, code: `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}` };
}

/** `text` with every unsafe character replaced by U+FFFD (the replacement character). */
export function replaceUnsafeCharacters(text: string): string {
  return UNSAFE.test(text) ? text.replace(UNSAFE_ALL, "\uFFFD") : text;
}

/** `text` with every character XML 1.0 cannot carry (even escaped) replaced by U+FFFD. */
export function xmlSafeText(text: string): string {
  return text.replace(UNSAFE_ALL, "\uFFFD");
}

/**
 * The first string in a submitted value (a form or JSON body) holding an unsafe character, with
 * the top-level field it sits in, or null. Files are not looked into (the import checks its text).
 */
export function findUnsafeInput(value: unknown, field = "form", depth = 0): { field: string; code: string } | null {
  if (typeof value === "string") {
    const found = findUnsafeCharacter(value);
    return found ? { field, code: found.code } : null;
  }
  if (depth > 20 || value === null || typeof value !== "object") return null;
  if (typeof File !== "undefined" && value instanceof File) return null;
  for (const [key, item] of Array.isArray(value)
    ? value.map((item, index) => [String(index), item] as const)
    : Object.entries(value)) {
    const inKey = findUnsafeCharacter(key);
    if (inKey) return { field: "form", code: inKey.code };
    const found = findUnsafeInput(item, depth === 0 ? key : field, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * User text for plain-text places that cannot hold markup (the page title, Open Graph, feed titles):
 * wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, the text form of <bdi dir="auto">,
 * so a bidirectional override inside cannot reverse the text around it.
 */
export function isolateText(text: string): string {
  return `\u2068${replaceUnsafeCharacters(text)}\u2069`;
}
