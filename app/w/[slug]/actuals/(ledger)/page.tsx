import type { Metadata } from "next";
import Link from "next/link";
import { AddPaymentForm } from "@/components/actuals/add-payment-form";
import { EmptyLedger } from "@/components/actuals/empty-ledger";
import { LedgerTable } from "@/components/actuals/ledger-table";
import { buttonVariants } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { parseLedgerParams } from "@/lib/actuals/ledger-params";
import { loadLedger } from "@/lib/actuals/view";
import { getTenant } from "@/lib/auth/tenant";
import { formatsOf, hasRole } from "@/lib/auth/tenant-context";
import { formatNumber, type Locale } from "@/lib/format";
import { machineDate } from "@/lib/format/machine";

export const metadata: Metadata = { title: "Actuals" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ActualsPage({ params, searchParams }: Props) {
  const ctx = await getTenant((await params).slug);
  const ledgerParams = parseLedgerParams(await searchParams);
  const { page, overview, technologies } = await loadLedger(ctx, ledgerParams);
  const slug = ctx.org.slug;
  const canEdit = hasRole(ctx, "member");
  const formats = formatsOf(ctx);
  return (
    <>
      <ActualsHeader slug={slug} canEdit={canEdit} />
      {overview.unmatched > 0 && <UnmatchedNotice slug={slug} unmatched={overview.unmatched} locale={ctx.org.locale} />}
      {canEdit && (
        <details className={cardClass({ className: "mb-6" })} data-testid="add-payment-panel">
          <summary className="cursor-pointer text-sm font-medium text-slate-900">Add a payment by hand</summary>
          <div className="mt-4">
            <AddPaymentForm slug={slug} formats={formats} today={machineDate(new Date())} technologies={technologies} />
          </div>
        </details>
      )}
      {overview.count === 0 ? (
        <EmptyLedger slug={slug} canImport={canEdit} />
      ) : (
        <LedgerTable page={page} params={ledgerParams} slug={slug} formats={formats} technologies={technologies} months={overview.months} canEdit={canEdit} />
      )}
    </>
  );
}

function ActualsHeader({ slug, canEdit }: { slug: string; canEdit: boolean }) {
  return (
    <header className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Actuals</h1>
        <p className="mt-1 text-sm text-slate-600">What was really paid, from your bank exports and typed in by hand, filed under the technology it was for.</p>
      </div>
      <div className="flex items-center gap-2">
        <Link href={`/w/${slug}/actuals/rules`} className={buttonVariants({ variant: "secondary" })}>
          Matching rules
        </Link>
        {canEdit && (
          <Link href={`/w/${slug}/actuals/import`} className={buttonVariants()}>
            Import bank file
          </Link>
        )}
      </div>
    </header>
  );
}

/** Unmatched payments count in no technology's actuals: say how many, and where to file them. */
function UnmatchedNotice({ slug, unmatched, locale }: { slug: string; unmatched: number; locale: Locale }) {
  return (
    <p role="status" data-testid="unmatched-notice" className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      {formatNumber(unmatched, locale, 0)} {unmatched === 1 ? "payment is" : "payments are"} not filed under a technology yet.{" "}
      <Link href={`/w/${slug}/actuals?match=unmatched`} className="font-medium underline">
        Show them
      </Link>{" "}
      or{" "}
      <Link href={`/w/${slug}/actuals/rules`} className="font-medium underline">
        add a matching rule
      </Link>
      .
    </p>
  );
}
