// Manages accounts from the server's shell:
//   npm run user -- add --email <e> --name <n> --role admin|editor   (password from stdin, or generated)
//   npm run user -- list
//   npm run user -- set-password --email <e>                         (password from stdin, or generated)
//   npm run user -- deactivate --email <e>
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { generatePassword, passwordSchema } from "@/lib/auth/password";
import { inEnglish } from "@/lib/forms/english-messages";
import { listUsers } from "@/lib/users/data";
import { UserInputError, createUser, deactivateUser, setUserPassword } from "@/lib/users/mutations";
import { db } from "@/lib/db/client";
import { prepareDatabase } from "./lib/prepare-database";

const USAGE = `Usage:
  npm run user -- add --email <email> --name <name> --role admin|editor
  npm run user -- list
  npm run user -- set-password --email <email>
  npm run user -- deactivate --email <email>

The password is read from standard input when one is piped in, e.g.
  npm run user -- add --email a@example.org --name "A. Editor" --role editor < password.txt
otherwise a strong one is generated and printed once.`;

/** Reads a piped password; null when stdin is a terminal or empty (then one is generated). */
async function readPipedPassword(): Promise<string | null> {
  if (process.stdin.isTTY) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
  return text.length > 0 ? text : null;
}

async function choosePassword(): Promise<{ password: string; isGenerated: boolean }> {
  const piped = await readPipedPassword();
  if (piped === null) return { password: generatePassword(), isGenerated: true };
  return { password: passwordSchema.parse(piped), isGenerated: false };
}

function required(value: string | undefined, flag: string): string {
  if (!value) throw new UserInputError(`Missing --${flag}.\n\n${USAGE}`);
  return value;
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      help: { type: "boolean" },
    },
  });
  const command = positionals[0];
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  await prepareDatabase({ quiet: true });
  switch (command) {
    case "add": {
      const { password, isGenerated } = await choosePassword();
      const user = await createUser({
        email: required(values.email, "email"),
        name: required(values.name, "name"),
        role: required(values.role, "role").toUpperCase() as "ADMIN" | "EDITOR",
        password,
      });
      console.log(`Created ${user.role.toLowerCase()} ${user.email}.`);
      if (isGenerated) console.log(`Password (shown once, store it safely): ${password}`);
      return;
    }
    case "list": {
      const users = await listUsers();
      if (users.length === 0)
        console.log("No users yet. Create the first admin with: npm run user -- add --email … --name … --role admin");
      for (const user of users) {
        console.log(
          `${user.email}\t${user.name}\t${user.role.toLowerCase()}\t${user.isActive ? "active" : "deactivated"}`,
        );
      }
      return;
    }
    case "set-password": {
      const email = required(values.email, "email");
      const { password, isGenerated } = await choosePassword();
      await setUserPassword(email, password);
      console.log(`Password changed for ${email}; their existing sessions are signed out.`);
      if (isGenerated) console.log(`New password (shown once): ${password}`);
      return;
    }
    case "deactivate": {
      const email = required(values.email, "email");
      await deactivateUser(email);
      console.log(`Deactivated ${email}; they are signed out everywhere.`);
      return;
    }
    default:
      throw new UserInputError(`Unknown command "${command}".\n\n${USAGE}`);
  }
}

try {
  await main();
} catch (error) {
  if (error instanceof ZodError) {
    console.error(
      error.issues.map((issue) => `${issue.path.join(".") || "input"}: ${inEnglish(issue.message)}`).join("\n"),
    );
  } else if (error instanceof UserInputError || (error instanceof Error && error.name === "EnvError")) {
    // The server's shell speaks English; messages shared with the forms arrive as tokens.
    console.error(inEnglish(error.message));
  } else {
    throw error;
  }
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
