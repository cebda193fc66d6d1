import { SignInForm } from "@/components/sign-in-form";
import { SiteHeader } from "@/components/site-header";

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

// Only same-site paths: an open redirect after sign-in is a phishing tool.
const safeCallback = (url?: string) => (url && url.startsWith("/") && !url.startsWith("//") ? url : "/desk");

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
        <SignInForm callbackUrl={safeCallback(callbackUrl)} />
      </main>
    </>
  );
}
