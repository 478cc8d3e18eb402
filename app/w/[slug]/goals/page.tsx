import type { Metadata } from "next";
import Link from "next/link";
import { AlignmentFigures } from "@/components/goals/alignment-figures";
import { AlignmentMatrix } from "@/components/goals/alignment-matrix";
import { GoalList } from "@/components/goals/goal-list";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatsOf, hasRole } from "@/lib/auth/tenant-context";
import { getTenant } from "@/lib/auth/tenant";
import { loadGoals, type GoalsPageData } from "@/lib/goals/view";

export const metadata: Metadata = { title: "Goals & alignment" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ saved?: string | string[] }> };

const link = buttonVariants({ variant: "link" });

export default async function GoalsPage({ params, searchParams }: Props) {
  const [{ slug }, { saved }] = await Promise.all([params, searchParams]);
  const ctx = await getTenant(slug);
  const loaded = await loadGoals(ctx);
  const isAdmin = hasRole(ctx, "admin");
  const { goals, technologies } = loaded.matrix;

  return (
    <div data-testid="goals-page" className="space-y-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeader title="Goals & alignment" description="Your strategic goals, and how strongly each technology serves them." />
        {isAdmin && (
          <Link href={`/w/${ctx.org.slug}/goals/new`} className={buttonVariants()} data-testid="new-goal">
            Add goal
          </Link>
        )}
      </div>
      {saved && (
        <p role="status" className="-mt-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          Goal saved.
        </p>
      )}
      {goals.length > 0 && technologies.length > 0 && <AlignmentFigures slug={ctx.org.slug} formats={formatsOf(ctx)} view={loaded.view} />}
      <GoalsSection slug={ctx.org.slug} isAdmin={isAdmin} loaded={loaded} />
      <MatrixSection slug={ctx.org.slug} isAdmin={isAdmin} loaded={loaded} />
    </div>
  );
}

type SectionProps = { slug: string; isAdmin: boolean; loaded: GoalsPageData };

function GoalsSection({ slug, isAdmin, loaded }: SectionProps) {
  return (
    <section aria-labelledby="goals-title" className="space-y-3">
      <h2 id="goals-title" className="text-lg font-semibold">
        Goals
      </h2>
      {loaded.matrix.goals.length > 0 ? (
        <GoalList slug={slug} rows={loaded.goals} canEdit={isAdmin} />
      ) : (
        <EmptyState
          data-testid="goals-empty"
          title="No goals yet."
          description="Goals are what your technologies are for, e.g. “Grow online revenue 20% by Dec 2027”."
          action={
            isAdmin ? (
              <Link href={`/w/${slug}/goals/new`} className={link}>
                Add your first goal
              </Link>
            ) : (
              <p className="text-sm text-slate-600">An admin of this workspace can add them.</p>
            )
          }
        />
      )}
    </section>
  );
}

function MatrixSection({ slug, isAdmin, loaded: { matrix, view } }: SectionProps) {
  return (
    <section aria-labelledby="matrix-title" className="space-y-3">
      <h2 id="matrix-title" className="text-lg font-semibold">
        Alignment matrix
      </h2>
      {matrix.technologies.length === 0 ? (
        <EmptyState
          data-testid="matrix-empty"
          title="No technologies yet."
          description={
            <>
              <Link href={`/w/${slug}/portfolio`} className={link}>
                Add technologies to your portfolio
              </Link>{" "}
              to rate how each serves your goals.
            </>
          }
        />
      ) : matrix.goals.length === 0 ? (
        <EmptyState data-testid="matrix-empty" title="The matrix rates each technology against each goal; it appears once there is a goal." />
      ) : (
        <AlignmentMatrix
          slug={slug}
          canEdit={isAdmin}
          goals={matrix.goals}
          technologies={matrix.technologies}
          alignments={matrix.alignments}
          scores={view.scores}
          servedBy={view.servedBy}
        />
      )}
    </section>
  );
}
