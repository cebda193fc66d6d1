import Link from "next/link";
import { listArticles } from "@/lib/article/data";
import { displayName } from "@/lib/entity/search-key";
import { formatDate } from "@/lib/format";
import { requireDeskUser } from "@/lib/require-editor";

export default async function ArticlesPage() {
  await requireDeskUser("/desk/articles");
  const articles = await listArticles();
  return (
    <>
      <h1 className="text-2xl font-bold">
        Articles{" "}
        <span lang="hi" className="text-stone-400">
          · लेख
        </span>
      </h1>
      <p className="mt-1 text-stone-600">
        Open an article and select the words of a claim to log it.
      </p>
      <ul className="mt-6 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {articles.map((a) => (
          <li key={a.id} className="flex items-baseline justify-between gap-4 p-4">
            <div>
              <Link
                href={`/desk/articles/${a.id}`}
                lang="hi"
                className="text-lg font-semibold hover:underline"
              >
                {a.title}
              </Link>
              <p className="text-sm text-stone-500">
                {a.outlet ? displayName(a.outlet) : "Outlet not recorded"} ·{" "}
                {formatDate(a.publishedAt ?? a.eventDate)}
              </p>
            </div>
            <span className="shrink-0 rounded-full bg-stone-100 px-3 py-1 text-sm">
              {a._count.mentions} logged
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
