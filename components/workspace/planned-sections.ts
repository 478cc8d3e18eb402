/** Sections that are planned but not built yet; a built section gets its own route, which takes precedence. */
export const plannedSections: Record<string, { title: string; summary: string; items: string[] }> = {
  settings: {
    title: "Settings",
    summary: "Your workspace, its members and its history.",
    items: ["Workspace name, industry, currency, discount rate and fiscal year", "Members, roles and invitations", "The audit log of every change"],
  },
};
