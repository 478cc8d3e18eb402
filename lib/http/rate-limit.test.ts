import { describe, expect, it } from "vitest";
import { rateLimit, rateLimitRetryAfterMs, resetRateLimit, retryAfterSeconds, type RateLimitRule } from "./rate-limit";

let n = 0;
const rule = (limit = 3, windowMs = 60_000): RateLimitRule => ({ key: `test:${Date.now()}:${n++}`, windowMs, limit });
const at = (ms: number) => new Date(Date.UTC(2026, 2, 1) + ms);

describe("rateLimit", () => {
  it("allows `limit` attempts in a window, then refuses with the time left until it ends", async () => {
    const r = rule(3, 60_000);
    expect(await rateLimit(r, at(0))).toEqual({ ok: true, remaining: 2 });
    expect(await rateLimit(r, at(1_000))).toEqual({ ok: true, remaining: 1 });
    expect(await rateLimit(r, at(2_000))).toEqual({ ok: true, remaining: 0 });
    expect(await rateLimit(r, at(20_000))).toEqual({ ok: false, retryAfterMs: 40_000 });
    // Refused attempts do not push the end of the window back.
    expect(await rateLimit(r, at(59_000))).toEqual({ ok: false, retryAfterMs: 1_000 });
    expect(await rateLimitRetryAfterMs(r, at(30_000))).toBe(30_000);
  });

  it("opens a new window once the last one has passed", async () => {
    const r = rule(2, 60_000);
    await rateLimit(r, at(0));
    await rateLimit(r, at(1));
    expect((await rateLimit(r, at(59_999))).ok).toBe(false);
    expect(await rateLimitRetryAfterMs(r, at(60_000))).toBe(0);
    expect(await rateLimit(r, at(60_000))).toEqual({ ok: true, remaining: 1 });
    expect(await rateLimit(r, at(61_000))).toEqual({ ok: true, remaining: 0 });
    expect(await rateLimit(r, at(62_000))).toEqual({ ok: false, retryAfterMs: 58_000 });
  });

  it("counts concurrent attempts each once: two at the same instant make two", async () => {
    const r = rule(2, 60_000);
    const both = await Promise.all([rateLimit(r, at(0)), rateLimit(r, at(0))]);
    expect(both.map((v) => (v.ok ? v.remaining : -1)).sort()).toEqual([0, 1]);
    expect(await rateLimit(r, at(1))).toEqual({ ok: false, retryAfterMs: 59_999 });
  });

  it("keeps keys apart, and forgets a key's attempts when reset", async () => {
    const [r, other] = [rule(1), rule(1)];
    await rateLimit(r, at(0));
    expect((await rateLimit(r, at(1))).ok).toBe(false);
    expect((await rateLimit(other, at(1))).ok).toBe(true);
    await resetRateLimit(r.key);
    expect(await rateLimitRetryAfterMs(r, at(2))).toBe(0);
    expect((await rateLimit(r, at(2))).ok).toBe(true);
  });

  it("says how long to wait without counting an attempt", async () => {
    const r = rule(1, 60_000);
    expect(await rateLimitRetryAfterMs(r, at(0))).toBe(0);
    await rateLimit(r, at(0));
    for (let i = 0; i < 3; i++) expect(await rateLimitRetryAfterMs(r, at(10_000))).toBe(50_000);
    expect(await rateLimitRetryAfterMs({ ...r, limit: 2 }, at(10_000))).toBe(0);
  });

  it.each([
    [1, "1"],
    [1_000, "1"],
    [1_001, "2"],
    [900_000, "900"],
  ])("gives Retry-After for %i ms as %s seconds", (ms, seconds) => {
    expect(retryAfterSeconds(ms)).toBe(seconds);
  });
});
