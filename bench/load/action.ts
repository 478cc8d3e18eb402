// Calling a server action over HTTP as the browser does: POST to the page that uses it, with the action's
// id in the Next-Action header and its arguments as the JSON text React's encodeReply makes for plain
// objects. The id comes from the build's manifest, so it always matches the server being measured.
import { readFileSync } from "node:fs";
import path from "node:path";

type Manifest = { node: Record<string, { exportedName?: string; filename?: string }> };

/** The id of `exportedName` from `file` (e.g. "lib/kpis/actions.ts") in the production build under `root`. */
export function actionId(exportedName: string, file: string, root = process.cwd()): string {
  const manifestPath = path.join(root, ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
  const ids = Object.entries(manifest.node)
    .filter(([, entry]) => entry.exportedName === exportedName && entry.filename === file)
    .map(([id]) => id);
  if (ids.length !== 1) throw new Error(`expected one server action ${exportedName} from ${file} in ${manifestPath}, found ${ids.length}`);
  return ids[0];
}

/** Headers of an action call from a page of `base` (the Origin must be the server's own, or Next refuses it). */
export function actionHeaders(id: string, base: string, cookie: string): Record<string, string> {
  return {
    accept: "text/x-component",
    "content-type": "text/plain;charset=UTF-8",
    "next-action": id,
    origin: base,
    cookie,
  };
}

/**
 * The action's return value from its RSC answer: the row that is not the envelope (`0:{"a":"$@1",…}`).
 * Null when the answer holds no JSON object result (an error page, a redirect, a changed build).
 */
export function actionResult(body: string): Record<string, unknown> | null {
  for (const line of body.split("\n")) {
    const match = /^1:(\{.*\})$/.exec(line);
    if (!match) continue;
    try {
      return JSON.parse(match[1]) as Record<string, unknown>;
    } catch {
      return null;
    }
  }
  return null;
}
