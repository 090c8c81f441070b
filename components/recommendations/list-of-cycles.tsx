import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

type Cycle = { cycle: string; count: number };

/** A mechanism's cycles or sessions, each with how many recommendations it holds, linking to that cycle's page. */
export async function ListOfCycles({
  base,
  current,
  cycles,
  total,
}: {
  base: string;
  current: string | null;
  cycles: Cycle[];
  total: number;
}) {
  const [t, format] = await Promise.all([getTranslations("recommendations"), getFormatter()]);
  const entries = [
    { key: "", label: t("allCycles"), count: total, href: base },
    ...cycles
      .filter((row) => row.cycle)
      .map((row) => ({
        key: row.cycle,
        label: row.cycle,
        count: row.count,
        href: `${base}?${new URLSearchParams({ cycle: row.cycle }).toString()}`,
      })),
  ];
  return (
    <nav aria-labelledby="mechanism-cycles" className="mt-4 text-sm" data-testid="mechanism-cycles">
      <h2 id="mechanism-cycles" className="font-semibold">
        {t("cyclesHeading")}
      </h2>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
        {entries.map((entry) => (
          <li key={entry.key}>
            <Link
              href={entry.href}
              aria-current={(current ?? "") === entry.key ? "page" : undefined}
              className="inline-block py-1 text-brand underline underline-offset-4 aria-[current=page]:font-semibold aria-[current=page]:no-underline"
            >
              {t("optionCount", { label: entry.label, count: format.number(entry.count) })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
