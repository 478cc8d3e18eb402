import Link from "next/link";
import { label } from "@/lib/domain/labels";
import type { IntegrationMap } from "@/lib/integrations/types";

/** The technologies that exchange no data with any other: duplicated typing, or simply not recorded yet. */
export function SiloList({ map, slug }: { map: IntegrationMap; slug: string }) {
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const silos = map.silos.map((id) => byId.get(id)!).filter(Boolean);
  return (
    <section aria-labelledby="silo-list-heading" data-testid="silo-list">
      <h3 id="silo-list-heading" className="text-base font-semibold text-slate-900">
        Silos ({silos.length})
      </h3>
      {silos.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">Every technology exchanges data with at least one other.</p>
      ) : (
        <>
          <p className="mt-0.5 text-sm text-slate-600">
            No data in or out: people re-key what these hold, or their links are not recorded yet. Retired technologies are not listed.
          </p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {silos.map((n) => (
              <li key={n.id} data-testid="silo-item">
                <Link
                  href={`/w/${slug}/portfolio/${n.id}`}
                  className="inline-block rounded-md border border-amber-300 bg-amber-50 px-2.5 py-1 text-sm text-amber-900 hover:bg-amber-100"
                >
                  {n.name} <span className="text-xs text-amber-700">· {label(n.category)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
