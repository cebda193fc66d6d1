import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "प्रमाण Pramaan — fact checks", template: "%s · प्रमाण Pramaan" },
  description: "Fact checks of claims in Hindi news, with the evidence behind each verdict.",
  icons: { icon: "/favicon.svg" },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">{children}</body>
    </html>
  );
}
