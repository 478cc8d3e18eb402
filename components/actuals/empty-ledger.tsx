import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** No payment yet: say what the ledger is for and how to fill it. */
export function EmptyLedger({ slug, canImport }: { slug: string; canImport: boolean }) {
  return (
    <EmptyState
      data-testid="ledger-empty"
      title={<span className="text-lg">No payments yet</span>}
      description="Import your bank or accounting export each month, or add a payment by hand, to see what each technology really costs against its plan."
      action={
        canImport ? (
          <Link href={`/w/${slug}/actuals/import`} className={buttonVariants()}>
            Import a bank file
          </Link>
        ) : (
          <p className="text-sm text-slate-500">Ask a member of this workspace to import the first bank file.</p>
        )
      }
    />
  );
}
