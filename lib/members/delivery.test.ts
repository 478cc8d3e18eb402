import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const sendMail = vi.hoisted(() => vi.fn());
const createTransport = vi.hoisted(() => vi.fn((_url: string) => ({ sendMail })));
vi.mock("nodemailer", () => ({ createTransport, default: { createTransport } }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
const { deliverInvitation, invitationMessage, SEND_TIMEOUT_MS } = await import("./delivery");

const invitation = { email: "ada@example.com", link: "https://techfolio.test/invite/abc", workspace: "Acme <R&D>", role: "admin" as const };

beforeEach(() => {
  sendMail.mockReset().mockResolvedValue({ messageId: "<1@test>" });
  createTransport.mockClear();
  delete process.env.SMTP_URL;
  delete process.env.SMTP_FROM;
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe("deliverInvitation", () => {
  it("without SMTP_URL sends nothing and logs the link", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    expect(await deliverInvitation(invitation)).toBe("logged");
    expect(createTransport).not.toHaveBeenCalled();
    expect(info).toHaveBeenCalledWith(expect.stringContaining(invitation.link));
  });

  it("creates the transport once, from SMTP_URL with timeouts, and reuses it", async () => {
    process.env.SMTP_URL = "smtp://user:pa%40ss@smtp.example.com:587";
    expect(await deliverInvitation(invitation)).toBe("emailed");
    expect(await deliverInvitation({ ...invitation, email: "bob@example.com" })).toBe("emailed");
    expect(createTransport).toHaveBeenCalledTimes(1);
    const url = new URL(createTransport.mock.calls[0][0]);
    expect(url).toMatchObject({ protocol: "smtp:", hostname: "smtp.example.com", port: "587", username: "user", password: "pa%40ss" });
    expect(Number(url.searchParams.get("connectionTimeout"))).toBeLessThanOrEqual(SEND_TIMEOUT_MS);
    expect(Number(url.searchParams.get("greetingTimeout"))).toBeLessThanOrEqual(SEND_TIMEOUT_MS);
    expect(Number(url.searchParams.get("socketTimeout"))).toBeLessThanOrEqual(SEND_TIMEOUT_MS);
    expect(sendMail.mock.calls.map(([m]) => m.to)).toEqual(["ada@example.com", "bob@example.com"]);
  });

  it("uses SMTP_FROM as the sender when given", async () => {
    process.env.SMTP_URL = "smtps://user:pw@smtp.example.com";
    process.env.SMTP_FROM = "Ops <ops@example.com>";
    await deliverInvitation(invitation);
    expect(sendMail).toHaveBeenCalledWith(expect.objectContaining({ from: "Ops <ops@example.com>" }));
  });

  it("gives up after SEND_TIMEOUT_MS and reports a failure", async () => {
    vi.useFakeTimers();
    process.env.SMTP_URL = "smtp://user:pw@slow.example.com";
    sendMail.mockReturnValue(new Promise(() => {}));
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const delivery = deliverInvitation(invitation);
    await vi.advanceTimersByTimeAsync(SEND_TIMEOUT_MS);
    expect(await delivery).toBe("failed");
    expect(error).toHaveBeenCalledTimes(1);
  });

  it("logs a failure without the password, in either encoding", async () => {
    process.env.SMTP_URL = "smtp://user:pa%40ss@smtp.example.com:587";
    sendMail.mockRejectedValue(new Error("auth failed for user:pa@ss"));
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await deliverInvitation(invitation)).toBe("failed");
    const logged = String(error.mock.calls[0][0]);
    expect(logged).toContain("smtp.example.com");
    expect(logged).not.toMatch(/pa%40ss|pa@ss/);
  });
});

describe("invitationMessage", () => {
  it("names the workspace and role, carries the link and its 7-day expiry, and escapes the HTML", () => {
    const mail = invitationMessage(invitation);
    expect(mail.subject).toBe("You're invited to Acme <R&D> on Techfolio");
    expect(mail.text).toContain("Acme <R&D>");
    expect(mail.text).toContain("as an admin");
    expect(mail.text).toContain(invitation.link);
    expect(mail.text).toContain("7 days");
    expect(mail.html).toContain("Acme &lt;R&amp;D&gt;");
    expect(mail.html).toContain(`href="${invitation.link}"`);
  });
});
