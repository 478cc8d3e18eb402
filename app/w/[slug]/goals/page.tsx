import type { Metadata } from "next";
import Link from "next/link";
import { AlignmentFigures } from "@/components/goals/alignment-figures";
import { AlignmentMatrix } from "@/components/goals/alignment-matrix";
import { GoalList } from "@/components/goals/goal-list";
import { PageHeader } from "@/components/ui/page-header";
import { getAlignmentMatrix, listGoals } from "@/db/queries/goals";
import { listPortfolio } from "@/lib/portfolio/view";
import { formatsOf, hasRole } from "@/lib/auth/tenant-context";
import { getTenant } from "@/lib/auth/tenant";
import { buildAlignmentView } from "@/lib/goals/alignment-view";

export const metadata: Metadata = { title: "Goals & alignment" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ saved?: string | string[] }> };

const primary = "rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500";
const emptyBox = "rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600";
const link = "font-medium text-indigo-700 hover:underline";

export default async function GoalsPage({ params, searchParams }: Props) {
  const [{ slug }, { saved }] = await Promise.all([params, searchParams]);
  const ctx = await getTenant(slug);
  const [goalRows, matrix, portfolio] = await Promise.all([listGoals(ctx), getAlignmentMatrix(ctx), listPortfolio(ctx)]);
  // Spend is the portfolio table's annual run-rate, so the figures here match the portfolio's.
  const runRate = new Map(portfolio.map((r) => [r.id, r.annualRunRateCents]));
  const view = buildAlignmentView({
    goals: matrix.goals,
    technologies: matrix.technologies.map((t) => ({ ...t, annualRunRateCents: runRate.get(t.id) ?? 0 })),
    alignments: matrix.alignments,
  });
  const isAdmin = hasRole(ctx, "admin");
  const base = `/w/${ctx.org.slug}`;
  const hasGoals = matrix.goals.length > 0;
  const hasTechnologies = matrix.technologies.length > 0;

  return (
    <div data-testid="goals-page" className="space-y-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeader title="Goals & alignment" description="Your strategic goals, and how strongly each technology serves them." />
        {isAdmin && (
          <Link href={`${base}/goals/new`} className={primary} data-testid="new-goal">
            Add goal
          </Link>
        )}
      </div>
      {saved && (
        <p role="status" className="-mt-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          Goal saved.
        </p>
      )}

      {hasGoals && hasTechnologies && <AlignmentFigures slug={ctx.org.slug} formats={formatsOf(ctx)} view={view} />}

      <section aria-labelledby="goals-title" className="space-y-3">
        <h2 id="goals-title" className="text-lg font-semibold">
          Goals
        </h2>
        {hasGoals ? (
          <GoalList slug={ctx.org.slug} rows={goalRows} canEdit={isAdmin} />
        ) : (
          <div className={emptyBox} data-testid="goals-empty">
            <p className="font-medium text-slate-800">No goals yet.</p>
            <p className="mt-1">Goals are what your technologies are for, e.g. “Grow online revenue 20% by Dec 2027”.</p>
            <p className="mt-3">
              {isAdmin ? (
                <Link href={`${base}/goals/new`} className={link}>
                  Add your first goal
                </Link>
              ) : (
                "An admin of this workspace can add them."
              )}
            </p>
          </div>
        )}
      </section>

      <section aria-labelledby="matrix-title" className="space-y-3">
        <h2 id="matrix-title" className="text-lg font-semibold">
          Alignment matrix
        </h2>
        {!hasTechnologies ? (
          <div className={emptyBox} data-testid="matrix-empty">
            <p className="font-medium text-slate-800">No technologies yet.</p>
            <p className="mt-1">
              <Link href={`${base}/portfolio`} className={link}>
                Add technologies to your portfolio
              </Link>{" "}
              to rate how each serves your goals.
            </p>
          </div>
        ) : !hasGoals ? (
          <p className={emptyBox} data-testid="matrix-empty">
            The matrix rates each technology against each goal; it appears once there is a goal.
          </p>
        ) : (
          <AlignmentMatrix
            slug={ctx.org.slug}
            canEdit={isAdmin}
            goals={matrix.goals}
            technologies={matrix.technologies}
            alignments={matrix.alignments}
            scores={view.scores}
            servedBy={view.servedBy}
          />
        )}
      </section>
    </div>
  );
}
