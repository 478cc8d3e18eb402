import { SettingsNav } from "@/components/settings/settings-nav";
import { hasRole } from "@/lib/auth/tenant-context";
import { getTenant } from "@/lib/auth/tenant";

// No loading.tsx here: a page's notFound() or forbidden() must reach its page (and its 404 or 403 status) unchanged.
export default async function SettingsLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await getTenant(slug);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight">Settings</h1>
      <SettingsNav slug={ctx.org.slug} canSeeAudit={hasRole(ctx, "admin")} canManageData={ctx.role === "owner"} />
      {children}
    </div>
  );
}
