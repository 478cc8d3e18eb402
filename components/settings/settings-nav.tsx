"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

type Item = { path: string; label: string };

/** The settings' sub-navigation; the audit log is offered to admins and owners only, as only they may open it. */
export function SettingsNav({ slug, canSeeAudit, canManageData = false }: { slug: string; canSeeAudit: boolean; canManageData?: boolean }) {
  const pathname = usePathname();
  const base = `/w/${slug}/settings`;
  const items: Item[] = [
    { path: "", label: "Workspace" },
    { path: "/members", label: "Members" },
    ...(canSeeAudit ? [{ path: "/audit", label: "Audit log" }] : []),
    // Export, import and delete the workspace: owners only.
    ...(canManageData ? [{ path: "/data", label: "Your data" }] : []),
  ];
  return (
    <nav aria-label="Settings" data-testid="settings-nav" className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex gap-4">
        {items.map((item) => {
          const href = `${base}${item.path}`;
          const active = item.path === "" ? pathname === base : pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={item.path || "workspace"}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={`inline-block border-b-2 px-1 pb-2 text-sm ${active ? "border-indigo-600 font-medium text-indigo-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
