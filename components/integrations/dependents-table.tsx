import { Card } from "@tremor/react";
import Link from "next/link";
import { label } from "@/lib/domain/labels";
import type { IntegrationMap } from "@/lib/integrations/types";

const th = "px-4 py-2 text-left text-xs font-medium uppercase tracking-wide text-slate-500";
const td = "px-4 py-2 text-sm text-slate-700";
const num = "px-4 py-2 text-right text-sm tabular-nums text-slate-900";

/** What breaks if we drop it: every technology with the number that depend on it, most depended-on first. */
export function DependentsTable({ map, slug }: { map: IntegrationMap; slug: string }) {
  const receives = new Map<string, Set<string>>();
  for (const e of map.edges) (receives.get(e.to) ?? receives.set(e.to, new Set()).get(e.to)!).add(e.from);
  const silo = new Set(map.silos);
  const rows = map.nodes
    .map((n) => ({ ...n, ...(map.dependents[n.id] ?? { direct: 0, transitive: 0 }), providers: receives.get(n.id)?.size ?? 0 }))
    .sort((a, b) => b.transitive - a.transitive || b.direct - a.direct || a.name.localeCompare(b.name));
  return (
    <section aria-labelledby="dependents-heading">
      <h3 id="dependents-heading" className="text-base font-semibold text-slate-900">
        What depends on what
      </h3>
      <p className="mt-0.5 text-sm text-slate-600">
        Depends on it = every technology downstream, directly or through another one: what stops getting its data if it is dropped.
      </p>
      <Card className="mt-3 overflow-x-auto p-0">
        <table className="w-full min-w-[36rem]" data-testid="dependents-table">
          <caption className="sr-only">Technologies by the number of technologies that depend on them</caption>
          <thead className="border-b border-slate-100">
            <tr>
              <th scope="col" className={th}>Technology</th>
              <th scope="col" className={th}>Category</th>
              <th scope="col" className={`${th} text-right`}>Receives from</th>
              <th scope="col" className={`${th} text-right`}>Sends to</th>
              <th scope="col" className={`${th} text-right`}>Depends on it</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.id} data-testid="dependents-row" data-id={r.id}>
                <th scope="row" className={`${td} text-left font-medium`}>
                  <Link href={`/w/${slug}/portfolio/${r.id}`} className="text-indigo-700 hover:underline">
                    {r.name}
                  </Link>
                  {silo.has(r.id) && <span className="ml-2 rounded bg-amber-50 px-1.5 py-0.5 text-xs text-amber-800">silo</span>}
                </th>
                <td className={td}>{label(r.category)}</td>
                <td className={num}>{r.providers}</td>
                <td className={num}>{r.direct}</td>
                <td className={`${num} font-semibold`} data-testid="dependents-transitive">
                  {r.transitive}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </section>
  );
}
