import { label } from "@/lib/domain/labels";
import { Badge } from "@tremor/react";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { DeleteTechnologyButton } from "@/components/portfolio/form/delete-technology-button";
import { formatDate, type Locale } from "@/lib/format";
import type { TechnologyDetail } from "@/lib/portfolio/types";
import { quadrantColor, statusColor } from "./labels";

type Props = { detail: TechnologyDetail; slug: string; canEdit: boolean; locale: Locale };

/** Name, classification and the actions; Edit and Delete only for members and above. */
export function TechnologyHeader({ detail, slug, canEdit, locale }: Props) {
  const { investment: inv, row } = detail;
  return (
    <header className="mb-2">
      <Link href={`/w/${slug}/portfolio`} className="text-sm text-indigo-700 hover:underline">
        ← Portfolio
      </Link>
      <div className="mt-2 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight" data-testid="technology-name">
            {inv.name}
          </h1>
          <p className="mt-1 text-sm text-slate-600">
            {inv.vendor || "No vendor"} · {label(inv.category)} · {label(inv.valueChainActivity)}
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <Badge color={statusColor[inv.status]} data-testid="technology-status">
              {label(inv.status)}
            </Badge>
            {row.timeQuadrant && (
              <Badge color={quadrantColor[row.timeQuadrant]} title="TIME quadrant: business value against cost and risk" data-testid="technology-quadrant">
                TIME: {label(row.timeQuadrant)}
              </Badge>
            )}
          </div>
          <HeaderFacts detail={detail} slug={slug} locale={locale} />
        </div>
        {canEdit && (
          <div className="flex items-center gap-2">
            <Link href={`/w/${slug}/portfolio/${inv.id}/edit`} className={buttonVariants({ size: "sm" })} data-testid="edit-technology">
              Edit
            </Link>
            <DeleteTechnologyButton slug={slug} id={inv.id} version={inv.version} name={inv.name} />
          </div>
        )}
      </div>
      {inv.notes && <p className="mt-3 max-w-3xl whitespace-pre-line text-sm text-slate-700">{inv.notes}</p>}
    </header>
  );
}

function HeaderFacts({ detail: { investment: inv }, slug, locale }: Omit<Props, "canEdit">) {
  return (
    <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
      <div className="flex gap-1">
        <dt className="text-slate-500">Owner:</dt>
        <dd className="text-slate-900">{inv.ownerName || <span className="text-amber-700">not assigned</span>}</dd>
      </div>
      <div className="flex gap-1">
        <dt className="text-slate-500">Go-live:</dt>
        <dd className="text-slate-900">{inv.goLiveDate ? formatDate(inv.goLiveDate, locale) : "not set"}</dd>
      </div>
      <div className="flex gap-1">
        <dt className="text-slate-500">Useful life:</dt>
        <dd className="tabular-nums text-slate-900">{inv.usefulLifeMonths} months</dd>
      </div>
      <Link href={`/w/${slug}/benefits/${inv.id}`} className="text-indigo-700 hover:underline" data-testid="technology-impact-link">
        What its KPIs show: before and after go-live →
      </Link>
    </dl>
  );
}
