// Imports a file from the server's shell (README, "Bulk import"):
//   npm run import -- [--kind commitments|statuses|recommendations] FILE [--dry-run] [--yes] [--as EMAIL]
import { createInterface } from "node:readline/promises";
import { db } from "@/lib/db/client";
import { prepareDatabase } from "./lib/prepare-database";
import { runImport, type CommandIo } from "./lib/import-command";

const isTerminal = Boolean(process.stdout.isTTY);
const io: CommandIo = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  ask: process.stdin.isTTY
    ? async (question) => {
        const prompt = createInterface({ input: process.stdin, output: process.stdout });
        const answer = await prompt.question(`${question} [y/N] `);
        prompt.close();
        return /^(y|yes|д|да|и|иә)$/i.test(answer.trim());
      }
    : null,
  progress: isTerminal
    ? (done, total) => {
        const width = 30;
        const filled = total === 0 ? width : Math.round((done / total) * width);
        process.stdout.write(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total}`);
        if (done === total) process.stdout.write("\n");
      }
    : null,
};

let code = 1;
try {
  await prepareDatabase({ quiet: true });
  code = await runImport(process.argv.slice(2), io);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
} finally {
  await db.$disconnect();
}
process.exit(code);
