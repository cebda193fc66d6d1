"use client";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { type SignInProblem, signInProblem } from "@/lib/user/sign-in-errors";

/**
 * `onSignedIn`, when given, is called instead of going to `callbackUrl`: signing in again inside a
 * page (components/desk/sign-in-again.tsx) keeps that page and what was typed in it.
 */
export function SignInForm({
  callbackUrl,
  onSignedIn,
}: {
  callbackUrl: string;
  onSignedIn?: () => void;
}) {
  const router = useRouter();
  const t = useTranslations("signin");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<SignInProblem | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    // React bubbles a submit through portals: a form this one is shown from must not save too.
    e.stopPropagation();
    setPending(true);
    setError(null);
    const res = await signIn("credentials", { email, password, redirect: false });
    setPending(false);
    if (res?.ok && !res.error) {
      if (onSignedIn) return onSignedIn();
      router.push(callbackUrl);
      router.refresh();
    } else {
      setError(signInProblem(res?.error ?? ""));
      setPassword("");
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <label className="block">
        <span className="text-sm font-semibold">{t("email")}</span>
        <input
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          className="mt-1 w-full rounded border border-stone-300 px-3 py-2"
        />
      </label>
      <label className="block">
        <span className="text-sm font-semibold">{t("password")}</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          className="mt-1 w-full rounded border border-stone-300 px-3 py-2"
        />
      </label>
      {error && (
        <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-800">
          {error.key === "throttledSeconds" || error.key === "throttledMinutes"
            ? t(`errors.${error.key}`, { count: error.count })
            : t(`errors.${error.key}`)}
        </p>
      )}
      <Button type="submit" pending={pending} variant="brand" size="md" className="w-full">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
