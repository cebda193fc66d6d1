import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-2xl px-4 py-24 text-center">
      <p className="text-6xl font-bold text-stone-300">404</p>
      <h1 className="mt-4 text-2xl font-semibold">
        <span lang="hi">यह पन्ना नहीं मिला</span> · Page not found
      </h1>
      <p className="mt-2 text-stone-600">It may never have existed, or it is not published yet.</p>
      <Link href="/" className="mt-6 inline-block text-brand underline">
        Back to the latest fact checks
      </Link>
    </main>
  );
}
