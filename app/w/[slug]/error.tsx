"use client";

import { useParams } from "next/navigation";
import { ErrorMessage, type ErrorProps } from "../../error-message";

/** A workspace page failed: shown inside the workspace's navigation, with the way back to its dashboard. */
export default function WorkspaceError(props: ErrorProps) {
  const { slug } = useParams<{ slug: string }>();
  return <ErrorMessage {...props} back={{ href: `/w/${slug}/dashboard`, label: "Back to the dashboard" }} />;
}
