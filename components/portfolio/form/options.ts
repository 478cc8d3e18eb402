import { label } from "@/lib/domain/labels";

export { label };

export const options = (values: readonly string[]) => values.map((value) => ({ value, label: label(value) }));

/** A 1–5 rating (likelihood, impact, a factor's score). */
export const scale = ["1", "2", "3", "4", "5"].map((v) => ({ value: v, label: v }));

export const calculatorOptions = [
  { value: "", label: "None — type the amount" },
  { value: "labour", label: "Labour: hours × rate" },
  { value: "cx_deflection", label: "Contacts deflected × cost difference" },
  { value: "risk", label: "Risk: probability × impact" },
  { value: "proxy", label: "Financial proxy" },
];

export const strengthOptions = [
  { value: "0", label: "0 — not aligned" },
  { value: "1", label: "1 — marginal" },
  { value: "2", label: "2 — some" },
  { value: "3", label: "3 — moderate" },
  { value: "4", label: "4 — strong" },
  { value: "5", label: "5 — critical enabler" },
];
