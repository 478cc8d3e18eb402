import { TableSkeleton } from "@/components/portfolio/table/table-skeleton";

export default function ActualsLoading() {
  return (
    <>
      <header className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight">Actuals</h1>
        <div className="mt-2 h-4 w-96 max-w-full animate-pulse rounded bg-slate-200" />
      </header>
      <TableSkeleton columns={6} />
    </>
  );
}
