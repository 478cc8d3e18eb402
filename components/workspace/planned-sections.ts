/** Sections that are planned but not built yet; a built section gets its own route, which takes precedence. */
export const plannedSections: Record<string, { title: string; summary: string; items: string[] }> = {
  goals: {
    title: "Goals & alignment",
    summary: "Your strategic goals and how each technology serves them.",
    items: ["Goals per scorecard perspective, with targets and dates", "An alignment matrix of goals × technologies", "The TIME map: tolerate, invest, migrate, eliminate"],
  },
  scenarios: {
    title: "Scenarios",
    summary: "How your portfolio holds up under uncertainty.",
    items: ["Optimistic, likely and pessimistic cases side by side", "Monte Carlo NPV distribution with P10 / P50 / P90", "A budget optimizer for proposed technologies"],
  },
  settings: {
    title: "Settings",
    summary: "Your workspace, its members and its history.",
    items: ["Workspace name, industry, currency, discount rate and fiscal year", "Members, roles and invitations", "The audit log of every change"],
  },
};
