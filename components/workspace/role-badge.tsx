import type { Role } from "@/lib/domain/values";

const styles: Record<Role, string> = {
  owner: "bg-indigo-50 text-indigo-700 ring-indigo-200",
  admin: "bg-sky-50 text-sky-700 ring-sky-200",
  member: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  viewer: "bg-slate-100 text-slate-700 ring-slate-200",
};

export function RoleBadge({ role }: { role: Role }) {
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium capitalize ring-1 ring-inset ${styles[role]}`}>{role}</span>;
}
