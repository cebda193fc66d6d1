import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/sign-in-form";
import { SiteHeader } from "@/components/site-header";
import { safeCallbackPath } from "@/lib/user/callback-url";

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signin");
  return { title: t("metaTitle") };
}

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  const t = await getTranslations("signin");
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-sm px-4 py-16">
        <h1 className="mb-6 text-2xl font-bold">{t("title")}</h1>
        {/* Only same-site paths: an open redirect after sign-in is a phishing tool. */}
        <SignInForm callbackUrl={safeCallbackPath(callbackUrl)} />
      </main>
    </>
  );
}
