/**
 * Reads the elements of one top-level JSON array from text arriving in pieces, parsing each
 * element on its own (JSON.parse of its slice), so a file of 300,000 records never stands in
 * memory whole. Written here because it is forty lines: it only tracks strings, escapes and
 * nesting depth to find where each element ends; JSON.parse does the parsing and the refusing.
 * Throws SyntaxError when the text is not an array or an element is not valid JSON.
 */
export async function* readJsonArrayElements(pieces: AsyncIterable<string>): AsyncGenerator<unknown> {
  let buffer = "";
  let started = false;
  let depth = 0;
  let inString = false;
  let isEscaped = false;
  let elementStart = -1;
  for await (const piece of pieces) {
    let index = buffer.length;
    buffer += piece;
    for (; index < buffer.length; index += 1) {
      const code = buffer.charCodeAt(index);
      if (inString) {
        if (isEscaped) isEscaped = false;
        else if (code === 0x5c) isEscaped = true;
        else if (code === 0x22) inString = false;
        continue;
      }
      if (!started) {
        if (code === 0xfeff || code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) continue;
        if (code !== 0x5b) throw new SyntaxError("not a JSON array");
        started = true;
        continue;
      }
      if (code === 0x22) inString = true;
      if (code === 0x22 || code === 0x7b || code === 0x5b) {
        if (depth === 0 && elementStart === -1) elementStart = index;
        if (code !== 0x22) depth += 1;
      } else if (code === 0x7d || code === 0x5d) {
        if (depth === 0) {
          // The array's closing bracket: whatever element is open ends here.
          if (elementStart !== -1) yield JSON.parse(buffer.slice(elementStart, index));
          return;
        }
        depth -= 1;
      } else if (code === 0x2c && depth === 0) {
        if (elementStart === -1) throw new SyntaxError("empty element in JSON array");
        yield JSON.parse(buffer.slice(elementStart, index));
        elementStart = -1;
      } else if (depth === 0 && elementStart === -1 && code > 0x20) elementStart = index;
    }
    // Keep only the open element (or nothing): memory holds one record, not the file.
    if (elementStart === -1) buffer = "";
    else {
      buffer = buffer.slice(elementStart);
      elementStart = 0;
    }
  }
  throw new SyntaxError("JSON array not closed");
}
