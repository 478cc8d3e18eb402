import Link from "next/link";
import type { CompletenessGap } from "@/lib/portfolio/types";
import { DetailSection } from "./section";

const hints: Record<CompletenessGap, { title: string; hint: string }> = {
  owner: { title: "Owner", hint: "Name the person accountable for this technology, so renewals and results have someone to answer for them." },
  benefit: { title: "Benefit", hint: "Add at least one benefit (hours saved × hourly rate, contacts deflected, revenue) — ROI and payback need it." },
  goal: { title: "Goal", hint: "Link the strategic goals this technology serves, with a strength of 1–5, for the alignment score." },
  risk: { title: "Risk", hint: "Assess at least one risk (likelihood × impact), even a low one, so the risk score is not blank." },
};

/** What the figures still lack; each gap with a hint of what to add. */
export function CompletenessSection({ missing, editHref, canEdit }: { missing: CompletenessGap[]; editHref: string; canEdit: boolean }) {
  return (
    <DetailSection id="completeness" title="Completeness">
      {missing.length === 0 ? (
        <p className="p-4 text-sm text-emerald-800">Complete — owner, benefits, goals and risks are all recorded.</p>
      ) : (
        <div className="p-4">
          <p className="text-sm text-slate-700">
            {missing.length} of 4 things missing for these figures to be trusted
            {canEdit && (
              <>
                {" — "}
                <Link href={editHref} className="text-indigo-700 hover:underline">
                  add them
                </Link>
              </>
            )}
            :
          </p>
          <ul className="mt-2 space-y-2" data-testid="completeness-missing">
            {missing.map((gap) => (
              <li key={gap} className="flex gap-2 text-sm">
                <span aria-hidden className="mt-1.5 size-2 shrink-0 rounded-full bg-amber-500" />
                <span>
                  <span className="font-medium text-slate-900">{hints[gap].title} missing.</span>{" "}
                  <span className="text-slate-600">{hints[gap].hint}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </DetailSection>
  );
}
