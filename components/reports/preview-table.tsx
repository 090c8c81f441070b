import type { ReactNode } from "react";
import { ScrollHint } from "@/components/layout/scroll-hint";

type Props = {
  caption: string;
  headers: string[];
  rows: ReactNode[][];
  /** A totals row under the body. */ footer?: ReactNode[];
};

/** A report's preview: a plain, captioned table that scrolls sideways on small screens. */
export function PreviewTable({ caption, headers, rows, footer }: Props) {
  return (
    <>
      <ScrollHint />
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
        <table className="min-w-full border-collapse text-sm" data-testid="report-preview">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {headers.map((header) => (
                <th
                  key={header}
                  scope="col"
                  className="border border-slate-300 bg-slate-100 p-2 text-left align-bottom font-semibold"
                >
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((cells, rowIndex) => (
              <tr key={rowIndex} className="align-top">
                {cells.map((cell, cellIndex) => (
                  <td key={cellIndex} className="border border-slate-300 p-2">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          {footer ? (
            <tfoot>
              <tr className="align-top font-semibold" data-testid="report-totals">
                {footer.map((cell, cellIndex) =>
                  cellIndex === 0 ? (
                    <th key={cellIndex} scope="row" className="border border-slate-300 bg-slate-100 p-2 text-left">
                      {cell}
                    </th>
                  ) : (
                    <td key={cellIndex} className="border border-slate-300 bg-slate-100 p-2">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
    </>
  );
}
