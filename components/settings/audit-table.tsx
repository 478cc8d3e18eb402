import Link from "next/link";
import { TableShell, Th, THead } from "@/components/ui/table";
import type { AuditLogRow } from "@/db/queries/audit-log";
import { label } from "@/lib/domain/labels";
import { formatDateTime, type Locale } from "@/lib/format";
import { changedFields, showValue } from "./audit-diff";

/** The log's rows, newest first; each row's before/after opens in place (a <details>, no JavaScript needed). */
// The log's filter works on UTC days, so its times are shown in UTC too (formatDateTime says so).
export function AuditTable({ slug, rows, locale }: { slug: string; rows: AuditLogRow[]; locale: Locale }) {
  return (
    <TableShell className="text-left" data-testid="audit-log">
      <THead className="normal-case tracking-normal text-slate-600">
        <tr>
          {["Time", "Person", "Action", "Entity", "Entity id", "Changes"].map((c) => (
            <Th key={c} className="px-4">
              {c}
            </Th>
          ))}
        </tr>
      </THead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id} data-testid="audit-row" data-entity={row.entity} data-action={row.action} className="align-top">
            <td className="whitespace-nowrap px-4 py-2 tabular-nums text-slate-700">
              <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt, locale)}</time>
            </td>
            <td className="px-4 py-2">{row.userName ?? <span className="italic text-slate-500">deleted user</span>}</td>
            <td className="px-4 py-2">{label(row.action)}</td>
            <td className="px-4 py-2">{label(row.entity)}</td>
            <td className="max-w-48 truncate px-4 py-2 font-mono text-xs text-slate-600">
              {row.technologyId ? (
                <Link href={`/w/${slug}/portfolio/${row.technologyId}`} className="text-indigo-700 hover:underline">
                  {row.entityId}
                </Link>
              ) : (
                (row.entityId ?? "—")
              )}
            </td>
            <td className="px-4 py-2">
              <Diff before={row.before} after={row.after} />
            </td>
          </tr>
        ))}
      </tbody>
    </TableShell>
  );
}

function Diff({ before, after }: { before: unknown; after: unknown }) {
  if (before == null && after == null) return <span className="text-slate-400">—</span>;
  const changes = changedFields(before, after);
  return (
    <details data-testid="audit-diff">
      <summary className="cursor-pointer text-indigo-700">{changes ? `${changes.length} field${changes.length === 1 ? "" : "s"} changed` : "Before / after"}</summary>
      {changes ? (
        <ul className="mt-2 space-y-1 text-xs">
          {changes.map((c) => (
            <li key={c.field} data-testid="audit-change">
              <span className="font-medium">{c.field}</span>: <del className="text-red-700">{showValue(c.before)}</del> → <ins className="text-emerald-700 no-underline">{showValue(c.after)}</ins>
            </li>
          ))}
        </ul>
      ) : (
        <div className="mt-2 grid gap-2 md:grid-cols-2">
          <Json title="Before" value={before} />
          <Json title="After" value={after} />
        </div>
      )}
    </details>
  );
}

function Json({ title, value }: { title: string; value: unknown }) {
  return (
    <div>
      <p className="text-xs font-medium text-slate-500">{title}</p>
      <pre className="max-h-64 max-w-xl overflow-auto rounded bg-slate-50 p-2 text-xs">{value == null ? "—" : JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}
