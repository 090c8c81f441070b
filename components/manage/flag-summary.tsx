import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { WORKSPACE_FLAGS, type WorkspaceFlag } from "@/lib/manage/flags";

/** How many commitments need attention, by flag, each a link to that filtered list. */
export async function FlagSummary({ counts }: { counts: Record<WorkspaceFlag, number> }) {
  const t = await getTranslations("manage");
  return (
    <ul className="mt-4 flex flex-wrap gap-3" aria-label={t("list.flag")} data-testid="flag-summary">
      {WORKSPACE_FLAGS.map((flag) => (
        <li key={flag}>
          <Link
            href={`/manage?flag=${flag}`}
            className="inline-block rounded border border-amber-600 bg-amber-50 px-3 py-1 text-sm text-amber-950 underline-offset-4 hover:underline"
          >
            {t("list.flagCount", { count: counts[flag], flag: t(`flag.${flag}`) })}
          </Link>
        </li>
      ))}
    </ul>
  );
}
