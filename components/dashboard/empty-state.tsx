import { EmptyPointer } from "@/components/scorecard/empty-state";

/** A workspace without technologies has nothing to add up yet: say where to start. */
export function EmptyDashboard({ slug }: { slug: string }) {
  return (
    <EmptyPointer
      testId="dashboard-empty"
      title="No technologies yet."
      before="Add the tools you pay for in the "
      link={{ href: `/w/${slug}/portfolio`, text: "portfolio" }}
      after=" to see what they cost and return."
    />
  );
}
