/**
 * Harbor Bakery's checking account: card-paid subscriptions (TillCloud, OrderWave, Crumb Loyalty…),
 * ACH rent and payroll that belong to no technology, the processor's card fees, a Shopify plan nobody
 * put in the portfolio, and the mixer's service contract renewed a month late. OrderWave's commission
 * follows the online sales the story tells (the online revenue share KPI).
 */
import type { Random } from "../random";
import { expectedAt } from "../series";
import { CAFE_MONTHLY_SALES, ONLINE_SHARE_PATH } from "../clients/cafe";
import { usChecking } from "./formats";
import { monthly, once, FIRST_MONTH, LAST_MONTH } from "./schedule";
import type { BankSpec, Payment, RuleSpec } from "./types";

/** Sales by month offset: a slow climb plus month-to-month noise. */
function salesByMonth(random: Random): Map<number, number> {
  const sales = new Map<number, number>();
  for (let offset = FIRST_MONTH - 1; offset <= LAST_MONTH; offset++) {
    sales.set(offset, CAFE_MONTHLY_SALES * (1 + (offset - FIRST_MONTH) * 0.002) * random.normal(1, 0.035));
  }
  return sales;
}

/** Online sales of a month: the story's online share of that month's sales. */
const onlineSales = (sales: number, offset: number) => (sales * expectedAt(ONLINE_SHARE_PATH, offset)) / 100;

