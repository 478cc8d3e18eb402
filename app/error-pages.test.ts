// The pages shown instead of a failed or refused one, rendered as the server would.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

const path = vi.hoisted(() => ({ current: "/" }));
vi.mock("next/navigation", () => ({ usePathname: () => path.current, useParams: () => ({ slug: "acme" }) }));
const { ErrorMessage } = await import("./error-message");
const WorkspaceError = (await import("./w/[slug]/error")).default;
const Forbidden = (await import("./w/[slug]/forbidden")).default;

const render = (element: React.ReactElement) => renderToStaticMarkup(element);

describe("the error page", () => {
  it("says what to do, offers Try again and the way back, and shows the digest but never the error's message or stack", () => {
    const error = Object.assign(new Error("duplicate key value violates unique constraint users_email_key"), { digest: "4106221337" });
    const html = render(createElement(WorkspaceError, { error, retry: () => {} }));
    expect(html).toContain("Something went wrong");
    expect(html).toContain("Try again");
    expect(html).toContain('href="/w/acme/dashboard"');
    expect(html).toContain("Back to the dashboard");
    expect(html).toContain("Reference: 4106221337");
    expect(html).not.toContain("duplicate key");
    expect(html).not.toContain("users_email_key");
    expect(html).not.toMatch(/at \w+ \(/);
  });

  it("shows no reference for a thrown value that is not an Error", () => {
    const html = render(createElement(ErrorMessage, { error: "boom", retry: () => {}, back: { href: "/workspaces", label: "Go to your workspaces" } }));
    expect(html).not.toContain("Reference");
    expect(html).not.toContain("boom");
  });
});

describe("the not-allowed page", () => {
  it.each([
    ["/w/acme/settings/data", "owner"],
    ["/w/acme/goals/new", "admin"],
    ["/w/acme/portfolio/0b5e/edit", "member"],
  ])("names the role %s needs: %s", (pathname, role) => {
    path.current = pathname;
    const html = render(createElement(Forbidden));
    expect(html).toContain('data-testid="forbidden-title"');
    expect(html).toContain(`needs the <strong>${role}</strong> role`);
    expect(html).toContain('href="/w/acme/dashboard"');
  });
});
