"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export const sections = [
  { path: "dashboard", label: "Dashboard" },
  { path: "portfolio", label: "Portfolio" },
  { path: "actuals", label: "Actuals" },
  { path: "goals", label: "Goals" },
  { path: "strategy", label: "Strategy" },
  { path: "kpis", label: "KPIs" },
  { path: "scorecard", label: "Scorecard" },
  { path: "benefits", label: "Benefits" },
  { path: "scenarios", label: "Scenarios" },
  { path: "reports", label: "Reports" },
  { path: "benchmark", label: "Benchmark" },
  { path: "settings", label: "Settings" },
] as const;

export function NavLinks({ slug }: { slug: string }) {
  const pathname = usePathname();
  return (
    <ul className="space-y-0.5">
      {sections.map((s) => {
        const href = `/w/${slug}/${s.path}`;
        const active = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <li key={s.path}>
            <Link
              href={href}
              aria-current={active ? "page" : undefined}
              className={`block rounded-md px-3 py-2 text-sm ${active ? "bg-indigo-50 font-medium text-indigo-700" : "text-slate-700 hover:bg-slate-100"}`}
            >
              {s.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
