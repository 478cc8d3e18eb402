import type { Metadata } from "next";
import { SettingsForm, type SettingsFormValues } from "@/components/settings/settings-form";
import { SettingsValues } from "@/components/settings/settings-values";
import { hasRole } from "@/lib/auth/tenant-context";
import { getTenant } from "@/lib/auth/tenant";
import { ratePercent } from "@/lib/settings/schemas";
import { loadWorkspaceSettings } from "@/lib/settings/view";

export const metadata: Metadata = { title: "Workspace settings" };

type Props = { params: Promise<{ slug: string }> };

export default async function WorkspaceSettingsPage({ params }: Props) {
  const { slug } = await params;
  const ctx = await getTenant(slug);
  const settings = await loadWorkspaceSettings(ctx);
  const values: SettingsFormValues = {
    name: settings.name,
    industry: settings.industry,
    sizeBand: settings.sizeBand,
    employees: settings.employees === null ? "" : String(settings.employees),
    currency: settings.currency,
    discountRate: ratePercent(settings.discountRate, ctx.org.locale),
    locale: settings.locale,
    fiscalYearStartMonth: String(settings.fiscalYearStartMonth),
  };
  return (
    <section aria-labelledby="workspace-settings-title" className="space-y-4">
      <div>
        <h2 id="workspace-settings-title" className="text-lg font-semibold">
          Workspace
        </h2>
        <p className="mt-1 text-sm text-slate-600">The currency, number format and discount rate apply to every figure of this workspace.</p>
      </div>
      {hasRole(ctx, "admin") ? <SettingsForm slug={ctx.org.slug} initial={values} /> : <SettingsValues values={values} />}
    </section>
  );
}
