import { describe, expect, it } from "vitest";
import { auditHref, parseAuditSearch } from "./audit-filter";

const options = { people: ["u-1", "deleted"], entities: ["goal", "investment"] };

describe("parseAuditSearch", () => {
  it("keeps values that are among the options and real days", () => {
    expect(parseAuditSearch({ person: "u-1", entity: "goal", from: "2026-02-28", to: "2026-03-31", page: "3" }, options)).toEqual({
      person: "u-1",
      entity: "goal",
      from: "2026-02-28",
      to: "2026-03-31",
      page: 3,
    });
  });

  it("drops bad values instead of failing", () => {
    expect(parseAuditSearch({ person: "someone-else", entity: "organization", from: "2026-02-30", to: "soon", page: "-1" }, options)).toEqual({ page: 1 });
    expect(parseAuditSearch({ page: "2.5" }, options).page).toBe(1);
    expect(parseAuditSearch({ page: "99999999999" }, options).page).toBe(1);
    expect(parseAuditSearch({ person: ["u-1", "x"], page: ["2", "3"] }, options)).toMatchObject({ person: "u-1", page: 2 });
    expect(parseAuditSearch({}, options)).toEqual({ page: 1 });
  });
});

describe("auditHref", () => {
  it("keeps the filter, leaves out page 1 and empty values", () => {
    expect(auditHref("/w/a/settings/audit", { page: 1 })).toBe("/w/a/settings/audit");
    expect(auditHref("/w/a/settings/audit", { entity: "goal", from: "2026-01-01", page: 1 }, 2)).toBe("/w/a/settings/audit?entity=goal&from=2026-01-01&page=2");
  });
});
