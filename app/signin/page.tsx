import { SignInForm } from "@/components/sign-in-form";
import { SiteHeader } from "@/components/site-header";
import { safeCallbackPath } from "@/lib/user/callback-url";

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-sm px-4 py-16">
        <h1 className="mb-1 text-2xl font-bold">Editors sign in</h1>
        <p lang="hi" className="mb-6 text-stone-600">
          संपादक साइन इन करें
        </p>
        {/* Only same-site paths: an open redirect after sign-in is a phishing tool. */}
        <SignInForm callbackUrl={safeCallbackPath(callbackUrl)} />
      </main>
    </>
  );
}
