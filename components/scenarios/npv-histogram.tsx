import type { HistogramBin } from "@/lib/scenarios/monte-carlo";
import { formatMoney, formatNumber, type Formats } from "@/lib/format";

const W = 600;
const H = 200;
const PAD = { left: 8, right: 8, top: 8, bottom: 28 };

type Fmt = { money: (cents: number) => string; count: (n: number) => string };

/** The NPV distribution as bars (bins come from the server); losses in red, gains in green, a line at zero. */
export function NpvHistogram({ bins, formats }: { bins: HistogramBin[]; formats: Formats }) {
  const fmt: Fmt = { money: (cents) => formatMoney(cents, formats), count: (n) => formatNumber(n, formats.locale, 0) };
  if (bins.length === 0) return null;
  const lo = bins[0].fromCents;
  const hi = bins[bins.length - 1].toCents;
  const x = (cents: number) => PAD.left + ((cents - lo) / Math.max(1, hi - lo)) * (W - PAD.left - PAD.right);
  const plotH = H - PAD.top - PAD.bottom;
  const total = bins.reduce((a, b) => a + b.count, 0);
  const crossesZero = lo < 0 && hi > 0;
  return (
    <figure data-testid="mc-histogram" className="w-full">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="mc-histogram-title" className="h-52 w-full">
        <title id="mc-histogram-title">{`NPV of ${fmt.count(total)} draws, from ${fmt.money(lo)} to ${fmt.money(hi)}`}</title>
        <Bars bins={bins} fmt={fmt} />
        {crossesZero && <line x1={x(0)} x2={x(0)} y1={PAD.top} y2={PAD.top + plotH} className="stroke-slate-700" strokeDasharray="4 3" />}
        <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + plotH} y2={PAD.top + plotH} className="stroke-slate-300" />
        <text x={PAD.left} y={H - 8} className="fill-slate-500 text-[11px]">
          {fmt.money(lo)}
        </text>
        <text x={W - PAD.right} y={H - 8} textAnchor="end" className="fill-slate-500 text-[11px]">
          {fmt.money(hi)}
        </text>
        {crossesZero && (
          <text x={x(0)} y={H - 8} textAnchor="middle" className="fill-slate-700 text-[11px]">
            0
          </text>
        )}
      </svg>
      <figcaption className="sr-only">
        <BinTable bins={bins} fmt={fmt} />
      </figcaption>
    </figure>
  );
}

function Bars({ bins, fmt }: { bins: HistogramBin[]; fmt: Fmt }) {
  const most = Math.max(...bins.map((b) => b.count));
  const barWidth = (W - PAD.left - PAD.right) / bins.length;
  const plotH = H - PAD.top - PAD.bottom;
  return bins.map((b, i) => {
    const h = most ? (b.count / most) * plotH : 0;
    const mid = (b.fromCents + b.toCents) / 2;
    return (
      <rect key={i} x={PAD.left + i * barWidth + 0.5} y={PAD.top + plotH - h} width={Math.max(0.5, barWidth - 1)} height={h} className={mid < 0 ? "fill-red-400" : "fill-emerald-500"}>
        <title>{`${fmt.money(b.fromCents)} to ${fmt.money(b.toCents)}: ${fmt.count(b.count)} draws`}</title>
      </rect>
    );
  });
}

/** The same bins as a table, for screen readers. */
function BinTable({ bins, fmt }: { bins: HistogramBin[]; fmt: Fmt }) {
  return (
    <table>
      <thead>
        <tr>
          <th>NPV from</th>
          <th>to</th>
          <th>Draws</th>
        </tr>
      </thead>
      <tbody>
        {bins.map((b, i) => (
          <tr key={i}>
            <td>{fmt.money(b.fromCents)}</td>
            <td>{fmt.money(b.toCents)}</td>
            <td>{fmt.count(b.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
