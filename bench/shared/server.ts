// The production server on the bench database, and a signed-in session through the real Auth.js
// credentials flow (CSRF token, callback, session cookie), as a browser would get one.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { nextBin } from "../../scripts/ensure-build";

export type Server = { base: string; stop(): Promise<void>; log(): string };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
      .once("error", reject)
      .listen(0, "127.0.0.1", () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
  });
}

/** `url` with its database name replaced by the one in `databaseUrl` (same server, user and options). */
function onDatabaseOf(url: string, databaseUrl: string): string {
  const retargeted = new URL(url);
  retargeted.pathname = new URL(databaseUrl).pathname;
  return retargeted.toString();
}

/**
 * The server's environment: DATABASE_URL is the bench database, and any other DATABASE_*_URL given (e.g. a
 * separate login for the application's role) is pointed at the same database, never at the one it named.
 */
function serverEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(env)) {
    if (/^DATABASE_\w+_URL$/.test(key) && value) env[key] = onDatabaseOf(value, databaseUrl);
  }
  return {
    ...env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    TECHFOLIO_SEED: "0",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
  };
}

/** Starts `next start` in its own process group (so stopping it takes any children too) and waits until it answers. */
export async function startServer(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: serverEnv(databaseUrl),
  });
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8_000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  let exited = child.exitCode !== null;
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));

  const stop = async () => {
    if (exited || !child.pid) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return; // already gone
    }
    const timer = setTimeout(() => !exited && process.kill(-child.pid!, "SIGKILL"), 5_000);
    await exit;
    clearTimeout(timer);
  };
  const server = { base, stop, log: () => output };

  for (let waited = 0; ; waited += 200) {
    if (exited) throw new Error(`the server exited before answering:\n${output}`);
    if (await fetch(`${base}/sign-in`).then((r) => r.ok, () => false)) return server;
    if (waited > 120_000) {
      await stop();
      throw new Error(`the server did not answer within 120 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

function remember(response: Response, jar: Map<string, string>): string {
  for (const c of response.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const [name, ...value] = pair.split("=");
    jar.set(name.trim(), value.join("="));
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

/** The Cookie header of a signed-in session: GET the CSRF token, POST the credentials, keep the session cookie. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/workspaces` });
  const callback = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    body,
    headers: { cookie: remember(csrf, jar), "content-type": "application/x-www-form-urlencoded" },
    redirect: "manual",
  });
  const cookie = remember(callback, jar);
  if (![...jar.keys()].some((k) => k.endsWith("authjs.session-token"))) {
    throw new Error(`sign-in failed: ${callback.status} ${callback.headers.get("location") ?? ""}`);
  }
  return cookie;
}
