import { redirect } from "next/navigation";
import { requireDeskUser } from "@/lib/require-editor";

export default async function DeskHome() {
  await requireDeskUser("/desk/articles");
  redirect("/desk/articles");
}
