/** What a write returns: done, a validation problem, a conflict with someone else's save, or not found. */
export type MutationResult<T> =
  | { ok: true; value: T }
  | { ok: false; kind: "invalid"; fieldErrors: Record<string, string> }
  | { ok: false; kind: "conflict"; current: Record<string, unknown>; currentVersion: number }
  | { ok: false; kind: "not-found" };

export const done = <T>(value: T): MutationResult<T> => ({ ok: true, value });
export const invalid = (fieldErrors: Record<string, string>): MutationResult<never> => ({
  ok: false,
  kind: "invalid",
  fieldErrors,
});
export const notFound = (): MutationResult<never> => ({ ok: false, kind: "not-found" });
export const conflict = (current: Record<string, unknown>, currentVersion: number): MutationResult<never> => ({
  ok: false,
  kind: "conflict",
  current,
  currentVersion,
});

/** Thrown inside a transaction to roll it back and return `result` instead. */
export class RollbackWith extends Error {
  constructor(readonly result: MutationResult<never>) {
    super("rolled back");
  }
}

/** Runs a transaction body; a RollbackWith thrown inside becomes its result, after the rollback. */
export async function withRollback<T>(run: () => Promise<MutationResult<T>>): Promise<MutationResult<T>> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof RollbackWith) return error.result;
    throw error;
  }
}

/** Options for write transactions: SQLite serialises writers, so wait rather than fail under load. */
export const WRITE_TRANSACTION = { maxWait: 15_000, timeout: 15_000 } as const;
