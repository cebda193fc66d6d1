"use client";
// A link to a readers' page in the language of the page it is on: `/claims/x` on an English page
// points at `/en/claims/x` (lib/i18n/negotiate.mjs pathIn). Desk paths pass through unchanged, so it
// is safe for any internal link; use it wherever a page may link to readers' pages.
import Link from "next/link";
import { useLocale } from "next-intl";
import type { ComponentProps } from "react";
import { langOf } from "@/lib/i18n/locale";
import { pathIn } from "@/lib/i18n/negotiate.mjs";

type Props = Omit<ComponentProps<typeof Link>, "href"> & { href: string };

export function LocalLink({ href, ...props }: Props) {
  return <Link href={pathIn(href, langOf(useLocale()))} {...props} />;
}
