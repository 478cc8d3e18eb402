"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { pageRole } from "@/lib/auth/page-roles";
import { primaryAction, StatusPage } from "../../status-page";

/** Next.js gives the not-allowed page no props: the role it names is read from the path (lib/auth/page-roles.ts). */
export function ForbiddenMessage() {
  const page = pageRole(usePathname() ?? "");
  const dashboard = page ? `/w/${page.slug}/dashboard` : "/workspaces";
  return (
    <StatusPage
      status="403"
      title="Your role does not allow this page"
      titleTestId="forbidden-title"
      actions={<Link href={dashboard} className={primaryAction}>Back to the dashboard</Link>}
    >
      <p data-testid="forbidden-role">
        {page ? (
          <>
            This page needs the <strong>{page.role}</strong> role in this workspace, or a higher one.
          </>
        ) : (
          "This page needs a higher role in this workspace than yours."
        )}{" "}
        An owner or admin of the workspace can change your role on its Members page.
      </p>
    </StatusPage>
  );
}
