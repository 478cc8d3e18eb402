import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { Formats } from "@/lib/format";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const { ActualBenefitsPanel } = await import("./benefit-list");
const { ActualBenefitForm } = await import("./benefit-form");

const de: Formats = { locale: "de-DE", currency: "EUR" };
const entries = [
  { id: "e2", version: 3, month: "2026-02-01", amountCents: 245_050, description: "Online revenue" },
  { id: "e1", version: 1, month: "2026-01-01", amountCents: -12_000, description: "" },
];

describe("ActualBenefitsPanel", () => {
  it("lists each month's amount the workspace's way, with edit, delete and the add form for a member", () => {
    const out = renderToStaticMarkup(createElement(ActualBenefitsPanel, { slug: "cafe", technologyId: "t1", formats: de, entries, canEdit: true, defaultMonth: "2026-03" }));
    expect(out.match(/data-testid="actual-benefit-e\d"/g)).toEqual(['data-testid="actual-benefit-e2"', 'data-testid="actual-benefit-e1"']);
    for (const text of ["Februar 2026", "2.450,50", "-120,00", "Online revenue", 'data-testid="delete-actual-benefit-e2"', 'data-testid="actual-benefit-form"', 'name="investmentId" value="t1"', 'value="2026-03"']) {
      expect(out).toContain(text);
    }
  });

  it("a viewer reads the list without any way to change it; nothing entered says so", () => {
    const out = renderToStaticMarkup(createElement(ActualBenefitsPanel, { slug: "cafe", technologyId: "t1", formats: de, entries, canEdit: false }));
    expect(out).toContain("2.450,50");
    for (const text of ["actual-benefit-form", "delete-actual-benefit", ">Edit<"]) expect(out).not.toContain(text);
    expect(renderToStaticMarkup(createElement(ActualBenefitsPanel, { slug: "cafe", technologyId: "t1", formats: de, entries: [], canEdit: false }))).toContain(
      "No benefit amounts entered yet.",
    );
  });
});

describe("ActualBenefitForm", () => {
  it("an edit carries the entry and the version it read, its amount as typed text", () => {
    const out = renderToStaticMarkup(
      createElement(ActualBenefitForm, { slug: "cafe", technologyId: "t1", formats: de, existing: { id: "e2", version: 3, month: "2026-02", amount: "2450,5", description: "Online revenue" } }),
    );
    for (const text of ['name="id" value="e2"', 'name="version" value="3"', 'value="2026-02"', 'value="2450,5"', "€", ">Save<"]) expect(out).toContain(text);
    expect(out).not.toContain('name="investmentId"');
  });
});
