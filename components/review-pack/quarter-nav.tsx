import { StepLink } from "@/components/ui/step-link";
import { quarterLabel, quarterParam, type Quarter } from "@/lib/review-pack/quarter";

/** The quarter before and after, as links the URL keeps (`?quarter=YYYY-Qn`); not printed. */
export function QuarterNav({ path, nav }: { path: string; nav: { previous: Quarter | null; next: Quarter | null } }) {
  const href = (q: Quarter | null) => (q ? `${path}?quarter=${quarterParam(q)}` : null);
  return (
    <nav aria-label="Quarter" className="flex gap-2 print:hidden" data-testid="review-pack-quarter-nav">
      <StepLink href={href(nav.previous)} rel="prev" none="← Earlier">
        ← {nav.previous && quarterLabel(nav.previous)}
      </StepLink>
      <StepLink href={href(nav.next)} rel="next" none="Later →">
        {nav.next && quarterLabel(nav.next)} →
      </StepLink>
    </nav>
  );
}
