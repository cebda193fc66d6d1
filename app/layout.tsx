import type { Metadata } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "प्रमाण Pramaan — fact checks", template: "%s · प्रमाण Pramaan" },
  description: "Fact checks of claims in Hindi news, with the evidence behind each verdict.",
  icons: { icon: "/favicon.svg" },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, which the CSP nonce (proxy.ts) needs: a page prerendered at build
  // time would carry scripts without it, and the browser would refuse to run them.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">{children}</body>
    </html>
  );
}
