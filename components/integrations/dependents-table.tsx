import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { TableShell, Td, Th } from "@/components/ui/table";
import { label } from "@/lib/domain/labels";
import type { IntegrationMap } from "@/lib/integrations/types";

const th = "px-4 text-xs uppercase tracking-wide text-slate-500";
const num = "px-4 text-slate-900";

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
      <TableShell shellClassName="mt-3" className="w-full min-w-[36rem] divide-y-0" data-testid="dependents-table">
        <caption className="sr-only">Technologies by the number of technologies that depend on them</caption>
        <thead className="border-b border-slate-100">
          <tr>
            <Th className={th}>Technology</Th>
            <Th className={th}>Category</Th>
            {["Receives from", "Sends to", "Depends on it"].map((c) => (
              <Th key={c} align="right" className={th}>
                {c}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <DependentRow key={r.id} row={r} slug={slug} silo={silo.has(r.id)} />
          ))}
        </tbody>
      </TableShell>
    </section>
  );
}

type RowData = { id: string; name: string; category: string; providers: number; direct: number; transitive: number };

function DependentRow({ row: r, slug, silo }: { row: RowData; slug: string; silo: boolean }) {
  return (
    <tr data-testid="dependents-row" data-id={r.id}>
      <Th scope="row" className="px-4 font-medium text-slate-700">
        <Link href={`/w/${slug}/portfolio/${r.id}`} className="text-indigo-700 hover:underline">
          {r.name}
        </Link>
        {silo && (
          <Badge tone="amber" className="ml-2">
            silo
          </Badge>
        )}
      </Th>
      <Td className="px-4">{label(r.category)}</Td>
      <Td align="right" className={num}>
        {r.providers}
      </Td>
      <Td align="right" className={num}>
        {r.direct}
      </Td>
      <Td align="right" className={`${num} font-semibold`} data-testid="dependents-transitive">
        {r.transitive}
      </Td>
    </tr>
  );
}
