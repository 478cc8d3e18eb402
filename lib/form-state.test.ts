import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./form-state";

describe("safeCallbackUrl never leaves the site", () => {
  it.each([
    ["/w/acme/dashboard", "/w/acme/dashboard"],
    ["http://localhost:3000/w/acme/dashboard?month=2026-10", "/w/acme/dashboard?month=2026-10"],
    ["https://evil.example/w", "/w"],
    ["//evil.example/w", "/w"],
    ["/\\evil.example", "/"],
    ["http://localhost//evil.example", "/workspaces"],
    ["", "/workspaces"],
    [undefined, "/workspaces"],
    [42, "/workspaces"],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });
});
