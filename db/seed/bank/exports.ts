/**
 * A client's statement lines cut into the exports the consultant downloaded: four files of about six
 * months each, where the third starts a month early, so that month is listed in two files (as happens
 * when exports are downloaded by hand) and the import must not count it twice.
 */
import type { Calendar } from "../types";
import type { Random } from "../random";
import type { BankExport, BankSpec, Payment } from "./types";

/** [first month, last month] of each export; −13 is in the second and the third. */
const EXPORT_RANGES: readonly [number, number][] = [
  [-24, -19],
  [-18, -13],
  [-13, -7],
  [-6, -1],
];

function lastDayOf(cal: Calendar, offset: number): string {
  const next = new Date(`${cal.month(offset + 1)}T00:00:00Z`);
  return new Date(next.getTime() - 86_400_000).toISOString().slice(0, 10);
}

const byDate = (a: { bookedOn: string }, b: { bookedOn: string }) => a.bookedOn.localeCompare(b.bookedOn);

/** The exports of one client's account, oldest first; every line in a file is ordered by date. */
export function bankExports(spec: BankSpec, cal: Calendar, random: Random): BankExport[] {
  const lines = spec
    .payments(random)
    .map((payment: Payment) => ({ payment, bookedOn: cal.day(payment.offset, payment.day) }))
    .sort(byDate);
  return EXPORT_RANGES.map(([from, to]) => {
    const inFile = lines.filter(({ payment }) => payment.offset >= from && payment.offset <= to);
    const body = inFile.map(({ payment, bookedOn }) => spec.format.line(payment, bookedOn));
    return {
      fileName: spec.format.fileName(cal.month(from), lastDayOf(cal, to)),
      text: [spec.format.header, ...body].join("\r\n") + "\r\n",
      options: spec.format.options,
    };
  });
}
