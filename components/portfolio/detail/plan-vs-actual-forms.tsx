import { AddPaymentForm } from "@/components/actuals/add-payment-form";
import { ActualBenefitsPanel, type ActualBenefitEntry } from "@/components/actuals/benefit-list";
import { Card } from "@/components/ui/card";
import type { CostCategory } from "@/lib/domain/values";
import type { Formats } from "@/lib/format";

type Props = {
  slug: string;
  technology: { id: string; name: string; costs: readonly { category: CostCategory; amountCents: number }[] };
  formats: Formats;
  /** 'YYYY-MM-DD' a new payment starts at, and 'YYYY-MM' a new benefit starts at (the last complete month). */
  today: string;
  benefitMonth: string;
  benefitEntries: ActualBenefitEntry[];
  canEdit: boolean;
};

/** The category of the technology's largest cost line: what a payment for it most likely is. */
function mainCostCategory(costs: Props["technology"]["costs"]): CostCategory | null {
  return costs.reduce<Props["technology"]["costs"][number] | null>((a, c) => (a === null || c.amountCents > a.amountCents ? c : a), null)?.category ?? null;
}

/** Where the technology's actuals are recorded: a payment typed in by hand (members and above), and its benefits entered as amounts. */
export function PlanVsActualForms({ slug, technology, formats, today, benefitMonth, benefitEntries, canEdit }: Props) {
  const { id, name, costs } = technology;
  return (
    <>
      {canEdit && (
        <Card padding="sm">
          <h3 className="mb-3 text-sm font-medium text-slate-700">Record a payment</h3>
          <AddPaymentForm slug={slug} formats={formats} today={today} technology={{ id, name, mainCostCategory: mainCostCategory(costs) }} />
        </Card>
      )}
      <Card padding="sm">
        <h3 className="mb-3 text-sm font-medium text-slate-700">Benefits entered as amounts</h3>
        <ActualBenefitsPanel slug={slug} technologyId={id} formats={formats} entries={benefitEntries} canEdit={canEdit} defaultMonth={benefitMonth} />
      </Card>
    </>
  );
}