function technologyLines(random: Random, sales: Map<number, number>): Payment[] {
  const headcount = random.fork("headcount");
  return [
    ...monthly(FIRST_MONTH, LAST_MONTH, 9, (o) => (o >= -6 ? 601.68 : 552), { payee: "TILLCLOUD *SUBSCRIPTION 8885550142 CA", type: "DEBIT_CARD" }),
    ...once(-1, 14, 2200, { payee: "TILLCLOUD HARDWARE 8885550142 CA", type: "DEBIT_CARD" }),
    ...once(-15, 12, 1200, { payee: "ORDERWAVE INC SETUP", type: "ACH_DEBIT", memo: "INV 10422" }),
    ...once(-14, 12, 1200, { payee: "ORDERWAVE INC SETUP", type: "ACH_DEBIT", memo: "INV 10587" }),
    ...monthly(-14, LAST_MONTH, 3, 249, { payee: "ORDERWAVE*PLATFORM 8885550123 CA", type: "DEBIT_CARD" }),
    // Commission on the previous month's online orders, billed on the 5th.
    ...monthly(-13, LAST_MONTH, 5, (o) => 0.03 * onlineSales(sales.get(o - 1)!, o - 1), { payee: "ORDERWAVE*COMMISSION 8885550123 CA", type: "DEBIT_CARD" }),
    ...once(-10, 18, -124.5, { payee: "ORDERWAVE*CREDIT MENU SYNC OUTAGE", type: "ACH_CREDIT" }),
    ...once(-20, 16, 600, { payee: "CRUMB LOYALTY ONBOARDING 4155550117 CA", type: "DEBIT_CARD" }),
    ...monthly(-20, LAST_MONTH, 15, (o) => (o >= -8 ? 107.91 : 99), { payee: "CRUMB LOYALTY 4155550117 CA", type: "DEBIT_CARD" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 1, () => 4 * headcount.int(42, 48), { payee: "ROTAREADY INC 8775550190 NY", type: "DEBIT_CARD" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 20, 85, { payee: "LEDGERLITE *PLAN 8005550175 CA", type: "DEBIT_CARD" }),
    ...once(-16, 22, 5000, { payee: "BAKELINE EQUIPMENT INC", type: "ACH_DEBIT", memo: "INV BK-2291" }),
    ...once(-16, 22, 500, { payee: "BAKELINE EQUIPMENT SERVICE", type: "ACH_DEBIT", memo: "SVC CONTRACT YR1" }),
    // The second year's service contract was due four months ago; it was paid after a reminder.
    ...once(-3, 26, 500, { payee: "BAKELINE EQUIPMENT SERVICE", type: "ACH_DEBIT", memo: "SVC CONTRACT YR2 PAST DUE" }),
    ...monthly(-10, LAST_MONTH, 6, 117, { payee: "SECURESTACK.IO 8885550160 WA", type: "DEBIT_CARD" }),
    ...once(-10, 8, 350, { payee: "BAYTECH IT SERVICES LLC", type: "CHECK", memo: "1187" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 11, 39, { payee: "SHOPIFY* 2814407 OTTAWA ON", type: "DEBIT_CARD" }),
  ];
}

/** Rent, payroll, suppliers, taxes and fees: a real account's bulk, matching no technology. */
function operatingLines(random: Random, sales: Map<number, number>): Payment[] {
  const noise = random.fork("operating");
  const about = (amount: number, sd: number) => () => amount * noise.normal(1, sd);
  return [
    ...monthly(FIRST_MONTH, LAST_MONTH, 1, 6800, { payee: "HARBOR PROPERTIES LLC", type: "ACH_DEBIT", memo: "RENT 14 WHARF ST" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 1, 5200, { payee: "HARBOR PROPERTIES LLC", type: "ACH_DEBIT", memo: "RENT 220 MAIN ST" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 1, 4900, { payee: "BAYSIDE COMMERCIAL RE", type: "ACH_DEBIT", memo: "RENT UNIT 3" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 15, about(24_500, 0.04), { payee: "PAYROLL NET PAY PPD ID 9000123", type: "ACH_DEBIT" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 28, about(24_800, 0.04), { payee: "PAYROLL NET PAY PPD ID 9000123", type: "ACH_DEBIT" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 16, about(8_900, 0.05), { payee: "IRS USATAXPYMT", type: "ACH_DEBIT" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 2, (o) => sales.get(o - 1)! * 0.8 * 0.026, { payee: "CARDPOINT MERCHANT FEES MID 4417", type: "ACH_DEBIT" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 7, about(5_600, 0.08), { payee: "GRANITE MILLING CO", type: "ACH_DEBIT", memo: "FLOUR AND DRY GOODS" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 12, about(1_900, 0.12), { payee: "CITY POWER & LIGHT", type: "ACH_DEBIT" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 20, (o) => sales.get(o - 1)! * 0.06, { payee: "STATE DEPT REVENUE SALES TAX", type: "ACH_DEBIT" }),
    ...monthly(FIRST_MONTH, LAST_MONTH, 28, 15, { payee: "MONTHLY SERVICE FEE", type: "FEE_TRANSACTION" }),
  ];
}

const RULES: RuleSpec[] = [
  { field: "payee", pattern: "TILLCLOUD HARDWARE", investment: "kds", category: "licence" },
  { field: "payee", pattern: "TILLCLOUD", investment: "pos", category: "subscription" },
  { field: "payee", pattern: "ORDERWAVE INC SETUP", investment: "online", category: "implementation" },
  { field: "payee", pattern: "ORDERWAVE", investment: "online", category: "subscription" },
  { field: "payee", pattern: "CRUMB LOYALTY ONBOARDING", investment: "loyalty", category: "training" },
  { field: "payee", pattern: "CRUMB LOYALTY", investment: "loyalty", category: "subscription" },
  { field: "payee", pattern: "ROTAREADY", investment: "scheduling", category: "subscription" },
  { field: "payee", pattern: "LEDGERLITE", investment: "accounting", category: "subscription" },
  { field: "payee", pattern: "BAKELINE EQUIPMENT SERVICE", investment: "mixer", category: "maintenance" },
  { field: "payee", pattern: "BAKELINE", investment: "mixer", category: "licence" },
  { field: "payee", pattern: "SECURESTACK", investment: "security", category: "subscription" },
];

export const cafeBank: BankSpec = {
  format: usChecking,
  payments: (random) => {
    const sales = salesByMonth(random.fork("sales"));
    return [...technologyLines(random, sales), ...operatingLines(random, sales)];
  },
  rules: RULES,
};
