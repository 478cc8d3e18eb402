import { Badge } from "@tremor/react";
import type { Risk } from "@/db/schema";
import { label, riskLevel } from "@/lib/domain/labels";
import { riskStatusColor, riskToneColor } from "./labels";
import { DetailSection, td, th } from "./section";

export function RisksTable({ risks }: { risks: Risk[] }) {
  const sorted = [...risks].sort((a, b) => b.likelihood * b.impact - a.likelihood * a.impact);
  return (
    <DetailSection
      id="risks"
      title="Risks"
      description="Score = likelihood × impact (each 1–5). Closed risks do not count towards the highest risk."
      empty={risks.length === 0 && "No risks assessed yet — record at least one risk (even a low one) so the risk score can be trusted."}
    >
      <table className="w-full min-w-[40rem]">
        <caption className="sr-only">Risks</caption>
        <thead className="border-b border-slate-100">
          <tr>
            <th scope="col" className={th}>Type</th>
            <th scope="col" className={th}>Risk</th>
            <th scope="col" className={th}>Likelihood × impact</th>
            <th scope="col" className={th}>Mitigation</th>
            <th scope="col" className={th}>Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {sorted.map((r) => {
            const score = r.likelihood * r.impact;
            const level = riskLevel(score);
            return (
              <tr key={r.id} className={r.status === "closed" ? "text-slate-400" : undefined}>
                <td className={td}>{label(r.type)}</td>
                <td className={td}>{r.title}</td>
                <td className={`${td} whitespace-nowrap tabular-nums`}>
                  {r.likelihood} × {r.impact} ={" "}
                  <Badge color={riskToneColor[level.tone]} title={`${level.label} risk`}>
                    {score} · {level.label}
                  </Badge>
                </td>
                <td className={td}>{r.mitigation || <span className="text-slate-400">—</span>}</td>
                <td className={td}>
                  <Badge color={riskStatusColor[r.status]}>{label(r.status)}</Badge>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </DetailSection>
  );
}
