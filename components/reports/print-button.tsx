"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog, where "Save as PDF" is one of the printers. Hidden in the printout itself. */
export function PrintButton() {
  return (
    <Button onClick={() => window.print()} data-testid="print-report" size="sm" className="h-9 print:hidden">
      Print or save as PDF
    </Button>
  );
}
