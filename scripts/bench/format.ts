// Plain-text tables and number formats for the report.
export function table(header: readonly string[], rows: readonly (readonly string[])[], alignLeft = 1): string[] {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column < alignLeft ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)];
}

export const fixed = (value: number, digits = 0) =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const ms = (value: number) => (value < 10 ? fixed(value, 1) : fixed(value));
export const kb = (bytes: number) => `${fixed(bytes / 1024, 1)} KB`;
export const seconds = (milliseconds: number) => `${fixed(milliseconds / 1000, 2)} s`;
