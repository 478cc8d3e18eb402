"use client";

import { ErrorMessage, type ErrorProps } from "./error-message";

/** A page outside the workspaces failed (sign-in, the workspace list, an invitation). */
export default function RootError(props: ErrorProps) {
  return (
    <main className="flex min-h-screen items-center justify-center">
      <ErrorMessage {...props} back={{ href: "/workspaces", label: "Go to your workspaces" }} />
    </main>
  );
}
