import Link from "next/link";
import { primaryAction, StatusPage } from "./status-page";

export default function NotFound() {
  return (
    <main className="flex min-h-screen items-center justify-center">
      <StatusPage status="404" title="Page not found" titleTestId="not-found-title" actions={<Link href="/workspaces" className={primaryAction}>Go to your workspaces</Link>}>
        <p>This page doesn&apos;t exist, or you don&apos;t have access to it.</p>
      </StatusPage>
    </main>
  );
}
