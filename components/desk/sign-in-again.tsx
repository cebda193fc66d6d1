"use client";
// "Sign in again" when a session has run out mid-edit. The link is a real one (/signin with a
// callbackUrl back to this page, validated there by safeCallbackPath), so opening it in a new tab
// works too; a plain click instead signs in inside a dialog on this page. The page never unloads,
// so everything typed stays exactly where it is — text fields, picker choices, the selected words,
// added rows — with nothing copied into browser storage on a shared newsroom computer. A round trip
// through a stored copy could only restore what it knew to save, after the page had hydrated.
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { SignInForm } from "@/components/sign-in-form";
import { Button } from "@/components/ui/button";

export function SignInAgain() {
  const t = useTranslations("signin.again");
  const tc = useTranslations("common");
  const dialog = useRef<HTMLDialogElement>(null);
  const link = useRef<HTMLAnchorElement>(null);
  const titleId = useId();
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const [signedIn, setSignedIn] = useState(false);
  // The address is the browser's own, read after mount (the server does not know the hash).
  useEffect(() => {
    setReturnTo(`${location.pathname}${location.search}${location.hash}`);
  }, []);
  const href = returnTo ? `/signin?callbackUrl=${encodeURIComponent(returnTo)}` : "/signin";

  if (signedIn)
    return (
      <p role="status" className="mt-1 font-semibold" data-testid="signed-in-again">
        {t("done")}
      </p>
    );
  return (
    <>
      <a
        ref={link}
        href={href}
        onClick={(e) => {
          // A new tab or window (modifier keys, middle click) follows the link as it is.
          if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
          e.preventDefault();
          dialog.current?.showModal();
        }}
        className="mt-1 block w-fit font-semibold underline"
        data-testid="sign-in-again"
      >
        {t("link")}
      </a>
      {/* In <body>, not in the form whose message this is: a form may not hold another form. */}
      {returnTo !== null &&
        createPortal(
          <dialog
            ref={dialog}
            aria-labelledby={titleId}
            className="m-auto w-[min(24rem,calc(100vw-2rem))] rounded-lg p-6 text-stone-900 shadow-xl backdrop:bg-black/40"
            data-testid="sign-in-dialog"
            onClose={() => link.current?.focus()}
          >
            <h2 id={titleId} className="text-lg font-bold">
              {t("title")}
            </h2>
            <p className="mb-4 text-sm text-stone-600">{t("hint")}</p>
            <SignInForm
              callbackUrl={returnTo ?? "/desk"}
              onSignedIn={() => {
                dialog.current?.close();
                setSignedIn(true);
              }}
            />
            <Button
              type="button"
              onClick={() => dialog.current?.close()}
              variant="outline"
              size="md"
              className="mt-3 w-full"
            >
              {tc("cancel")}
            </Button>
          </dialog>,
          document.body,
        )}
    </>
  );
}
