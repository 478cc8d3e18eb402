import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/form-state";
import { hostileString } from "@/test/fuzz/hostile";
import { show } from "@/test/fuzz/outcome";
import { isSameSitePath } from "@/test/fuzz/public";
import { FUZZ_RUNS } from "@/test/fuzz/runs";

/** Pieces of the URLs people use to leave a site through an open redirect, put together at random. */
const piece = fc.constantFrom("/", "//", "\\", "\\\\", "/\\", "%2F", "%5C", "%2f%2f", "\t", "\n", "\r", " ", "\u0000", "evil.com", "evil.com:443", "@", ":", "?", "#", ".", "..", "javascript:", "http:", "https:", "HTTPS://", "data:text/html,", "ｅｖｉｌ.com", "w", "acme", "dashboard", "?next=//evil.com", "#//evil.com", "%00", "\u3002");
const tricky = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(""));
const anyInput = fc.oneof(tricky, hostileString, fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.anything());

describe("safeCallbackUrl", () => {
  it("always answers a path on this site", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const url = safeCallbackUrl(input);
        expect(isSameSitePath(url), `${show(input)} → ${JSON.stringify(url)}`).toBe(true);
        // Stable: checking an answer again changes nothing.
        expect(safeCallbackUrl(url)).toBe(url);
      }),
      { numRuns: FUZZ_RUNS * 10 },
    );
  });

  it("keeps a same-site path as it is", () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9_~-][A-Za-z0-9._~-]{0,11}$/).filter((s) => s !== "." && s !== "..");
    const query = fc.stringMatching(/^[A-Za-z0-9=&_-]{0,20}$/);
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), query, (segments, q) => {
        const path = `/${segments.join("/")}${q ? `?${q}` : ""}`;
        expect(safeCallbackUrl(path)).toBe(path);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it.each(["//evil.com", "/\\evil.com", "\\\\evil.com", "/\t/evil.com", "https://evil.com", "//evil.com/w/acme"])("never leaves for %j", (input) => {
    const url = safeCallbackUrl(input);
    expect(isSameSitePath(url)).toBe(true);
    expect(url).not.toContain("evil.com/");
  });
});
