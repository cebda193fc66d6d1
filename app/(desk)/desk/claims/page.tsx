import Link from "next/link";
import { RatingBadge } from "@/components/rating-badge";
import { listClaimsForDesk } from "@/lib/claim/data";
import { formatDateTime, STATUS_LABELS } from "@/lib/format";
import { requireDeskUser } from "@/lib/require-editor";

export default async function ClaimsPage() {
  await requireDeskUser("/desk/claims");
  const claims = await listClaimsForDesk();
  return (
    <>
      <h1 className="text-2xl font-bold">
        Claims{" "}
        <span lang="hi" className="text-stone-400">
          · दावे
        </span>
      </h1>
      <table className="mt-6 w-full border-collapse overflow-hidden rounded-lg bg-white text-sm shadow-sm">
        <thead className="bg-stone-100 text-left">
          <tr>
            <th className="p-3">Claim</th>
            <th className="p-3">Status</th>
            <th className="p-3">Verdict</th>
            <th className="p-3">Appearances</th>
            <th className="p-3">Sources</th>
            <th className="p-3">Updated</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((c) => (
            <tr key={c.id} className="border-t border-stone-100">
              <td className="p-3">
                <Link
                  href={`/desk/claims/${c.id}`}
                  lang="hi"
                  className="font-semibold hover:underline"
                >
                  {c.textHi}
                </Link>
              </td>
              <td className="p-3">{STATUS_LABELS[c.status].en}</td>
              <td className="p-3">
                {c.verdicts[0] ? <RatingBadge rating={c.verdicts[0].rating} size="sm" /> : "—"}
              </td>
              <td className="p-3">{c._count.mentions}</td>
              <td className="p-3">{c._count.evidence}</td>
              <td className="p-3 text-stone-500">{formatDateTime(c.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
