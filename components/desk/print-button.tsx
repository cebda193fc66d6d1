"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function PrintButton() {
  const t = useTranslations("claims");
  return (
    <Button type="button" onClick={() => window.print()} variant="outline" size="sm">
      {t("print")}
    </Button>
  );
}
