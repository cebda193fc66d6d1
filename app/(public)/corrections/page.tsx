import type { Metadata } from "next";
import Link from "next/link";
import { CorrectionEntry } from "@/components/corrections-log";
import { listPublishedCorrections } from "@/lib/correction/data";
import { correctionsQuerySchema } from "@/lib/public/params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "सुधार · Corrections",
  alternates: { types: { "application/atom+xml": "/corrections/feed.xml" } },
};

const PAGE_SIZE = 20;

type Props = { searchParams: Promise<{ page?: string | string[] }> };

export default async function CorrectionsPage({ searchParams }: Props) {
  const raw = (await searchParams).page;
  const parsed = correctionsQuerySchema.safeParse({
    page: typeof raw === "string" ? raw : undefined,
  });
  const page = parsed.success ? parsed.data.page : 1;
  const { items, pages, total } = await listPublishedCorrections(page, PAGE_SIZE);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">
          <span lang="hi">सुधार</span> · Corrections
        </h1>
        <p className="text-stone-600">
          Every correction, clarification and retraction of a published fact check, newest first (
          {total}). Times are India Standard Time.{" "}
          <a href="/corrections/feed.xml" className="underline">
            Atom feed
          </a>
        </p>
      </header>
      {items.length === 0 ? (
        <p className="text-stone-500">No corrections yet.</p>
      ) : (
        <ol className="space-y-3" data-testid="corrections-list">
          {items.map((c) => (
            <CorrectionEntry key={c.id} c={c}>
              <Link
                href={`/claims/${c.claim.slug}#correction-${c.id}`}
                lang="hi"
                className="block text-lg font-semibold hover:underline"
              >
                {c.claim.textHi}
              </Link>
            </CorrectionEntry>
          ))}
        </ol>
      )}
      {pages > 1 && (
        <nav className="flex gap-4" aria-label="Pages">
          {page > 1 && <Link href={`/corrections?page=${page - 1}`}>← Newer</Link>}
          <span className="text-stone-500">
            Page {page} of {pages}
          </span>
          {page < pages && <Link href={`/corrections?page=${page + 1}`}>Older →</Link>}
        </nav>
      )}
    </div>
  );
}
