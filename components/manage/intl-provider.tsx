import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

const CLIENT_NAMESPACES = [
  "auth",
  "manage",
  "recommendationsManage",
  "linking",
  "users",
  "audit",
  "notifications",
  "assessment",
  "officialClaim",
  "statusField",
  "category",
  "evidenceKind",
  "sourceKind",
  "error",
  "review",
  "reasons",
  "inbox",
  "settings",
];

/** Gives the workspace's client components the message namespaces they use (the root layout passes only "error"). */
export async function ManageIntlProvider({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries(
    CLIENT_NAMESPACES.filter((name) => name in messages).map((name) => [name, messages[name]]),
  );
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
