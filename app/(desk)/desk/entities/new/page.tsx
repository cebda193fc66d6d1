import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EntityForm } from "@/components/desk/entity-form";
import { requireDeskUser } from "@/lib/require-editor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("entities.create");
  return { title: t("title") };
}

export default async function NewEntityPage() {
  await requireDeskUser("/desk/entities/new");
  const t = await getTranslations("entities");
  return (
    <div className="space-y-4">
      <Link href="/desk/entities" className="text-sm underline">
        {t("entry.back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("create.title")}</h1>
      <p className="text-stone-600">{t("create.intro")}</p>
      <EntityForm />
    </div>
  );
}
