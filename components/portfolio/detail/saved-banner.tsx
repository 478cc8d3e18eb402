export function SavedBanner() {
  return (
    <p role="status" data-testid="saved-banner" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
      Saved.
    </p>
  );
}
