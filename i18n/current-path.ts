import "server-only";
import { headers } from "next/headers";
import { PATH_HEADER } from "./locales";

/** The page's path without its locale prefix ("/commitments/x"), as the proxy saw it. */
export async function getCurrentPath(): Promise<string> {
  return (await headers()).get(PATH_HEADER) ?? "/";
}
