import { Card } from "@/components/ui/card";
import { label } from "@/lib/domain/labels";
import { LOCALE_NAMES, type Locale } from "@/lib/format/locales";
import { months, sizeBandLabels } from "@/lib/settings/schemas";
import type { SettingsFormValues } from "./settings-form";

/** What members and viewers see: the same settings, read-only. */
export function SettingsValues({ values }: { values: SettingsFormValues }) {
  const items: [string, string][] = [
    ["Workspace name", values.name],
    ["Industry", label(values.industry)],
    ["Size", sizeBandLabels[values.sizeBand as keyof typeof sizeBandLabels] ?? label(values.sizeBand)],
    ["Employees", values.employees || "—"],
    ["Currency", values.currency],
    ["Numbers and dates", LOCALE_NAMES[values.locale as Locale] ?? values.locale],
    ["Discount rate", `${values.discountRate}% a year`],
    ["Fiscal year starts in", months[Number(values.fiscalYearStartMonth) - 1] ?? "—"],
  ];
  return (
    <Card className="max-w-3xl space-y-3">
      <p className="text-sm text-slate-600">Read-only: an admin or the owner of this workspace can change these settings.</p>
      <dl className="grid gap-4 sm:grid-cols-2" data-testid="settings-values">
        {items.map(([term, value]) => (
          <div key={term}>
            <dt className="text-xs font-medium text-slate-500">{term}</dt>
            <dd className="mt-0.5 text-sm text-slate-900" data-testid={`settings-value-${term.toLowerCase().replace(/[^a-z]+/g, "-")}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
