import type { TranslatableText } from "@/lib/commitments/localize";

/** What an audit row is about, in words a person recognises (a title or a name, never an id). */
export type AuditSubject =
  | { kind: "commitment"; commitmentId: string; commitment: TranslatableText }
  | { kind: "evidence"; title: string; commitmentId: string; commitment: TranslatableText }
  | { kind: "source"; title: string }
  | { kind: "user"; name: string; email: string }
  | { kind: "import"; fileName: string };
