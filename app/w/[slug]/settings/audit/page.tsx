import type { Metadata } from "next";
import Link from "next/link";
import { AuditFilters } from "@/components/settings/audit-filters";
import { AuditPager } from "@/components/settings/audit-pager";
import { AuditTable } from "@/components/settings/audit-table";
import { getTenant } from "@/lib/auth/tenant";
import { auditHref } from "@/lib/settings/audit-filter";
import { DELETED_USER, loadAuditLog } from "@/lib/settings/view";

export const metadata: Metadata = { title: "Audit log" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ params, searchParams }: Props) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const ctx = await getTenant(slug, { role: "admin" });
  const { options, search, log } = await loadAuditLog(ctx, raw);
  const base = `/w/${ctx.org.slug}/settings/audit`;
  const filtered = Boolean(search.person || search.entity || search.from || search.to);

  return (
    <section aria-labelledby="audit-title" className="space-y-4">
      <div>
        <h2 id="audit-title" className="text-lg font-semibold">
          Audit log
        </h2>
        <p className="mt-1 text-sm text-slate-600">Every change in this workspace: who made it, when, and what it changed. Newest first.</p>
      </div>
      <AuditFilters base={base} search={search} people={options.people} entities={options.entities} deletedValue={DELETED_USER} />
      {log.rows.length > 0 ? (
        <AuditTable slug={ctx.org.slug} rows={log.rows} locale={ctx.org.locale} />
      ) : (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600" data-testid="audit-log">
          {log.total > 0 ? (
            <>
              No entries on this page.{" "}
              <Link href={auditHref(base, search, 1)} className="font-medium text-indigo-700 hover:underline">
                Back to the newest
              </Link>
            </>
          ) : filtered ? (
            "No changes match these filters."
          ) : (
            "No changes recorded yet."
          )}
        </div>
      )}
      <AuditPager base={base} search={search} pageCount={log.pageCount} total={log.total} />
    </section>
  );
}
