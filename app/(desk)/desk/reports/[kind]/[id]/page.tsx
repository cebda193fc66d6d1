import { notFound, redirect } from "next/navigation";
import { requireDeskUser } from "@/lib/require-editor";

type Props = { params: Promise<{ kind: string; id: string }> };

// Reports used to live at /desk/reports/{claim|article}/{id}; links to them keep working.
export default async function OldReportPage({ params }: Props) {
  const { kind, id } = await params;
  await requireDeskUser(`/desk/reports/${kind}/${id}`);
  if (kind !== "claim" && kind !== "article") notFound();
  redirect(`/desk/reports?${new URLSearchParams({ [kind]: id })}`);
}
