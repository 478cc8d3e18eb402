/**
 * The page shown instead of one that cannot be: not found, not allowed, or failed. A status, a title that
 * says what happened, a sentence on what to do, and the ways out. Inside the workspace it sits in the
 * shell's <main>; on its own, wrap it in one.
 */
export function StatusPage({ status, title, titleTestId, children, actions }: {
  status: string;
  title: string;
  titleTestId: string;
  children: React.ReactNode;
  actions: React.ReactNode;
}) {
  return (
    <div className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-4 p-8 text-center">
      <p className="text-sm font-semibold text-indigo-600">{status}</p>
      <h1 className="text-2xl font-semibold" data-testid={titleTestId}>
        {title}
      </h1>
      <div className="text-slate-600">{children}</div>
      <div className="flex flex-wrap items-center justify-center gap-3">{actions}</div>
    </div>
  );
}

export const primaryAction = "rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500";
export const secondaryAction = "rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50";
