import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { BeforeAfterCard } from "@/components/benefits/before-after-card";
import { BeforeAfterHowComputed } from "@/components/benefits/how-computed";
import { RealisationSummary } from "@/components/benefits/realisation-summary";
import { WindowForm } from "@/components/benefits/window-form";
import { PageHeader } from "@/components/ui/page-header";
import { getBeforeAfter } from "@/lib/realisation/view";
import { getTenant, orNotFound } from "@/lib/auth/tenant";
import { formatsOf, type TenantCtx } from "@/lib/auth/tenant-context";
import { windowLabel } from "@/lib/realisation/before-after";
import { formatMonth } from "@/lib/format";
import { toMonthParam } from "@/lib/scorecard/month";

type Search = { n?: string | string[]; month?: string | string[] };
type Props = { params: Promise<{ slug: string; id: string }>; searchParams: Promise<Search> };

/** One load per request, shared by the metadata and the page; another workspace's id is a plain 404. */
const load = cache(async (ctx: TenantCtx, id: string, n: Search["n"], month: Search["month"]) => orNotFound(getBeforeAfter(ctx, id, { n, month })));

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug, id }, { n, month }] = await Promise.all([params, searchParams]);
  const view = await load(await getTenant(slug), id, n, month);
  return { title: `${view.technology.name} — before and after` };
}

function Notice({ children, testId }: { children: React.ReactNode; testId: string }) {
  return (
    <section className="mt-6 rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-700" data-testid={testId}>
      {children}
    </section>
  );
}

type View = Awaited<ReturnType<typeof getBeforeAfter>>;
type Ready = Extract<View, { state: "ready" }>;
const link = "text-indigo-700 hover:underline";

export default async function BeforeAfterPage({ params, searchParams }: Props) {
  const [{ slug, id }, { n, month }] = await Promise.all([params, searchParams]);
  const ctx = await getTenant(slug);
  const view = await load(ctx, id, n, month);
  const formats = formatsOf(ctx);
  const base = `/w/${ctx.org.slug}`;
  const monthQuery = `?month=${toMonthParam(view.figures.figures.month)}`;
  return (
    <>
      <Link href={`${base}/benefits${monthQuery}`} className="text-sm text-indigo-700 hover:underline">
        ← Benefits realised
      </Link>
      <div className="mt-2">
        <PageHeader
          title={view.technology.name}
          description={
            view.state === "ready"
              ? `Went live in ${formatMonth(view.window.goLiveMonth, formats.locale)}. Its linked KPIs before and after, and what its business case has delivered so far.`
              : "What its business case has delivered so far, in money."
          }
        />
      </div>
      <RealisationSummary figures={view.figures} formats={formats} />

      <section aria-labelledby="before-after-heading" className="mt-8" data-testid="before-after">
        <h2 id="before-after-heading" className="text-lg font-semibold text-slate-900">
          Before and after go-live
        </h2>
        {view.state !== "ready" && <NothingToCompare view={view} base={base} />}
        {view.state === "ready" && <BeforeAfterKpis view={view} path={`${base}/benefits/${view.technology.id}`} formats={formats} />}
      </section>
    </>
  );
}

/** Why there is no before and after yet, and where to fix it. */
function NothingToCompare({ view, base }: { view: Exclude<View, Ready>; base: string }) {
  if (view.state === "no_kpis") {
    return (
      <Notice testId="before-after-no-kpis">
        No KPIs are linked to this technology yet. Link the measures it should move on the{" "}
        <Link href={`${base}/kpis`} className={link}>
          KPIs page
        </Link>{" "}
        to compare them before and after go-live.
      </Notice>
    );
  }
  return (
    <Notice testId="before-after-no-go-live">
      This technology has no go-live date yet, so there is no before and after to compare. Set it on the{" "}
      <Link href={`${base}/portfolio/${view.technology.id}/edit`} className={link}>
        technology&apos;s page
      </Link>{" "}
      once it is live.
    </Notice>
  );
}

/** The window chooser, what the windows are, and one before/after card per linked KPI. */
function BeforeAfterKpis({ view, path, formats }: { view: Ready; path: string; formats: ReturnType<typeof formatsOf> }) {
  const { locale } = formats;
  return (
    <>
      <div className="mt-3 space-y-2">
        <WindowForm path={path} n={view.n} month={view.figures.figures.month} />
        <p className="text-sm text-slate-600">
          Before: {windowLabel(view.window.before, locale)} · After: {windowLabel(view.window.after, locale)}. {formatMonth(view.window.goLiveMonth, locale)}, the
          go-live month, is the transition and is left out.
        </p>
      </div>
      <BeforeAfterHowComputed locale={locale} />
      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        {view.kpis.map((k) => (
          <BeforeAfterCard key={k.id} kpi={k} window={view.window} formats={formats} />
        ))}
      </div>
    </>
  );
}
