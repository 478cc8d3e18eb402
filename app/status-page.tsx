import { buttonVariants } from "@/components/ui/button";

type StatusPageProps = {
  /** "404", "403", "Error": said first, small. */
  status: string;
  title: string;
  titleTestId: string;
  /** What happened and what to do about it. */
  children: React.ReactNode;
  /** The ways out: a retry, a link back. */
  actions: React.ReactNode;
};

/**
 * The page shown instead of one that cannot be: not found, not allowed, or failed. Inside the workspace
 * it sits in the shell's <main>; on its own, wrap it in one.
 */
export function StatusPage(props: StatusPageProps) {
  return (
    <div className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-4 p-8 text-center">
      <p className="text-sm font-semibold text-indigo-600">{props.status}</p>
      <h1 className="text-2xl font-semibold" data-testid={props.titleTestId}>
        {props.title}
      </h1>
      <div className="text-slate-600">{props.children}</div>
      <div className="flex flex-wrap items-center justify-center gap-3">{props.actions}</div>
    </div>
  );
}

export const primaryAction = buttonVariants();
export const secondaryAction = buttonVariants({ variant: "secondary" });
