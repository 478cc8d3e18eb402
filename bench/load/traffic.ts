// The load: one autocannon connection per signed-in user, each going round its workspaces like a person
// working through the month: the dashboard, a page of the portfolio table, the scorecard or the KPI list,
// then a KPI save. Every answer is timed per route and checked: a page for its content (pages.ts), a save
// for the action's ok.
import autocannon, { type Client, type Request, type Result } from "autocannon";
import { actionHeaders, actionResult } from "./action";
import { EXPECTED, PAGE_ROUTES, pagePath, type PageRoute } from "./pages";
import { saveBody, type Save, type SaveLedger } from "./saves";
import type { LoadUser } from "./team";

export const ROUTES = [...PAGE_ROUTES, "KPI save"] as const;
export type Route = (typeof ROUTES)[number];

/** A route's answers: their times in ms (every answer, whatever its status), bytes, how many were wrong (a few
 * of those kept), and the requests that timed out unanswered. */
export type RouteStats = { times: number[]; bytes: number; wrong: number; timeouts: number; samples: string[] };

/** `timeout`: seconds without an answer before autocannon gives up on a request (counted as an error). */
type Options = { base: string; users: LoadUser[]; seconds: number; timeout: number; actionId: string; ledger: SaveLedger };
export type Traffic = { result: Result; routes: Map<Route, RouteStats> };

export async function runTraffic({ base, users, seconds, timeout, actionId, ledger }: Options): Promise<Traffic> {
  const routes = new Map<Route, RouteStats>(ROUTES.map((r) => [r, { times: [], bytes: 0, wrong: 0, timeouts: 0, samples: [] }]));
  const answered = new WeakMap<Client, Route>();
  const wrong = (route: Route, status: number, body: string) => {
    const stats = routes.get(route)!;
    if (stats.samples.length < 3) stats.samples.push(`${status} ${body.slice(0, 300)}`);
    stats.wrong++;
  };

  let connections = 0;
  const setupClient = (client: Client) => {
    const user = users[connections++ % users.length];
    // What was sent and not yet answered, oldest first, as autocannon's own queue: each request is built
    // just before it is sent, and a connection's answers come in order.
    const inFlight: { route: Route; save?: Save }[] = [];
    let round = -1;
    const workspace = () => user.workspaces[round % user.workspaces.length];
    const answer = () => {
      const sent = inFlight.shift()!;
      answered.set(client, sent.route);
      return sent;
    };
    const page = (choose: () => PageRoute): Request => ({
      setupRequest: (request) => {
        const route = choose();
        inFlight.push({ route });
        return { ...request, method: "GET", path: pagePath(route, workspace().slug, round), headers: { cookie: user.cookie }, body: undefined };
      },
      onResponse: (status, body) => {
        const { route } = answer();
        if (status !== 200 || route === "KPI save" || !body.includes(EXPECTED[route])) wrong(route, status, body);
      },
    });
    const save: Request = {
      setupRequest: (request) => {
        const next = ledger.next(workspace());
        inFlight.push({ route: "KPI save", save: next });
        return { ...request, method: "POST", path: `/w/${next.slug}/kpis/entry`, headers: actionHeaders(actionId, base, user.cookie), body: saveBody(next) };
      },
      onResponse: (status, body) => {
        const { save } = answer();
        const ok = status === 200 && actionResult(body)?.ok === true;
        ledger.settle(save!, ok ? "saved" : "failed");
        if (!ok) wrong("KPI save", status, body);
      },
    };
    // A timed-out request stays unanswered (a save's outcome unknown). autocannon reconnects and sends the
    // next request but keeps its HTTP parser where the old answer left it, which would garble the next
    // answer: start the parser afresh.
    client.on("timeout", () => {
      const sent = inFlight.shift();
      if (sent) routes.get(sent.route)!.timeouts++;
      client.parser.initialize("RESPONSE");
    });
    client.setRequests([
      page(() => {
        round++; // each round starts here, in the user's next workspace
        return "dashboard";
      }),
      page(() => "portfolio table"),
      page(() => (round % 2 === 0 ? "scorecard" : "KPI list")),
      save,
    ]);
  };

  const instance = autocannon({ url: base, connections: users.length, duration: seconds, timeout, setupClient });
  // Emitted right after the request's onResponse, which named the route answered.
  instance.on("response", (client: Client, _status: number, bytes: number, ms: number) => {
    const stats = routes.get(answered.get(client)!)!;
    stats.times.push(ms);
    stats.bytes += bytes;
  });
  const result = await instance;
  for (const stats of routes.values()) stats.times.sort((a, b) => a - b);
  return { result, routes };
}
