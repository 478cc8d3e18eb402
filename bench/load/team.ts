// The signed-in users of the load test: each a member of a few of the same shared workspaces, so saves of
// different users meet in one workspace and month, as a team entering its monthly values would.
import type { Sql } from "postgres";
import { addMemberships, createUsers, type Membership } from "../shared/database";
import { signIn } from "../shared/server";

/** Workspaces bench-0002 … (small ones: 30 technologies, 40 KPIs), shared among the users. */
export const SHARED_WORKSPACES = 20;
export const WORKSPACES_PER_USER = 3;
const PASSWORD = "load-password-1";

export type Workspace = { slug: string; orgId: string; kpiIds: string[] };
export type LoadUser = { email: string; workspaces: Workspace[]; cookie: string };

const slugOf = (n: number) => `bench-${String(2 + (n % SHARED_WORKSPACES)).padStart(4, "0")}`;

/**
 * User i belongs to workspaces i, i+7 and i+14 (mod 20): an owner of the first, a member of the others,
 * so every workspace has several users who may save.
 */
export async function createTeam(sql: Sql, count: number): Promise<Omit<LoadUser, "cookie">[]> {
  const emails = Array.from({ length: count }, (_, i) => `load-user-${String(i + 1).padStart(3, "0")}@techfolio.test`);
  const ids = await createUsers(sql, emails.map((email, i) => ({ name: `Load User ${i + 1}`, email, password: PASSWORD })));
  const memberships: Membership[] = ids.flatMap((userId, i) =>
    Array.from({ length: WORKSPACES_PER_USER }, (_, k) => ({ userId, slug: slugOf(i + 7 * k), role: k === 0 ? ("owner" as const) : ("member" as const) })),
  );
  const orgIds = await addMemberships(sql, memberships);
  const workspaces = await loadWorkspaces(sql, [...new Set(orgIds)]);
  return emails.map((email, i) => ({
    email,
    workspaces: memberships.slice(i * WORKSPACES_PER_USER, (i + 1) * WORKSPACES_PER_USER).map((m) => workspaces.get(m.slug)!),
  }));
}

async function loadWorkspaces(sql: Sql, orgIds: string[]): Promise<Map<string, Workspace>> {
  const rows = await sql<{ slug: string; org_id: string; kpi_ids: string[] }[]>`
    SELECT o.slug, o.id AS org_id, array_agg(k.id ORDER BY k.name) AS kpi_ids
    FROM organizations o JOIN kpis k ON k.org_id = o.id
    WHERE o.id IN ${sql(orgIds)}
    GROUP BY o.slug, o.id`;
  return new Map(rows.map((r) => [r.slug, { slug: r.slug, orgId: r.org_id, kpiIds: r.kpi_ids }]));
}

/** Signs every user in through the credentials flow, a few at a time (each sign-in verifies an Argon2 hash). */
export async function signInTeam(base: string, team: Omit<LoadUser, "cookie">[], concurrency = 4): Promise<LoadUser[]> {
  const signedIn: LoadUser[] = new Array(team.length);
  let next = 0;
  const worker = async () => {
    while (next < team.length) {
      const i = next++;
      signedIn[i] = { ...team[i], cookie: await signIn(base, team[i].email, PASSWORD) };
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return signedIn;
}
