"use client";

/** Opens the browser's print dialog, where "Save as PDF" is one of the printers. Hidden in the printout itself. */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      data-testid="print-report"
      className="inline-flex h-9 items-center rounded-md bg-indigo-600 px-3 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 print:hidden"
    >
      Print or save as PDF
    </button>
  );
}
