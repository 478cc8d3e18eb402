"use client";

import type { ReactNode } from "react";
import { MAX_ROWS } from "@/lib/portfolio/schemas";
import { AddButton, RowCard, Section } from "./controls";

/** The server's messages, keyed by field path ("costs.2.amount"). */
export type Errors = (key: string) => string[] | undefined;

/** What a row's fields need: their ids and paths, and how to change the row. */
export type RowContext<T> = {
  index: number;
  row: T;
  id: (field: string) => string;
  errors: (field: string) => string[] | undefined;
  set: (patch: Partial<T>) => void;
  /** The props of a text field editing `field` of the row. */
  field: (field: keyof T & string) => { id: string; value: string; onValue: (v: string) => void; errors?: string[] };
};

type Props<T extends { key: string }> = {
  /** The list's name in the payload and in error paths: `costs` → `costs.2.amount`, ids `costs-2-amount`. */
  list: string;
  title: string;
  description: string;
  /** "Cost" → "Cost 3: Licences", the row's title and its remove button's name. */
  noun: string;
  /** Shown when there are no rows yet. */
  empty?: string;
  rows: T[];
  onChange: (rows: T[]) => void;
  errors: Errors;
  create: () => T;
  /** What names a row in its title (its description, title or name). */
  nameOf: (row: T) => string;
  /** Above the rows (e.g. the weights' sum). */
  summary?: ReactNode;
  children: (row: RowContext<T>) => ReactNode;
};

/** A section of repeated rows: each in a card with a remove button, an add button below, messages by path. */
export function RepeatedRows<T extends { key: string }>({ list, title, description, noun, empty, rows, onChange, errors, create, nameOf, summary, children }: Props<T>) {
  return (
    <Section id={list} title={title} description={description} errors={errors(list)}>
      {rows.length === 0 ? empty && <p className="text-sm text-slate-500">{empty}</p> : summary}
      {rows.map((row, i) => {
        const name = nameOf(row);
        return (
          <RowCard key={row.key} title={`${noun} ${i + 1}${name ? `: ${name}` : ""}`} onRemove={() => onChange(rows.filter((_, j) => j !== i))}>
            {children(rowContext(list, rows, i, onChange, errors))}
          </RowCard>
        );
      })}
      <AddButton onClick={() => onChange([...rows, create()])} disabled={rows.length >= MAX_ROWS}>
        Add {noun.toLowerCase()}
      </AddButton>
    </Section>
  );
}

function rowContext<T extends { key: string }>(list: string, rows: T[], index: number, onChange: (rows: T[]) => void, all: Errors): RowContext<T> {
  const row = rows[index];
  const id = (f: string) => `${list}-${index}-${f}`;
  const errors = (f: string) => all(`${list}.${index}.${f}`);
  const set = (patch: Partial<T>) => onChange(rows.map((r, j) => (j === index ? { ...r, ...patch } : r)));
  const field = (f: keyof T & string) => ({ id: id(f), value: String(row[f] ?? ""), onValue: (v: string) => set({ [f]: v } as Partial<T>), errors: errors(f) });
  return { index, row, id, errors, set, field };
}
