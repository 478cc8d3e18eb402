/**
 * The three banks' export shapes: a US checking account (comma, MM/DD/YYYY, debit and credit columns),
 * a German Girokonto (semicolon, DD.MM.YYYY, decimal comma, one signed amount) and a UK business
 * current account (comma, DD/MM/YYYY, one signed amount, payee and reference padded into the memo).
 */
import type { BankFormat, Payment } from "./types";

const ymd = (date: string) => date.split("-");

/** A CSV cell: quoted when it holds the delimiter, a quote or a line break. */
function cell(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const row = (cells: string[], delimiter: string) => cells.map((c) => cell(c, delimiter)).join(delimiter);

const fixed2 = (major: number) => Math.abs(major).toFixed(2);

/** German money: thousands with dots, decimals after a comma ("-16.000,00"). */
function germanAmount(major: number): string {
  const [whole, cents] = fixed2(major).split(".");
  return `${major > 0 ? "-" : ""}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${cents}`;
}

export const usChecking: BankFormat = {
  header: "Posting Date,Description,Type,Debit,Credit,Check or Slip #",
  line: (p: Payment, bookedOn: string) => {
    const [y, m, d] = ymd(bookedOn);
    return row([`${m}/${d}/${y}`, p.payee, p.type, p.amount > 0 ? fixed2(p.amount) : "", p.amount < 0 ? fixed2(p.amount) : "", p.memo ?? ""], ",");
  },
  fileName: (from, to) => `Checking_x4417_Activity_${from.replaceAll("-", "")}_${to.replaceAll("-", "")}.csv`,
  options: {
    delimiter: "comma", decimal: "point", dateOrder: "mdy",
    mapping: { date: "Posting Date", payee: "Description", category: "Type", debit: "Debit", credit: "Credit", reference: "Check or Slip #" },
  },
};

export const germanGirokonto: BankFormat = {
  header: "Buchungstag;Valuta;Auftraggeber/Empfänger;Buchungstext;Verwendungszweck;Betrag;Währung",
  line: (p: Payment, bookedOn: string) => {
    const [y, m, d] = ymd(bookedOn);
    const date = `${d}.${m}.${y}`;
    return row([date, date, p.payee, p.type, p.memo ?? "", germanAmount(p.amount), "EUR"], ";");
  },
  fileName: (from, to) => `Umsaetze_Girokonto_DE44700500000012345678_${from}_bis_${to}.csv`,
  options: {
    delimiter: "semicolon", decimal: "comma", dateOrder: "dmy",
    mapping: { date: "Buchungstag", payee: "Auftraggeber/Empfänger", category: "Buchungstext", description: "Verwendungszweck", amount: "Betrag" },
  },
};

export const ukBusinessAccount: BankFormat = {
  header: "Number,Date,Account,Amount,Subcategory,Memo",
  line: (p: Payment, bookedOn: string) => {
    const [y, m, d] = ymd(bookedOn);
    const memo = p.memo ? `${p.payee.padEnd(18)} ${p.memo}` : p.payee;
    return row(["", `${d}/${m}/${y}`, "20-45-77 63018842", (p.amount > 0 ? "-" : "") + fixed2(p.amount), p.type, memo], ",");
  },
  fileName: (from, to) => `Business_Current_Account_63018842_${from}_to_${to}.csv`,
  options: { delimiter: "comma", decimal: "point", dateOrder: "dmy", mapping: { date: "Date", payee: "Memo", category: "Subcategory", amount: "Amount" } },
};
