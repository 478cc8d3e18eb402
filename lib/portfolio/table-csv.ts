import Papa from "papaparse";
import type { PortfolioRow } from "@/lib/portfolio/types";
import { label } from "@/lib/domain/labels";
import { formulaPrefix, machineAmount } from "@/lib/format/machine";
import { columnLabels, gapLabels, quadrantLabels } from "./column-labels";

/** A ratio as a plain decimal (0.125, not "12.5%"), so spreadsheets read it as a number. */
const ratio = (value: number | null) => (value === null || !Number.isFinite(value) ? "" : String(Number(value.toFixed(6))));
const plain = (value: number | null) => (value === null || !Number.isFinite(value) ? "" : String(value));

const fields = [
  columnLabels.name,
  columnLabels.category,
  columnLabels.vendor,
  "Owner",
  columnLabels.status,
  "Currency",
  columnLabels.annualRunRateCents,
  columnLabels.tcoCents,
  `${columnLabels.roi} (ratio)`,
  columnLabels.npvCents,
  `${columnLabels.irrAnnual} (ratio)`,
  columnLabels.paybackMonths,
  columnLabels.alignmentScore,
  columnLabels.riskScore,
  columnLabels.timeQuadrant,
  columnLabels.nextRenewal,
  "Notice deadline",
  "Missing",
];

export function portfolioCsv(rows: PortfolioRow[], currency: string): string {
  const data = rows.map((row) => [
    row.name,
    label(row.category),
    row.vendor,
    row.ownerName ?? "",
    label(row.status),
    currency,
    machineAmount(row.annualRunRateCents),
    machineAmount(row.tcoCents),
    ratio(row.roi),
    machineAmount(row.npvCents),
    ratio(row.irrAnnual),
    plain(row.paybackMonths),
    plain(row.alignmentScore),
    plain(row.riskScore),
    row.timeQuadrant === null ? "" : quadrantLabels[row.timeQuadrant],
    row.nextRenewal?.date ?? "",
    row.nextRenewal?.noticeDeadline ?? "",
    row.missing.map((gap) => gapLabels[gap]).join("; "),
  ]);
  return Papa.unparse({ fields, data }, { escapeFormulae: formulaPrefix, newline: "\r\n" });
}
