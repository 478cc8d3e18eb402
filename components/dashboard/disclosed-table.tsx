import type { ReactNode } from "react";
import { FigureTable, type Column } from "@/components/scorecard/figure-table";

/** A table behind a disclosure under a chart: the chart's figures for a screen reader or a careful reader, header kept in view. */
export function DisclosedTable({ summary, caption, columns, testId, children }: { summary: string; caption: string; columns: readonly Column[]; testId?: string; children: ReactNode }) {
  return (
    <details className="mt-4 text-sm" data-testid={testId}>
      <summary className="cursor-pointer select-none font-medium text-indigo-700 hover:underline">{summary}</summary>
      <FigureTable columns={columns} caption={caption} shellClassName="mt-2 max-h-96 overflow-auto" stickyHead>
        {children}
      </FigureTable>
    </details>
  );
}
