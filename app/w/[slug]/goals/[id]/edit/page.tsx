import type { Metadata } from "next";
import Link from "next/link";
import { GoalForm } from "@/components/goals/goal-form";
import { PageHeader } from "@/components/ui/page-header";
import { getTenant, orNotFound } from "@/lib/auth/tenant";
import { loadGoalEditor } from "@/lib/goals/view";

export const metadata: Metadata = { title: "Edit goal" };

type Props = { params: Promise<{ slug: string; id: string }> };

export default async function EditGoalPage({ params }: Props) {
  const { slug, id } = await params;
  const ctx = await getTenant(slug, { role: "admin" });
  const goal = await orNotFound(loadGoalEditor(ctx, id));
  const initial = {
    title: goal.title,
    perspective: goal.perspective,
    weight: String(goal.weight),
    targetText: goal.targetText,
    targetDate: goal.targetDate ?? "",
  };
  return (
    <>
      <Link href={`/w/${ctx.org.slug}/goals`} className="text-sm text-indigo-700 hover:underline">
        ← Goals
      </Link>
      <PageHeader title={`Edit ${goal.title}`} />
      <GoalForm slug={ctx.org.slug} id={goal.id} initial={initial} />
    </>
  );
}
