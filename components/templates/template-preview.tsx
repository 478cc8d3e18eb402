import { Card } from "@/components/ui/card";
import type { TemplatePreview as Preview } from "@/lib/templates/view";
import { label } from "@/lib/domain/labels";

function List({ title, added, skipped, kind }: { title: string; added: string[]; skipped: string[]; kind: "kpi" | "goal" }) {
  return (
    <Card as="section" padding="sm">
      <h2 className="font-medium text-slate-900">{title}</h2>
      <p className="mt-1 text-sm text-slate-600">
        {added.length} to add, {skipped.length} skipped (the name exists here already)
      </p>
      {added.length > 0 && (
        <ul className="mt-3 space-y-1 text-sm" aria-label={`${title} to add`}>
          {added.map((name, i) => (
            <li key={`${i}-${name}`} data-testid="template-add" data-kind={kind} className="text-slate-800">
              + {name}
            </li>
          ))}
        </ul>
      )}
      {skipped.length > 0 && (
        <ul className="mt-3 space-y-1 text-sm" aria-label={`${title} skipped`}>
          {skipped.map((name, i) => (
            <li key={`${i}-${name}`} data-testid="template-skip" data-kind={kind} className="text-slate-500 line-through">
              {name}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** What the copy would add and skip; links to technologies are never copied. */
export function TemplatePreview({ preview }: { preview: Preview }) {
  return (
    <div data-testid="template-preview" className="space-y-4">
      <p className="text-sm text-slate-600">
        From <span className="font-medium text-slate-900">{preview.source.name}</span>: KPI definitions (perspective, unit, direction, baseline, target,
        target date, weight) and goals. Links to technologies and goals, and KPI values, stay behind; the copies are independent of the source.
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        <List
          title="KPIs"
          kind="kpi"
          added={preview.kpis.add.map((k) => `${k.name} (${label(k.perspective)})`)}
          skipped={preview.kpis.skip}
        />
        <List title="Goals" kind="goal" added={preview.goals.add.map((g) => `${g.title} (${label(g.perspective)})`)} skipped={preview.goals.skip} />
      </div>
    </div>
  );
}
