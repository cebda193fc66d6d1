import Link from "next/link";
import { SiteHeader } from "@/components/site-header";
import { MAIN_ID, SkipLink } from "@/components/skip-link";

// No session is read here: public pages must stay cacheable.
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SkipLink />
      <SiteHeader>
        <Link href="/" className="hover:underline">
          <span lang="hi">फैक्ट चेक</span> · Fact checks
        </Link>
        <Link href="/entities" className="hover:underline">
          <span lang="hi">नाम</span> · Entities
        </Link>
        <Link href="/corrections" className="hover:underline">
          <span lang="hi">सुधार</span> · Corrections
        </Link>
        <Link href="/search" className="hover:underline">
          <span lang="hi">खोज</span> · Search
        </Link>
        <Link href="/desk" className="rounded border border-stone-300 px-3 py-1 hover:bg-stone-100">
          Editors
        </Link>
      </SiteHeader>
      <main id={MAIN_ID} tabIndex={-1} className="focus:outline-none mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
      <footer className="mx-auto max-w-5xl px-4 py-8 text-sm text-stone-500">
        <span lang="hi">प्रमाण</span> — every verdict is reviewed by a second editor before it is
        published.
      </footer>
    </>
  );
}
