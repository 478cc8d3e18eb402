import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

type PointerProps = {
  testId: string;
  title: string;
  /** The description around the link: `before` ends and `after` starts with its own spacing or punctuation. */
  before: string;
  link: { href: string; text: string };
  after: string;
  className?: string;
};

/** An empty state whose description sends the reader to the page where the missing things are added. */
export function EmptyPointer({ testId, title, before, link, after, className }: PointerProps) {
  return (
    <EmptyState
      className={className}
      data-testid={testId}
      title={title}
      description={
        <>
          {before}
          <Link href={link.href} className="text-indigo-700 hover:underline">
            {link.text}
          </Link>
          {after}
        </>
      }
    />
  );
}

export function EmptyScorecard({ slug }: { slug: string }) {
  return (
    <EmptyPointer
      testId="scorecard-empty"
      title="Define KPIs to see your scorecard"
      before="Add the measures you review each month on the "
      link={{ href: `/w/${slug}/kpis`, text: "KPIs page" }}
      after="; the scorecard scores them across the four perspectives."
    />
  );
}
