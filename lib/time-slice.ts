import { setImmediate as nextTurn } from "node:timers/promises";

/**
 * A loop's way to give other requests a turn of the event loop every `budgetMs` of its own work,
 * whatever the machine's speed (a fixed count of rows per turn held a slower machine twice as long):
 * `const slice = timeSlicer(); for (…) { …; await slice(); }`.
 */
export function timeSlicer(budgetMs = 8): () => Promise<void> {
  let start = performance.now();
  return async () => {
    if (performance.now() - start < budgetMs) return;
    await nextTurn();
    start = performance.now();
  };
}
