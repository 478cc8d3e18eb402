import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { buildAlignmentView } from "@/lib/goals/alignment-view";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));
vi.mock("@/lib/goals/actions", () => ({ saveAlignments: vi.fn(), deleteGoal: vi.fn() }));
const { AlignmentMatrix } = await import("./alignment-matrix");
const { AlignmentFigures } = await import("./alignment-figures");

const goals = [
  { id: "g-online", title: "Grow online orders", perspective: "financial" as const, weight: 30 },
  { id: "g-team", title: "Keep a skilled team", perspective: "learning_growth" as const, weight: 10 },
];
const technologies = [
  { id: "t-shop", name: "Web shop", status: "live", annualRunRateCents: 600_000 },
  { id: "t-chat", name: "Chat", status: "live", annualRunRateCents: 100_000 },
];
const alignments = [{ investmentId: "t-shop", goalId: "g-online", strength: 4 }];
const view = buildAlignmentView({ goals, technologies, alignments });

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;
const matrix = (canEdit: boolean) =>
  renderToStaticMarkup(createElement(AlignmentMatrix, { slug: "cafe", canEdit, goals, technologies, alignments, scores: view.scores, servedBy: view.servedBy }));

describe("AlignmentMatrix", () => {
  it("gives an admin one editable input per technology × goal, addressed by data attributes, and a save button", () => {
    const html = matrix(true);
    expect(html).toContain('data-testid="alignment-matrix"');
    expect(count(html, /<input[^>]*data-testid="alignment-cell"/g)).toBe(4);
    expect(html).toMatch(/<input[^>]*data-testid="alignment-cell"[^>]*data-goal="g-online"[^>]*data-technology="t-shop"[^>]*data-strength="4"[^>]*value="4"/);
    expect(html).toMatch(/<input[^>]*data-goal="g-team"[^>]*data-technology="t-chat"[^>]*data-strength="0"/);
    expect(html).toContain('aria-label="Web shop serves Grow online orders: 4 of 5, strong"');
    expect(html).toContain('data-testid="save-alignment"');
    expect(html).toContain('data-testid="alignment-message"');
  });

  it("shows members and viewers the same cells read-only, without a save button", () => {
    const html = matrix(false);
    expect(count(html, /<input/g)).toBe(0);
    expect(count(html, /<span[^>]*data-testid="alignment-cell"/g)).toBe(4);
    expect(html).not.toContain('data-testid="save-alignment"');
    expect(html).toContain("Read-only");
  });

  it("shows each technology's score as saved and how many technologies serve each goal", () => {
    const html = matrix(false);
    expect(html).toMatch(/data-testid="alignment-score">80</); // one goal at 4 of 5
    expect(html).toMatch(/data-testid="alignment-score">—</);
    expect(html).toContain('href="/w/cafe/portfolio/t-shop"');
  });
});

describe("AlignmentFigures", () => {
  it("shows the shares and flags, linking each idle technology to its page", () => {
    const html = renderToStaticMarkup(createElement(AlignmentFigures, { slug: "cafe", formats: { locale: "en-US", currency: "USD" }, view }));
    expect(html).toContain('data-testid="alignment-figures"');
    expect(html).toMatch(/data-testid="aligned-spend-share">85\.7%</); // 6,000 of 7,000
    expect(html).toMatch(/data-testid="goals-enabled-share">50\.0%</);
    expect(html).toMatch(/data-testid="goals-without-technology"[\s\S]*Keep a skilled team/);
    expect(html).toMatch(/data-testid="technologies-without-goal"[\s\S]*href="\/w\/cafe\/portfolio\/t-chat"[^>]*>Chat</);
    expect(html).not.toMatch(/technologies-without-goal[\s\S]*portfolio\/t-shop/);
  });

  it("writes the shares and amounts in the workspace's locale", () => {
    const html = renderToStaticMarkup(createElement(AlignmentFigures, { slug: "cafe", formats: { locale: "de-DE", currency: "EUR" }, view }));
    expect(html).toMatch(/data-testid="aligned-spend-share">85,7\u00a0%</);
    expect(html).toContain("6.000\u00a0€ of 7.000\u00a0€ annual run-rate.");
  });
});
