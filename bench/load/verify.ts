// After the load: did every acknowledged save land exactly once? Read as the database owner, inside a
// transaction that names the workspaces, so row-level security (forced on the owner too) shows their rows
// whether or not the owner is a superuser.
import type { Sql } from "postgres";
import type { Outcome, Save, SaveLedger } from "./saves";

export type Verdict = {
  /** Saves by outcome, as the load saw them. */
  outcomes: Record<Outcome, number>;
  /** Acknowledged saves whose (workspace, KPI, month) does not hold exactly one row with the value sent. */
  lost: number;
  /** Saves refused by the server whose value is stored all the same. */
  leaked: number;
  /** Saves whose value and audit row disagree: stored without one audit row, or audited but not stored. */
  unaudited: number;
  /** (workspace, KPI, month) keys with more than one row, anywhere in these workspaces. */
  duplicateKeys: number;
  examples: string[];
  ok: boolean;
};

type Row = { i: number; rows: number; matching: number; audits: number };

export async function verifySaves(sql: Sql, ledger: SaveLedger): Promise<Verdict> {
  const saves = [...ledger.outcomes.keys()];
  const outcomes: Record<Outcome, number> = { saved: ledger.count("saved"), failed: ledger.count("failed"), unknown: ledger.count("unknown") };
  const orgIds = [...new Set(saves.map((s) => s.orgId))];
  const payload = JSON.stringify(saves.map((s, i) => ({ i, org_id: s.orgId, kpi_id: s.kpiId, period: s.period, value: s.value })));

  const [rows, [dup]] = await sql.begin(async (tx) => {
    await tx`SELECT set_config('app.org_id', ${orgIds.join(",")}, true)`;
    // Per save: the rows of its key, those holding its value, and the audit rows recording its value.
    const perSave = await tx<Row[]>`
      SELECT s.i,
             (SELECT count(*) FROM kpi_measurements m WHERE m.org_id = s.org_id AND m.kpi_id = s.kpi_id AND m.period = s.period)::int AS rows,
             (SELECT count(*) FROM kpi_measurements m WHERE m.org_id = s.org_id AND m.kpi_id = s.kpi_id AND m.period = s.period
                AND m.value = s.value::numeric)::int AS matching,
             (SELECT count(*) FROM audit_log a WHERE a.org_id = s.org_id AND a.entity = 'kpi_measurements' AND a.entity_id = s.period::text
                AND (a.after -> s.kpi_id::text ->> 'value')::numeric = s.value::numeric)::int AS audits
      FROM jsonb_to_recordset(${payload}::text::jsonb) AS s(i int, org_id uuid, kpi_id uuid, period date, value text)`;
    const duplicates = await tx<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (
        SELECT 1 FROM kpi_measurements WHERE org_id = ANY (${orgIds}::uuid[]) GROUP BY org_id, kpi_id, period HAVING count(*) > 1
      ) d`;
    return [perSave, duplicates] as const;
  });

  const verdict: Verdict = { outcomes, lost: 0, leaked: 0, unaudited: 0, duplicateKeys: dup.n, examples: [], ok: true };
  const note = (save: Save, what: string, row: Row) => {
    if (verdict.examples.length < 5) verdict.examples.push(`${what}: ${save.slug} KPI ${save.kpiId} ${save.period} = ${save.value} (rows ${row.rows}, with this value ${row.matching}, audit rows ${row.audits})`);
  };
  for (const row of rows) {
    const save = saves[row.i];
    const outcome = ledger.outcomes.get(save)!;
    if (outcome === "saved" && !(row.rows === 1 && row.matching === 1)) {
      verdict.lost++;
      note(save, "lost", row);
    }
    if (outcome === "failed" && row.matching > 0) {
      verdict.leaked++;
      note(save, "leaked", row);
    }
    if (row.audits > 1 || row.audits !== row.matching) {
      verdict.unaudited++;
      note(save, "audit", row);
    }
  }
  if (rows.length !== saves.length) throw new Error(`checked ${rows.length} of ${saves.length} saves`);
  verdict.ok = verdict.lost === 0 && verdict.leaked === 0 && verdict.unaudited === 0 && verdict.duplicateKeys === 0;
  return verdict;
}
