import Papa from "papaparse";
import type { PortfolioRow } from "@/lib/portfolio/types";
import { label } from "@/lib/domain/labels";
import { columnLabels, gapLabels, quadrantLabels } from "./column-labels";

/**
 * OWASP CSV injection: a cell starting with = + - @ tab or CR may run as a formula in Excel or Sheets,
 * so Papa prefixes it with ' — except a plain number such as -1234.56, which must stay a number.
 * (Papa's own `escapeFormulae: true` would also quote negative amounts.)
 */
export const formulaPrefix = /^(?!-?\d+(?:\.\d+)?$)[=+\-@\t\r]/;

/** Integer cents → "1234.56" with string arithmetic, so no float rounding creeps into the file. */
export function centsToDecimal(cents: number): string {
  const abs = Math.abs(Math.round(cents));
  return `${cents < 0 && abs !== 0 ? "-" : ""}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

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
    centsToDecimal(row.annualRunRateCents),
    centsToDecimal(row.tcoCents),
    ratio(row.roi),
    centsToDecimal(row.npvCents),
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
