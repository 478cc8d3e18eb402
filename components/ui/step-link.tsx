import Link from "next/link";
import type { ReactNode } from "react";
import { buttonVariants } from "./button";

/** The previous/next links of a period picker (month, quarter), looking like buttons. */
export const stepLinkClass = buttonVariants({ variant: "secondary", size: "sm", className: "h-9 py-0" });

/** A link to the period before or after; greyed out, not a link, when there is none. */
export function StepLink({ href, rel, children, none }: { href: string | null; rel: "prev" | "next"; children: ReactNode; none: ReactNode }) {
  if (!href) {
    return (
      <span className="inline-flex h-9 items-center rounded-md border border-slate-200 px-3 text-sm text-slate-400" aria-disabled="true">
        {none}
      </span>
    );
  }
  return (
    <Link href={href} className={stepLinkClass} rel={rel}>
      {children}
    </Link>
  );
}
