import Link from "next/link";
import { EntityForm } from "@/components/desk/entity-form";
import { requireDeskUser } from "@/lib/require-editor";

export default async function NewEntityPage() {
  await requireDeskUser("/desk/entities/new");
  return (
    <div className="space-y-4">
      <Link href="/desk/entities" className="text-sm underline">
        ← The registry
      </Link>
      <h1 className="text-2xl font-bold">Add an entity</h1>
      <p className="text-stone-600">
        Give a Hindi or an English name (or both). If a name is already in the registry, you will be
        offered that entry instead.
      </p>
      <EntityForm />
    </div>
  );
}
