import { CATEGORIES, isAssessment } from "@/lib/vocabulary";
import { WORKSPACE_FLAGS, type WorkspaceFlag } from "./flags";

export type WorkspaceFilters = {
  query?: string;
  category?: string;
  assessment?: string;
  state?: "all" | "published" | "draft" | "archived";
  flag?: WorkspaceFlag;
};

const STATES = ["all", "published", "draft", "archived"] as const;

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/** Reads the workspace list filters from the query string, ignoring anything unknown. */
export function parseWorkspaceFilters(params: Record<string, string | string[] | undefined>): WorkspaceFilters {
  const query = first(params.q)?.trim().slice(0, 200);
  const category = first(params.category);
  const assessment = first(params.assessment);
  const state = first(params.state);
  const flag = first(params.flag);
  return {
    query: query || undefined,
    category: category && (CATEGORIES as readonly string[]).includes(category) ? category : undefined,
    assessment: assessment && isAssessment(assessment) ? assessment : undefined,
    state: (STATES as readonly string[]).includes(state ?? "") ? (state as WorkspaceFilters["state"]) : "all",
    flag: (WORKSPACE_FLAGS as readonly string[]).includes(flag ?? "") ? (flag as WorkspaceFlag) : undefined,
  };
}
