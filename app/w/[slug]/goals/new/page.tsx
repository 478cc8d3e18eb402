import type { Metadata } from "next";
import Link from "next/link";
import { GoalForm } from "@/components/goals/goal-form";
import { PageHeader } from "@/components/ui/page-header";
import { getTenant } from "@/lib/auth/tenant";

export const metadata: Metadata = { title: "Add a goal" };

const empty = { title: "", perspective: "", weight: "10", targetText: "", targetDate: "" };

export default async function NewGoalPage({ params }: { params: Promise<{ slug: string }> }) {
  const ctx = await getTenant((await params).slug, { role: "admin" });
  return (
    <>
      <Link href={`/w/${ctx.org.slug}/goals`} className="text-sm text-indigo-700 hover:underline">
        ← Goals
      </Link>
      <PageHeader title="Add a goal" description="A strategic objective with a measurable target, weighted against your other goals." />
      <GoalForm slug={ctx.org.slug} initial={empty} />
    </>
  );
}
