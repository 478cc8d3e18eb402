import { describe, expect, it } from "vitest";
import { z } from "zod";
import { newWorkspaceSchema } from "./schemas";

const errorsOf = (input: unknown) => {
  const r = newWorkspaceSchema.safeParse(input);
  return r.success ? {} : z.flattenError(r.error).fieldErrors;
};

describe("newWorkspaceSchema", () => {
  it("accepts a name, an ISO currency and an optional industry", () => {
    expect(newWorkspaceSchema.parse({ name: "  Harbor Bakery ", currency: "eur", industry: "" })).toEqual({ name: "Harbor Bakery", currency: "EUR", industry: "other" });
    expect(newWorkspaceSchema.parse({ name: "Ledger & Co", currency: "GBP", industry: "professional_services" }).industry).toBe("professional_services");
  });

  it("explains each refusal beside its field", () => {
    const errors = errorsOf({ name: " x ", currency: "XXY", industry: "space mining" });
    expect(errors.name).toEqual(["Name the workspace (at least 2 characters)."]);
    expect(errors.currency?.[0]).toMatch(/three-letter ISO code/);
    expect(errors.industry).toEqual(["Choose an industry from the list."]);
    expect(errorsOf({ name: "a".repeat(81), currency: "USD" }).name).toEqual(["Keep the workspace name under 80 characters."]);
    expect(errorsOf({ name: "Fine", currency: "" }).currency).toHaveLength(1);
  });
});
