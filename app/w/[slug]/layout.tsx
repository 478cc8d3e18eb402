import Link from "next/link";
import { NavLinks } from "@/components/workspace/nav-links";
import { RoleBadge } from "@/components/workspace/role-badge";
import { SignOutButton } from "@/components/workspace/sign-out-button";
import { WorkspaceSwitcher } from "@/components/workspace/workspace-switcher";
import { getTenant } from "@/lib/auth/tenant";
import { loadWorkspaceSwitcher } from "@/lib/workspaces/view";

export default async function WorkspaceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await getTenant(slug);
  const workspaces = await loadWorkspaceSwitcher(ctx);
  return (
    <div className="flex min-h-screen">
      <aside className="hidden w-60 shrink-0 flex-col border-r border-slate-200 bg-white p-4 md:flex print:hidden">
        <Link href="/workspaces" className="mb-4 px-1 text-sm font-semibold text-indigo-700">
          Techfolio
        </Link>
        <WorkspaceSwitcher current={ctx.org.slug} workspaces={workspaces} />
        <div className="mb-4 mt-2 px-1">
          <RoleBadge role={ctx.role} />
        </div>
        <nav aria-label="Workspace">
          <NavLinks slug={ctx.org.slug} />
        </nav>
        <div className="mt-auto flex items-center justify-between border-t border-slate-100 px-1 pt-4">
          <Link href="/workspaces" className="text-sm text-slate-600 hover:text-slate-900">
            All workspaces
          </Link>
          <SignOutButton />
        </div>
      </aside>
      <div className="min-w-0 flex-1">
        <div className="flex items-center gap-3 border-b border-slate-200 bg-white p-3 md:hidden print:hidden">
          <WorkspaceSwitcher current={ctx.org.slug} workspaces={workspaces} />
        </div>
        <main className="mx-auto max-w-[100rem] p-6 sm:p-8 print:max-w-none print:p-0">{children}</main>
      </div>
    </div>
  );
}
