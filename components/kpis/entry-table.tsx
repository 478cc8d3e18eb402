import type { ReactNode } from "react";
import { THead, Th, TableShell } from "@/components/ui/table";
import { formatMonth, type Locale } from "@/lib/format";

/** The month's table, as the entry grid and its read-only view both show it: KPI, last month, target, this month, note. */
export function EntryTable({ period, locale, valueAlign, children, ...rest }: { period: string; locale: Locale; valueAlign: "left" | "right"; children: ReactNode; "data-testid"?: string }) {
  return (
    <TableShell {...rest}>
      <THead className="bg-transparent">
        <tr>
          <Th>KPI</Th>
          <Th align="right">Last month</Th>
          <Th align="right">Target</Th>
          <Th align={valueAlign}>{formatMonth(period, locale, { long: true })}</Th>
          <Th>Note</Th>
        </tr>
      </THead>
      <tbody className="divide-y divide-slate-100">{children}</tbody>
    </TableShell>
  );
}
