"use client";

import "./globals.css";
import { ErrorMessage, type ErrorProps } from "./error-message";

/** The root layout itself failed: this replaces it, so it brings its own document. */
export default function GlobalError(props: ErrorProps) {
  return (
    <html lang="en">
      <body className="flex min-h-screen items-center justify-center">
        <title>Something went wrong · Techfolio</title>
        <ErrorMessage {...props} back={{ href: "/workspaces", label: "Go to your workspaces" }} />
      </body>
    </html>
  );
}
