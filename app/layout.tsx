import type { Metadata } from "next";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { langOf } from "@/lib/i18n/locale";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  const site = t("common.siteName");
  return {
    title: { default: `${site} — ${t("nav.public.factChecks")}`, template: `%s · ${site}` },
    description: t("common.tagline"),
    icons: { icon: "/favicon.svg" },
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, which the CSP nonce (proxy.ts) needs: a page prerendered at build
  // time would carry scripts without it, and the browser would refuse to run them.
  await connection();
  const locale = await getLocale();
  return (
    <html lang={langOf(locale)}>
      <body className="min-h-screen antialiased">
        {/* Messages, locale and time zone reach client components from lib/i18n/request.ts. */}
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
