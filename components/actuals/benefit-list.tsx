"use client";

import { useState } from "react";
import { DeleteButton } from "@/components/portfolio/form/delete-button";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TableShell, Td, Th, THead } from "@/components/ui/table";
import { deleteActualBenefit } from "@/lib/actuals/benefit-actions";
import { formatMoney, formatMonth, type Formats } from "@/lib/format";
import { centsInput } from "@/lib/format/parse";
import { ActualBenefitForm } from "./benefit-form";

/** A benefit entered for a month ('YYYY-MM-01'), as listed on the technology page. */
export type ActualBenefitEntry = { id: string; version: number; month: string; amountCents: number; description: string };

export type ActualBenefitsPanelProps = {
  slug: string;
  technologyId: string;
  formats: Formats;
  /** The technology's entered benefits, newest month first. */
  entries: ActualBenefitEntry[];
  /** Members and above add, edit and delete; viewers only read. */
  canEdit: boolean;
  /** The month a new entry starts at ('YYYY-MM'). */
  defaultMonth?: string;
};

/** A technology's benefits entered as amounts: the list (edit in a dialog, delete with a confirmation) and the form to add one. */
export function ActualBenefitsPanel({ slug, technologyId, formats, entries, canEdit, defaultMonth }: ActualBenefitsPanelProps) {
  return (
    <div className="space-y-4" data-testid="actual-benefits">
      {entries.length === 0 ? (
        <p className="text-sm text-slate-500">No benefit amounts entered yet.</p>
      ) : (
        <TableShell>
          <THead>
            <tr>
              <Th>Month</Th>
              <Th align="right">Benefit realised</Th>
              <Th>What it was</Th>
              {canEdit && <Th className="sr-only">Actions</Th>}
            </tr>
          </THead>
          <tbody className="divide-y divide-slate-100">
            {entries.map((entry) => (
              <EntryRow key={`${entry.id}:${entry.version}`} slug={slug} technologyId={technologyId} formats={formats} entry={entry} canEdit={canEdit} />
            ))}
          </tbody>
        </TableShell>
      )}
      {canEdit && <ActualBenefitForm slug={slug} technologyId={technologyId} formats={formats} defaultMonth={defaultMonth} />}
    </div>
  );
}

function EntryRow({ slug, technologyId, formats, entry, canEdit }: { slug: string; technologyId: string; formats: Formats; entry: ActualBenefitEntry; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const month = formatMonth(entry.month, formats.locale, { long: true });
  return (
    <tr data-testid={`actual-benefit-${entry.id}`}>
      <Td>{month}</Td>
      <Td align="right">{formatMoney(entry.amountCents, formats, { showCents: true })}</Td>
      <Td>{entry.description}</Td>
      {canEdit && (
        <Td align="right" className="whitespace-nowrap">
          <Button variant="ghost" size="sm" onClick={() => setEditing(true)}>
            Edit<span className="sr-only"> {month}</span>
          </Button>
          <DeleteButton
            name={`${month} benefit`}
            consequence="The amount no longer counts as realised."
            triggerSize="sm"
            triggerTestId={`delete-actual-benefit-${entry.id}`}
            confirmLabel="Delete amount"
            confirmTestId={`confirm-delete-actual-benefit-${entry.id}`}
            remove={() => deleteActualBenefit(slug, { id: entry.id })}
          />
          <Dialog open={editing} onClose={() => setEditing(false)} title={`Edit the ${month} benefit`} className="max-w-2xl">
            <ActualBenefitForm
              slug={slug}
              technologyId={technologyId}
              formats={formats}
              existing={{ id: entry.id, version: entry.version, month: entry.month.slice(0, 7), amount: centsInput(entry.amountCents, formats.locale), description: entry.description }}
              onSaved={() => setEditing(false)}
            />
          </Dialog>
        </Td>
      )}
    </tr>
  );
}
