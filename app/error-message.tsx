"use client";

import Link from "next/link";
import { useEffect } from "react";
import { primaryAction, secondaryAction, StatusPage } from "./status-page";

export type ErrorProps = { error: unknown; retry: () => void };

/**
 * What a failed page shows instead: what happened, what to do, a retry and a way back. Never the error's
 * message or stack (in production Next.js sends only a digest for a server error anyway); the digest is
 * shown so a report can be matched with the server's log.
 */
export function ErrorMessage({ error, retry, back }: ErrorProps & { back: { href: string; label: string } }) {
  useEffect(() => console.error(error), [error]);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <StatusPage
      status="Error"
      title="Something went wrong"
      titleTestId="error-title"
      actions={
        <>
          <button type="button" onClick={() => retry()} className={primaryAction} data-testid="error-retry">
            Try again
          </button>
          <Link href={back.href} className={secondaryAction}>
            {back.label}
          </Link>
        </>
      }
    >
      <p>This page could not be shown. Try again; if it keeps happening, go back and try again in a few minutes.</p>
      {digest && <p className="mt-2 text-xs text-slate-500">Reference: {digest}</p>}
    </StatusPage>
  );
}
