import type { ReactNode } from "react";
import { ScrollHint } from "@/components/layout/scroll-hint";

/** A report's preview: a plain, captioned table that scrolls sideways on small screens. */
export function PreviewTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: ReactNode[][] }) {
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
        </table>
      </div>
    </>
  );
}
