import { formatMonth, type Locale } from "@/lib/format";

type Point = { period: string; value: number };

type Props = {
  before: readonly Point[];
  after: readonly Point[];
  beforeMonths: readonly string[];
  afterMonths: readonly string[];
  meanBefore: number | null;
  meanAfter: number | null;
  format: (value: number) => string;
  locale: Locale;
  label: string;
};

const W = 320;
const H = 120;
const PAD = { x: 8, top: 10, bottom: 18 };

/** Where a value and a month slot land: the values' range with a tenth of headroom either side; one slot a month, the go-live month in the middle. */
function scaleOf(values: number[], slots: number) {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || Math.abs(hi) || 1;
  const bottom = lo - span * 0.1;
  return {
    y: (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - (v - bottom) / (span * 1.2)),
    x: (slot: number) => PAD.x + ((W - 2 * PAD.x) * (slot + 0.5)) / slots,
  };
}

/** A window's mean as a line across its slots, named on hover. */
function MeanLine({ from, to, y, colour, title }: { from: number; to: number; y: number; colour: string; title: string }) {
  return (
    <line x1={from - 4} x2={to + 4} y1={y} y2={y} stroke={colour} strokeWidth={1.5}>
      <title>{title}</title>
    </line>
  );
}

/**
 * The months before and after go-live as dots at their own month, with each window's mean as a line; the
 * dashed gap in the middle is the go-live month, left out. Drawn on the server as SVG: nothing to hydrate.
 */
export function BeforeAfterChart({ before, after, beforeMonths, afterMonths, meanBefore, meanAfter, format, locale, label }: Props) {
  const values = [...before, ...after].map((p) => p.value);
  if (values.length === 0) return null;
  const n = beforeMonths.length;
  const slots = n + 1 + afterMonths.length; // before, the go-live month, after
  const { x, y } = scaleOf(values, slots);
  const dots = [
    ...before.map((p) => ({ ...p, slot: beforeMonths.indexOf(p.period), fill: "#94a3b8" })),
    ...after.map((p) => ({ ...p, slot: n + 1 + afterMonths.indexOf(p.period), fill: "#4f46e5" })),
  ];
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-28 w-full" role="img" aria-label={label}>
      <line x1={x(n)} x2={x(n)} y1={PAD.top} y2={H - PAD.bottom} stroke="#cbd5e1" strokeDasharray="3 3" />
      <text x={x(n)} y={H - 4} textAnchor="middle" fontSize={9} fill="#64748b">
        go-live
      </text>
      {meanBefore !== null && before.length > 0 && <MeanLine from={x(0)} to={x(n - 1)} y={y(meanBefore)} colour="#64748b" title={`Mean before: ${format(meanBefore)}`} />}
      {meanAfter !== null && after.length > 0 && <MeanLine from={x(n + 1)} to={x(slots - 1)} y={y(meanAfter)} colour="#4f46e5" title={`Mean after: ${format(meanAfter)}`} />}
      {dots.map((p) => (
        <circle key={p.period} cx={x(p.slot)} cy={y(p.value)} r={3} fill={p.fill}>
          <title>{`${formatMonth(p.period, locale)}: ${format(p.value)}`}</title>
        </circle>
      ))}
    </svg>
  );
}
