import { ASSESSMENTS, OFFICIAL_CLAIMS } from "@/lib/vocabulary";
import type { WorkspaceFlag } from "./flags";

/** Columns of the workspace list a person can sort by (each header is a link). */
export const WORKSPACE_SORTS = ["updated", "title", "claim", "assessment", "state", "verified", "flags"] as const;
export type WorkspaceSort = (typeof WORKSPACE_SORTS)[number];
export type SortDirection = "asc" | "desc";

type SortableRow = {
  id: string;
  title: string;
  officialClaim: string;
  assessment: string;
  isPublished: boolean;
  isArchived: boolean;
  lastVerifiedOn: Date | null;
  updatedAt: Date;
  flags: readonly WorkspaceFlag[];
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The sort of the query string; anything unknown is the default (newest change first). */
export function parseWorkspaceSort(params: Record<string, string | string[] | undefined>): {
  sort: WorkspaceSort;
  direction: SortDirection;
} {
  const sort = first(params.sort);
  const direction = first(params.dir);
  const known = (WORKSPACE_SORTS as readonly string[]).includes(sort ?? "") ? (sort as WorkspaceSort) : "updated";
  return {
    sort: known,
    direction: direction === "asc" || direction === "desc" ? direction : known === "updated" ? "desc" : "asc",
  };
}

// States in the order an editor works through them; statuses in their vocabulary's order.
const stateRank = (row: SortableRow) => (row.isArchived ? 2 : row.isPublished ? 1 : 0);

function compareBy(sort: WorkspaceSort, locale: string): (a: SortableRow, b: SortableRow) => number {
  switch (sort) {
    case "title":
      return (a, b) => a.title.localeCompare(b.title, locale);
    case "claim":
      return (a, b) =>
        OFFICIAL_CLAIMS.indexOf(a.officialClaim as never) - OFFICIAL_CLAIMS.indexOf(b.officialClaim as never);
    case "assessment":
      return (a, b) => ASSESSMENTS.indexOf(a.assessment as never) - ASSESSMENTS.indexOf(b.assessment as never);
    case "state":
      return (a, b) => stateRank(a) - stateRank(b);
    case "verified":
      // Never verified sorts before the oldest check: it needs attention first.
      return (a, b) => (a.lastVerifiedOn?.getTime() ?? -Infinity) - (b.lastVerifiedOn?.getTime() ?? -Infinity);
    case "flags":
      return (a, b) => a.flags.length - b.flags.length;
    case "updated":
      return (a, b) => a.updatedAt.getTime() - b.updatedAt.getTime();
  }
}

/** The rows sorted by one column; ties keep a stable order (by title, then id). */
export function sortWorkspaceRows<T extends SortableRow>(
  rows: readonly T[],
  sort: WorkspaceSort,
  direction: SortDirection,
  locale = "en",
): T[] {
  const compare = compareBy(sort, locale);
  const sign = direction === "asc" ? 1 : -1;
  return [...rows].sort(
    (a, b) => sign * compare(a, b) || a.title.localeCompare(b.title, locale) || a.id.localeCompare(b.id),
  );
}
