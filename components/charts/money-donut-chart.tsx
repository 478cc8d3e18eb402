"use client";

import { DonutChart } from "@tremor/react";
import { formatMoney } from "@/lib/format";

/** Tremor's DonutChart with amounts in cents shown in the workspace currency (the formatter must live on the client). */
export function MoneyDonutChart({
  data,
  currency,
  label,
  ariaLabel,
}: {
  data: { name: string; cents: number }[];
  currency: string;
  label: string;
  ariaLabel: string;
}) {
  return (
    <div role="img" aria-label={ariaLabel}>
      <DonutChart
        data={data}
        index="name"
        category="cents"
        label={label}
        valueFormatter={(v: number) => formatMoney(v, currency)}
        colors={["indigo", "sky", "emerald", "amber", "rose", "violet", "teal", "orange", "slate"]}
        className="h-52"
      />
    </div>
  );
}
