// "Your data" rendered as the server would: the owner sees export, import and delete; the workspace's other
// members the not-allowed page; anyone else the not-found page.
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { addMember, createTenant } from "@/test/factories";
import { session } from "@/test/page-render";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/lib/auth", async () => (await import("@/test/page-render")).authModule);
vi.mock("next/navigation", async () => (await import("@/test/page-render")).navigationModule);
const DataPage = (await import("./page")).default;

let a: TenantCtx;
let b: TenantCtx;

beforeAll(async () => {
  [a, b] = await Promise.all([createTenant("owner", { name: "Alpha & Sons" }), createTenant("owner")]);
});

beforeEach(() => {
  session.current = null;
});

const render = async (slug: string) => renderToStaticMarkup(await DataPage({ params: Promise.resolve({ slug }) }));

describe("the Your data page", () => {
  it("offers the owner the download, the import form and the delete button", async () => {
    session.current = { user: { id: a.userId } };
    const html = await render(a.org.slug);
    for (const id of ["data-page", "export-json", "export-zip", "import-form", "import-file", "import-submit", "delete-workspace", "delete-confirm-name", "delete-confirm"]) {
      expect(html).toContain(`data-testid="${id}"`);
    }
    expect(html).toContain(`href="/w/${a.org.slug}/settings/data/export.json"`);
    expect(html).toContain("Alpha &amp; Sons");
  });

  it("is not allowed to an admin, and does not exist for another workspace's owner or a signed-out visitor", async () => {
    session.current = { user: { id: (await addMember(a, "admin")).userId } };
    await expect(render(a.org.slug)).rejects.toThrow("NEXT_FORBIDDEN");
    session.current = { user: { id: b.userId } };
    await expect(render(a.org.slug)).rejects.toThrow("NEXT_NOT_FOUND");
    session.current = null;
    await expect(render(a.org.slug)).rejects.toThrow(/NEXT_REDIRECT \/sign-in/);
  });
});
