import type { Metadata } from "next";
import { DeleteWorkspace } from "@/components/workspace-data/delete-workspace";
import { ImportForm } from "@/components/workspace-data/import-form";
import { buttonVariants } from "@/components/ui/button";
import { getTenant } from "@/lib/auth/tenant";

export const metadata: Metadata = { title: "Your data" };

type Props = { params: Promise<{ slug: string }> };

const download = buttonVariants({ variant: "secondary", size: "sm" });

export default async function WorkspaceDataPage({ params }: Props) {
  const { slug } = await params;
  const ctx = await getTenant(slug, { role: "owner" });
  const base = `/w/${ctx.org.slug}/settings/data`;

  return (
    <div className="space-y-10" data-testid="data-page">
      <DataSection id="export" title="Export">
        <p className="text-sm text-slate-600">
          One JSON file with this workspace&rsquo;s settings, goals, technologies and their costs, benefits, risks and scores, KPIs and their
          values, scenarios and integrations. Members, invitations and the audit log are not included.
        </p>
        <div className="flex flex-wrap gap-2">
          <a href={`${base}/export.json`} download data-testid="export-json" className={download}>
            Download workspace (.json)
          </a>
          <a href={`${base}/export.zip`} download data-testid="export-zip" className={download}>
            Download as CSV files (zip)
          </a>
        </div>
        <p className="text-xs text-slate-500">The zip holds one CSV per table, for spreadsheets; only the JSON file can be imported.</p>
      </DataSection>

      <DataSection id="import" title="Import as a new workspace">
        <p className="text-sm text-slate-600">
          Creates a new workspace that you own from an export (up to 10 MB). This workspace is not changed.
        </p>
        <ImportForm action={`${base}/import`} />
      </DataSection>

      <DataSection id="delete" title="Delete this workspace" danger>
        <p className="text-sm text-slate-600">
          Deletes {ctx.org.name} with all its data, members, invitations and audit log, for everyone. This cannot be undone; export it first
          to keep a copy.
        </p>
        <DeleteWorkspace slug={ctx.org.slug} name={ctx.org.name} />
      </DataSection>
    </div>
  );
}

function DataSection({ id, title, danger = false, children }: { id: string; title: string; danger?: boolean; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className={danger ? "space-y-3 rounded-lg border border-red-200 p-4" : "space-y-3"}>
      <h2 id={`${id}-title`} className={danger ? "text-lg font-semibold text-red-700" : "text-lg font-semibold"}>
        {title}
      </h2>
      {children}
    </section>
  );
}
