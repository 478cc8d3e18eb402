import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

/** A workspace without technologies has nothing to place or add up yet: say where to start. */
export function EmptyStrategy({ slug }: { slug: string }) {
  return (
    <EmptyState
      data-testid="strategy-empty"
      title="No technologies yet."
      description={
        <>
          Add the tools you pay for in the{" "}
          <Link href={`/w/${slug}/portfolio`} className="text-indigo-700 hover:underline">
            portfolio
          </Link>
          , with the value-chain activity each serves, to see where they sit on the TIME map and where the money goes.
        </>
      }
    />
  );
}
