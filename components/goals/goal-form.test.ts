import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/form-state";

// The answer the form shows: set per test, as `useActionState` would hold it after a post.
let answer: FormState = { ok: false };
vi.mock("react", async (importOriginal) => ({ ...(await importOriginal<typeof import("react")>()), useActionState: () => [answer, vi.fn(), false] }));
vi.mock("react-dom", async (importOriginal) => ({ ...(await importOriginal<typeof import("react-dom")>()), useFormStatus: () => ({ pending: false }) }));
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));
vi.mock("@/lib/goals/actions", () => ({ createGoal: vi.fn(), updateGoal: vi.fn() }));
vi.mock("@/lib/kpis/actions", () => ({ createKpi: vi.fn(), updateKpi: vi.fn() }));
const { GoalForm } = await import("./goal-form");
const { KpiForm } = await import("@/components/kpis/kpi-form");
const { typedValues } = await import("@/components/portfolio/form/use-action-form");

const initial = { title: "Grow online orders", perspective: "financial", weight: "10", targetText: "25% of sales", targetDate: "" };
/** The whole `<input>` tag of the field `name`, whatever order its attributes come in. */
const inputTag = (html: string, name: string) => html.match(new RegExp(`<input[^>]*name="${name}"[^>]*>`))?.[0] ?? "";
const goalForm = (id?: string) => renderToStaticMarkup(createElement(GoalForm, { slug: "cafe", initial, id }));

describe("the goal form posts named fields", () => {
  it("one per schema field, filled from the goal, and the id only when editing", () => {
    answer = { ok: false };
    const html = goalForm("g-1");
    for (const name of Object.keys(initial)) expect(html).toMatch(new RegExp(`name="${name}"`));
    expect(html).toMatch(/<input[^>]*name="title"[^>]*value="Grow online orders"/);
    expect(html).toMatch(/<option value="financial" selected="">/);
    expect(html).toMatch(/<input type="hidden" name="id" value="g-1"/);
    expect(goalForm()).not.toContain('name="id"');
  });

  it("shows the server's messages beside their fields and keeps what was typed", () => {
    answer = { ok: false, message: "Check the highlighted fields.", fieldErrors: { weight: ["Enter the weight as a whole number from 0 to 100."] }, values: { ...initial, weight: "1.000" } };
    const html = goalForm();
    expect(html).toContain('data-testid="form-message"');
    expect(inputTag(html, "weight")).toContain('aria-invalid="true"');
    expect(inputTag(html, "weight")).toContain('value="1.000"');
    expect(inputTag(html, "title")).not.toContain("aria-invalid");
    expect(html).toMatch(/data-testid="weight-error">Enter the weight as a whole number from 0 to 100\.</);
  });
});

describe("the KPI form", () => {
  it("keeps a refused post's values, selects included, and names the failing field", () => {
    const kpi = { name: "", perspective: "", unit: "", direction: "", baseline: "", target: "", targetDate: "", weight: "", investmentId: "", goalId: "", attribution: "equal" };
    answer = {
      ok: false,
      message: "Check the highlighted fields.",
      fieldErrors: { target: ["The target must differ from the baseline."] },
      values: { ...kpi, name: "NPS", unit: "count", baseline: "5", target: "5", attribution: "time_decay" },
    };
    const html = renderToStaticMarkup(createElement(KpiForm, { slug: "cafe", initial: kpi, technologies: [], goals: [] }));
    expect(inputTag(html, "name")).toContain('value="NPS"');
    expect(html).toMatch(/<option value="count" selected="">/);
    expect(html).toMatch(/<option value="time_decay" selected="">Time decay from each go-live/);
    expect(html).toMatch(/data-testid="target-error">The target must differ from the baseline\.</);
    expect(html).not.toMatch(/name="preset"/);
  });
});

describe("typedValues", () => {
  it("takes the echoed text over the initial values, ignores keys the form does not have, and re-keys the fields when they change", () => {
    const first = typedValues({ a: "1", b: "2" }, { ok: false, values: { b: "3", payload: "x" } });
    expect(first.values).toEqual({ a: "1", b: "3" });
    expect(typedValues({ a: "1", b: "2" }, { ok: false }).key).not.toBe(first.key);
  });
});
