import { correctionsAtom } from "@/lib/correction/atom";
import { listPublishedCorrections } from "@/lib/correction/data";
import { publicBaseUrl } from "@/lib/env";
import { CORRECTIONS_PAGE_MAX } from "@/lib/public/params";

export const dynamic = "force-dynamic";

/** The newest corrections as Atom: feed readers poll the first page only. */
export async function GET() {
  const { items } = await listPublishedCorrections(1, CORRECTIONS_PAGE_MAX);
  const xml = correctionsAtom(items, { baseUrl: publicBaseUrl(), updated: new Date(0) });
  return new Response(xml, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=60",
    },
  });
}
