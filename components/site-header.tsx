import Link from "next/link";

export function SiteHeader({ children }: { children?: React.ReactNode }) {
  return (
    <header className="no-print border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="flex items-baseline gap-2 no-underline">
          <span lang="hi" className="text-2xl font-bold text-brand">
            प्रमाण
          </span>
          <span className="text-sm font-semibold tracking-wide text-stone-500">PRAMAAN</span>
        </Link>
        <nav className="flex items-center gap-4 text-sm">{children}</nav>
      </div>
    </header>
  );
}
