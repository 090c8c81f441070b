// Cleanup that runs whatever happens: normal end, an error, or Ctrl+C / SIGTERM.
type CleanupStep = { label: string; run: () => void | Promise<void> };

const steps: CleanupStep[] = [];
let isCleaning = false;

/** Registers a step; steps run in reverse order of registration. Returns a function that drops it. */
export function onCleanup(label: string, run: () => void | Promise<void>): () => void {
  const step = { label, run };
  steps.push(step);
  return () => {
    const index = steps.indexOf(step);
    if (index >= 0) steps.splice(index, 1);
  };
}

/** Runs every registered step once, newest first; a failing step does not stop the others. */
export async function runCleanup(): Promise<void> {
  if (isCleaning) return;
  isCleaning = true;
  while (steps.length > 0) {
    const step = steps.pop();
    if (!step) break;
    try {
      await step.run();
    } catch (error) {
      console.error(`cleanup: ${step.label} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  isCleaning = false;
}

/** On SIGINT/SIGTERM: clean up, then exit with the conventional code. */
export function installSignalHandlers(): void {
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping servers and removing the temporary database…`);
      void runCleanup().finally(() => process.exit(code));
    });
  }
}
