import type { Metadata } from "next";
import Link from "next/link";
import { BankFormatHelp } from "@/components/actuals/import/bank-format-help";
import { BankImport } from "@/components/actuals/import/bank-import";
import { ImportHistory } from "@/components/actuals/import/import-history";
import { PageHeader } from "@/components/ui/page-header";
import { loadBankImportPage } from "@/lib/actuals/import-view";
import { formatsOf } from "@/lib/auth/tenant-context";
import { getTenant } from "@/lib/auth/tenant";

export const metadata: Metadata = { title: "Import a bank file" };

export default async function BankImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const ctx = await getTenant((await params).slug, { role: "member" });
  const slug = ctx.org.slug;
  const { history } = await loadBankImportPage(ctx);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/w/${slug}/actuals`} className="text-indigo-600 hover:underline">
          ← Actuals
        </Link>
      </p>
      <PageHeader
        title="Import a bank file"
        description="Add what you really paid from your bank's or accounting tool's CSV export. Payments already in the ledger are skipped, so importing an overlapping export is safe; the whole file is imported, or nothing is."
      />
      <BankImport slug={slug} formats={formatsOf(ctx)} />
      <BankFormatHelp />
      <ImportHistory history={history} locale={ctx.org.locale} />
    </>
  );
}
