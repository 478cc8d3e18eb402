// The KPI saves of the load test and what became of each. Every save writes one value to a (workspace, KPI,
// month) that no other save of the run touches, so afterwards the database must hold exactly the value
// each acknowledged save sent, whatever order the server ran them in.
import type { Workspace } from "./team";

export type SaveKey = { orgId: string; slug: string; kpiId: string; period: string };
export type Save = SaveKey & { value: string };
/** saved: the action answered ok · failed: a definite no (an error answer) · unknown: no answer (timeout, cut off at the end). */
export type Outcome = "saved" | "failed" | "unknown";

/** 'YYYY-MM-01' minus `months` months. */
export function monthsBefore(period: string, months: number): string {
  const [y, m] = period.split("-").map(Number);
  const d = new Date(Date.UTC(y, m - 1 - months, 1));
  return d.toISOString().slice(0, 10);
}

/**
 * Hands out saves and records their outcomes. Within a workspace the n-th save goes to KPI n mod K of the
 * month ⌊n / K⌋ before the current one: the current month first (new rows), then the loaded history
 * (overwrites), so both paths of the upsert run. Values are 0.01–99.99 with at most 2 decimals, valid for
 * every unit, and differ from one save to the next.
 */
export class SaveLedger {
  private readonly perWorkspace = new Map<string, number>();
  private sequence = 0;
  readonly outcomes = new Map<Save, Outcome>();

  constructor(private readonly currentMonth: string) {}

  next(workspace: Workspace): Save {
    const n = this.perWorkspace.get(workspace.orgId) ?? 0;
    this.perWorkspace.set(workspace.orgId, n + 1);
    const k = workspace.kpiIds.length;
    const seq = ++this.sequence % 10_000 || 1;
    const save = {
      orgId: workspace.orgId,
      slug: workspace.slug,
      kpiId: workspace.kpiIds[n % k],
      period: monthsBefore(this.currentMonth, Math.floor(n / k)),
      value: `${Math.floor(seq / 100)}.${String(seq % 100).padStart(2, "0")}`,
    };
    this.outcomes.set(save, "unknown");
    return save;
  }

  settle(save: Save, outcome: Outcome): void {
    this.outcomes.set(save, outcome);
  }

  count(outcome: Outcome): number {
    let n = 0;
    for (const o of this.outcomes.values()) if (o === outcome) n++;
    return n;
  }
}

/** The action's arguments as the entry grid sends them: the workspace slug and one month's changed rows. */
export function saveBody(save: Save): string {
  return JSON.stringify([save.slug, { period: save.period, values: [{ kpiId: save.kpiId, value: save.value, note: "" }] }]);
}
