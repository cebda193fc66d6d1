import Link from "next/link";

export function SiteHeader({ children }: { children?: React.ReactNode }) {
  return (
    <header className="no-print border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-baseline gap-2 no-underline">
          <span lang="hi" className="text-2xl font-bold text-brand">
            प्रमाण
          </span>
          <span className="text-sm font-semibold tracking-wide text-stone-500">PRAMAAN</span>
        </Link>
        {/* Wraps rather than overflowing: the desk's links, counts and name on a narrow screen. */}
        <nav className="flex flex-wrap items-center gap-x-4 gap-y-1 whitespace-nowrap text-sm">
          {children}
        </nav>
      </div>
    </header>
  );
}
