/**
 * Thrown by a document job when the document exceeds a limit counted while reading it (bytes
 * unpacked, nesting depth): the pool answers `too-complex`, as it does for a killed job.
 */
export class TooComplexError extends Error {
  constructor(what: string) {
    super(`too complex: ${what}`);
    this.name = "TooComplexError";
  }
}

/** Whether an error (also one that crossed a thread as a plain object) means "too complex". */
export function isTooComplex(error: unknown): boolean {
  return error instanceof Error && error.name === "TooComplexError";
}
