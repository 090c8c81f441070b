import { replaceUnsafeCharacters } from "@/lib/text/unsafe-characters";

/**
 * Text someone wrote, shown isolated from what surrounds it: a bidirectional override in a title
 * (U+202E …) reverses at most the title itself, never the page around it; its direction follows
 * its own first letter (`dir="auto"`). Characters that must never be stored (rows from before
 * input was checked) show as U+FFFD.
 */
export function UserText({ children }: { children: string }) {
  return <bdi dir="auto">{replaceUnsafeCharacters(children)}</bdi>;
}
