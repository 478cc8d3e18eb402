export function FormMessage({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="status" data-testid="form-message" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
      {message}
    </p>
  );
}
