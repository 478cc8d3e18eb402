import type { Metadata } from "next";
import Link from "next/link";
import { RoleBadge } from "@/components/workspace/role-badge";
import { SignOutButton } from "@/components/workspace/sign-out-button";
import { listWorkspacesForUser } from "@/db/queries/tenants";
import { requireUserId } from "@/lib/auth/tenant";
import { humanize } from "@/lib/format";

export const metadata: Metadata = { title: "Your workspaces" };

export default async function WorkspacesPage() {
  const userId = await requireUserId("/workspaces");
  const workspaces = await listWorkspacesForUser(userId);
  return (
    <main className="mx-auto max-w-4xl p-6 sm:p-10">
      <header className="mb-8 flex items-center justify-between">
        <div>
          <p className="text-sm font-semibold text-indigo-700">Techfolio</p>
          <h1 className="text-2xl font-semibold tracking-tight">Your workspaces</h1>
        </div>
        <SignOutButton />
      </header>
      {workspaces.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
          <p className="font-medium">You&apos;re not a member of any workspace yet.</p>
          <p className="mt-1 text-sm text-slate-600">Ask a workspace admin to invite you.</p>
        </div>
      ) : (
        <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm" data-testid="workspaces-table">
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">Workspace</th>
                <th scope="col" className="px-4 py-3 font-medium">Industry</th>
                <th scope="col" className="px-4 py-3 font-medium">Your role</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {workspaces.map((w) => (
                <tr key={w.slug} className="hover:bg-slate-50">
                  <td className="px-4 py-3">
                    <Link href={`/w/${w.slug}/dashboard`} className="font-medium text-indigo-700 hover:underline">
                      {w.name}
                    </Link>
                  </td>
                  <td className="px-4 py-3 text-slate-600">{humanize(w.industry)}</td>
                  <td className="px-4 py-3">
                    <RoleBadge role={w.role} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
