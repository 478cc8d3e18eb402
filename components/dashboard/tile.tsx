import type { Figure } from "@/lib/dashboard/types";
import { Card } from "@/components/ui/card";
import { FigureHowComputed } from "@/components/ui/how-computed";
import { Change } from "./change";
import type { ChangeText } from "./format";

type TileProps = {
  id: string;
  label: string;
  value: string;
  detail?: string | null;
  unavailable?: string | null;
  change: ChangeText;
  how: Pick<Figure, "formula" | "inputs">;
};

/** One headline figure: its value, what it rests on, how it moved since last month and how it is computed. */
export function Tile({ id, label, value, detail, unavailable, change, how }: TileProps) {
  return (
    <Card padding="sm" className="flex flex-col" data-testid={id}>
      <h3 className="text-sm text-slate-500">{label}</h3>
      <p className={`mt-1 text-2xl font-semibold tracking-tight tabular-nums ${unavailable ? "text-slate-400" : "text-slate-900"}`} data-testid={`${id}-value`}>
        {value}
      </p>
      {unavailable && <p className="mt-0.5 text-xs text-slate-600">{unavailable}</p>}
      {detail && <p className="mt-0.5 text-xs text-slate-600">{detail}</p>}
      <div className="mt-1">
        <Change change={change} testId={`${id}-change`} />
      </div>
      <FigureHowComputed figure={how} />
    </Card>
  );
}
