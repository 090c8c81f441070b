"use client";
import { useEffect, useState } from "react";

/**
 * For a signed-in editor only: who is signed in and an "Edit" link to the record in the
 * workspace. It asks the session endpoint after the page loads, so the page itself stays the same
 * for every reader (and safe to cache); readers without a session see nothing.
 */
export function EditorLinks({
  editHref,
  signedInLabel,
  editLabel,
}: {
  editHref: string;
  signedInLabel: string;
  editLabel: string;
}) {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    fetch("/api/auth/session", { credentials: "same-origin", cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ user?: { name?: string } }>) : null))
      .then((session) => {
        if (isCurrent && typeof session?.user?.name === "string") setName(session.user.name);
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, []);
  if (!name) return null;
  return (
    <p
      className="no-print mt-2 flex flex-wrap items-center gap-3 rounded border border-slate-300 bg-slate-50 px-3 py-2 text-sm"
      data-testid="editor-links"
    >
      <span>
        {signedInLabel} <strong>{name}</strong>
      </span>
      <a href={editHref} className="font-medium text-brand underline underline-offset-4">
        {editLabel}
      </a>
    </p>
  );
}
