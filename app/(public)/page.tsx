import { VerdictCard } from "@/components/verdict-card";
import { listLatestPublished } from "@/lib/public/data";

// Rendered per request (it is not prerendered at build, when there is no database), but from cached
// data: publishing expires the cache.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const latest = await listLatestPublished(20);
  return (
    <>
      <h1 className="text-3xl font-bold">
        <span lang="hi">ताज़ा फैक्ट चेक</span>{" "}
        <span className="text-stone-400">· Latest fact checks</span>
      </h1>
      {latest.length === 0 ? (
        <p className="mt-8 text-stone-600">No verdicts are published yet.</p>
      ) : (
        <div className="mt-6 grid gap-4 md:grid-cols-2">
          {latest.map((c) => (
            <VerdictCard key={c.id} claim={c} />
          ))}
        </div>
      )}
    </>
  );
}
