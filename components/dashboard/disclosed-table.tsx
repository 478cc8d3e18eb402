import type { ReactNode } from "react";
import { TableShell, THead } from "@/components/ui/table";

/** A table behind a disclosure under a chart: the chart's figures for a screen reader or a careful reader, header kept in view. */
export function DisclosedTable({ summary, caption, head, testId, children }: { summary: string; caption: string; head: ReactNode; testId?: string; children: ReactNode }) {
  return (
    <details className="mt-4 text-sm" data-testid={testId}>
      <summary className="cursor-pointer select-none font-medium text-indigo-700 hover:underline">{summary}</summary>
      <TableShell shellClassName="mt-2 max-h-96 overflow-auto">
        <caption className="sr-only">{caption}</caption>
        <THead className="sticky top-0">
          <tr>{head}</tr>
        </THead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </TableShell>
    </details>
  );
}
