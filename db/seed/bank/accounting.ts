/**
 * Ledger & Co's business current account: direct debits for the practice's tools, the chatbot's plan
 * and its extra conversations as usage grows, MailSpark's renewal paid late at the 9% uplift, a
 * Microsoft 365 plan the portfolio does not list, and the salaries, HMRC and rent that match nothing.
 */
import type { Random } from "../random";
import { ukBusinessAccount } from "./formats";
import { monthly, once, yearly, FIRST_MONTH, LAST_MONTH } from "./schedule";
import type { BankSpec, Payment, RuleSpec } from "./types";

const invoice = (prefix: string, start: number) => (o: number) => `${prefix}${start + o}`;

function technologyLines(random: Random): Payment[] {
  const overage = random.fork("ocr-overage");
  return [
    ...monthly(FIRST_MONTH, LAST_MONTH, 1, (o) => (o >= -4 ? 882.9 : 810), { payee: "PRACTICEHUB LTD", type: "DIRECTDEBIT", memo: invoice("PH-", 40_120) }),
    ...once(-22, 14, 2_500, { payee: "SCANSORT LTD", type: "FT", memo: "SETUP INV 2231" }),
    ...monthly(-22, LAST_MONTH, 10, 320, { payee: "SCANSORT LTD", type: "DIRECTDEBIT", memo: "PLAN 3000 DOCS" }),
    ...monthly(-18, LAST_MONTH, 24, () => (overage.next() < 0.4 ? 0.08 * overage.int(300, 1_200) : 0), { payee: "SCANSORT OVERAGE", type: "CARD PAYMENT", memo: "EXTRA DOCUMENTS" }),
    ...once(-16, 9, 1_200, { payee: "CLIENTVAULT LTD", type: "FT", memo: "ONBOARDING INV CV-0917" }),
    ...monthly(-16, LAST_MONTH, 7, 210, { payee: "CLIENTVAULT LTD", type: "DIRECTDEBIT", memo: "PORTAL + ESIGN" }),
    ...once(-6, 21, -70, { payee: "CLIENTVAULT LTD", type: "FT", memo: "REFUND DUPLICATE ENVELOPES" }),
    // Each renewal carries the 9% uplift; the one due nine months ago went through a month late.
    ...once(-21, 1, 3_924, { payee: "MAILSPARK.COM", type: "CARD PAYMENT", memo: "PRO ANNUAL" }),
    ...once(-8, 19, 4_277.16, { payee: "MAILSPARK.COM", type: "CARD PAYMENT", memo: "PRO ANNUAL RENEWAL OVERDUE" }),
    ...once(-10, 20, 2_000, { payee: "ASKLEDGER AI LTD", type: "FT", memo: "KB BUILD INV AL-1002" }),
    ...once(-9, 3, 600, { payee: "ASKLEDGER AI LTD", type: "FT", memo: "STAFF TRAINING INV AL-1019" }),
    ...monthly(-9, LAST_MONTH, 3, 149, { payee: "ASKLEDGER AI LTD", type: "DIRECTDEBIT", memo: "PLAN 1000 CONVERSATIONS" }),
    ...monthly(-3, LAST_MONTH, 12, (o) => 29 + 6 * (o + 3), { payee: "ASKLEDGER AI LTD", type: "DIRECTDEBIT", memo: "EXTRA CONVERSATIONS" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 5, 180, { payee: "VAULTSAFE BACKUP", type: "DIRECTDEBIT", memo: "MANAGED BACKUP 2TB" }),
    ...monthly(-12, LAST_MONTH, 1, 54, { payee: "PHISHWISE LTD", type: "DIRECTDEBIT", memo: "18 USERS" }),
    ...once(-24, 1, 2_400, { payee: "TAXPRO DESKTOP", type: "CARD PAYMENT", memo: "PRACTICE LICENCE" }),
    ...once(-12, 16, 500, { payee: "ARCHIVEBOX LTD", type: "FT", memo: "ARCHIVE PRIOR YEAR RETURNS" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 6, 187.2, { payee: "MSFT*365 BUSINESS", type: "CARD PAYMENT", memo: "DUBLIN" }),
  ];
}

function operatingLines(random: Random): Payment[] {
  const noise = random.fork("operating");
  const about = (amount: number, sd: number) => () => amount * noise.normal(1, sd);
  return [
    ...monthly(FIRST_MONTH, LAST_MONTH, 25, about(52_000, 0.015), { payee: "STAFF SALARIES", type: "FT", memo: "BACS" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 19, about(14_200, 0.03), { payee: "HMRC PAYE/NIC", type: "BILL PAYMENT", memo: "120PA00123456" }),
    ...yearly(-23, 7, about(17_500, 0.08), { payee: "HMRC VAT", type: "BILL PAYMENT", memo: "VAT Q1" }),
    ...yearly(-20, 7, about(17_500, 0.08), { payee: "HMRC VAT", type: "BILL PAYMENT", memo: "VAT Q2" }),
    ...yearly(-17, 7, about(17_500, 0.08), { payee: "HMRC VAT", type: "BILL PAYMENT", memo: "VAT Q3" }),
    ...yearly(-14, 7, about(17_500, 0.08), { payee: "HMRC VAT", type: "BILL PAYMENT", memo: "VAT Q4" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 1, 4_250, { payee: "ST ANNES PROPERTY LTD", type: "DIRECTDEBIT", memo: "RENT SUITE 4" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 14, about(340, 0.15), { payee: "BRIGHTWATT ENERGY", type: "DIRECTDEBIT" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 2, 610, { payee: "CROWN PI INSURANCE", type: "DIRECTDEBIT", memo: "PROFESSIONAL INDEMNITY" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 28, 18.5, { payee: "COMMISSION CHARGES", type: "COMMISSION" }),
  ];
}

const RULES: RuleSpec[] = [
  { field: "payee", pattern: "PRACTICEHUB", investment: "practice", category: "subscription" },
  { field: "payee", pattern: "SCANSORT LTD SETUP", investment: "ocr", category: "implementation" },
  { field: "payee", pattern: "SCANSORT", investment: "ocr", category: "subscription" },
  { field: "payee", pattern: "CLIENTVAULT LTD ONBOARDING", investment: "portal", category: "implementation" },
  { field: "payee", pattern: "CLIENTVAULT", investment: "portal", category: "subscription" },
  { field: "payee", pattern: "MAILSPARK", investment: "marketing", category: "subscription" },
  { field: "payee", pattern: "ASKLEDGER AI LTD KB BUILD", investment: "chatbot", category: "implementation" },
  { field: "payee", pattern: "ASKLEDGER AI LTD STAFF TRAINING", investment: "chatbot", category: "training" },
  { field: "payee", pattern: "ASKLEDGER", investment: "chatbot", category: "subscription" },
  { field: "payee", pattern: "VAULTSAFE", investment: "backup", category: "subscription" },
  { field: "payee", pattern: "PHISHWISE", investment: "phishing", category: "training" },
  { field: "payee", pattern: "TAXPRO", investment: "taxdesk", category: "licence" },
];

export const accountingBank: BankSpec = {
  format: ukBusinessAccount,
  payments: (random) => [...technologyLines(random), ...operatingLines(random)],
  rules: RULES,
};
