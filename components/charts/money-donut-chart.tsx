"use client";

import { DonutChart } from "@tremor/react";
import { formatMoney, type Formats } from "@/lib/format";

/** Tremor's DonutChart with amounts in cents shown in the workspace's currency and locale (the formatter must live on the client). */
export function MoneyDonutChart({
  data,
  formats,
  label,
  ariaLabel,
}: {
  data: { name: string; cents: number }[];
  formats: Formats;
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
        valueFormatter={(v: number) => formatMoney(v, formats)}
        colors={["indigo", "sky", "emerald", "amber", "rose", "violet", "teal", "orange", "slate"]}
        className="h-52"
      />
    </div>
  );
}
