import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";

/**
 * A filter form behind one "Filters" control on small screens (a plain <details>, so it works
 * without JavaScript) and always open from 768 px (globals.css, where ::details-content is
 * supported; elsewhere the control stays and opens the form). Open while filters are applied.
 */
export async function CollapsibleFilters({ children, isActive }: { children: ReactNode; isActive: boolean }) {
  const t = await getTranslations("layout");
  return (
    <details className="collapsible-filters no-print" open={isActive || undefined}>
      <summary className="inline-flex cursor-pointer items-center gap-2 rounded border border-slate-500 bg-white px-4 py-2 font-medium">
        {t("filtersToggle")}
      </summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
