// The mechanism summary (getMechanismSummary in ../data.ts) counted from the rows the report reads,
// batch by batch, so a streamed export sums up 100,000 rows without holding them (issue 24).

/** What the summary needs of a row: its response and its published linked commitments. */
export type SummaryRow = {
  response: string;
  commitments: readonly { commitment: { id: string; assessment: string } }[];
};

export type ShadowSummary = {
  total: number;
  responses: Record<string, number>;
  assessments: Record<string, number>;
  linkedCommitments: number;
};

/**
 * A running count: recommendations by response, and the published commitments linked to them by
 * assessment, each commitment once. It holds one entry per linked commitment, never a row.
 */
export function countShadowSummary() {
  let total = 0;
  const responses: Record<string, number> = {};
  const linked = new Map<string, string>();
  return {
    add(rows: readonly SummaryRow[]): void {
      total += rows.length;
      for (const row of rows) {
        responses[row.response] = (responses[row.response] ?? 0) + 1;
        for (const { commitment } of row.commitments) linked.set(commitment.id, commitment.assessment);
      }
    },
    result(): ShadowSummary {
      const assessments: Record<string, number> = {};
      for (const assessment of linked.values()) assessments[assessment] = (assessments[assessment] ?? 0) + 1;
      return { total, responses: { ...responses }, assessments, linkedCommitments: linked.size };
    },
  };
}

/** The summary of rows already read (the page's preview and the whole-table export). */
export function summariseShadowRows(rows: readonly SummaryRow[]): ShadowSummary {
  const summary = countShadowSummary();
  summary.add(rows);
  return summary.result();
}
