import type { Metadata } from "next";
import { DeleteWorkspace } from "@/components/workspace-data/delete-workspace";
import { ImportForm } from "@/components/workspace-data/import-form";
import { getTenant } from "@/lib/auth/tenant";

export const metadata: Metadata = { title: "Your data" };

type Props = { params: Promise<{ slug: string }> };

export default async function WorkspaceDataPage({ params }: Props) {
  const { slug } = await params;
  const ctx = await getTenant(slug, { role: "owner" });
  const base = `/w/${ctx.org.slug}/settings/data`;

  return (
    <div className="space-y-10" data-testid="data-page">
      <section aria-labelledby="export-title" className="space-y-3">
        <h2 id="export-title" className="text-lg font-semibold">
          Export
        </h2>
        <p className="text-sm text-slate-600">
          One JSON file with this workspace&rsquo;s settings, goals, technologies and their costs, benefits, risks and scores, KPIs and their
          values, scenarios and integrations. Members, invitations and the audit log are not included.
        </p>
        <a
          href={`${base}/export.json`}
          download
          data-testid="export-json"
          className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50"
        >
          Download workspace (.json)
        </a>{" "}
        <a
          href={`${base}/export.zip`}
          download
          data-testid="export-zip"
          className="ml-2 inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50"
        >
          Download as CSV files (zip)
        </a>
        <p className="text-xs text-slate-500">The zip holds one CSV per table, for spreadsheets; only the JSON file can be imported.</p>
      </section>

      <section aria-labelledby="import-title" className="space-y-3">
        <h2 id="import-title" className="text-lg font-semibold">
          Import as a new workspace
        </h2>
        <p className="text-sm text-slate-600">
          Creates a new workspace that you own from an export (up to 10 MB). This workspace is not changed.
        </p>
        <ImportForm action={`${base}/import`} />
      </section>

      <section aria-labelledby="delete-title" className="space-y-3 rounded-lg border border-red-200 p-4">
        <h2 id="delete-title" className="text-lg font-semibold text-red-700">
          Delete this workspace
        </h2>
        <p className="text-sm text-slate-600">
          Deletes {ctx.org.name} with all its data, members, invitations and audit log, for everyone. This cannot be undone; export it first
          to keep a copy.
        </p>
        <DeleteWorkspace slug={ctx.org.slug} name={ctx.org.name} />
      </section>
    </div>
  );
}
