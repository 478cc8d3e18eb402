import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Techfolio", template: "%s · Techfolio" },
  description: "Track your technology portfolio and see whether it pays off.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
