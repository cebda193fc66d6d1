"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { langOf } from "@/lib/i18n/locale";
import {
  markAllNotificationsReadAction,
  markNotificationReadAction,
} from "@/lib/notification/actions";
import { FormMessage } from "./field";
import { useAction } from "./use-action";

type Notice = {
  id: string;
  kind: "READY_FOR_REVIEW" | "SENT_BACK" | "PUBLISHED" | "ASSIGNED" | "COMMENT" | "HANDED_OVER";
  createdAt: Date;
  readAt: Date | null;
  when: string;
  actor: { name: string };
  claim: { id: string; textHi: string; textEn: string | null };
};

/** The claim's wording in the page's language when it has one, else the Hindi, marked as Hindi. */
function ClaimText({ claim, lang }: { claim: Notice["claim"]; lang: "hi" | "en" }) {
  if (lang === "en" && claim.textEn) return <span>{claim.textEn}</span>;
  return <span lang={lang === "hi" ? undefined : "hi"}>{claim.textHi}</span>;
}

/** The inbox: unread notices in bold; opening one marks it read and goes to its claim. */
export function InboxList({ notices, seenAt }: { notices: Notice[]; seenAt: string }) {
  const router = useRouter();
  const t = useTranslations("desk.inbox");
  const lang = langOf(useLocale());
  const open = useAction(markNotificationReadAction);
  const all = useAction(markAllNotificationsReadAction);
  const unread = notices.some((n) => !n.readAt);
  return (
    <div className="mt-6 space-y-3">
      <FormMessage result={open.result ?? all.result} />
      {unread && (
        <Button
          type="button"
          disabled={all.pending}
          variant="outline"
          size="sm"
          className="text-sm"
          onClick={() => all.run({ seenAt }, () => router.refresh())}
        >
          {t("markAllRead")}
        </Button>
      )}
      <ul className="divide-y divide-stone-100 rounded-lg bg-white shadow-sm" data-testid="inbox">
        {notices.map((n) => (
          <li key={n.id} className="p-3 text-sm" data-unread={n.readAt ? undefined : "true"}>
            <a
              href={`/desk/claims/${n.claim.id}`}
              className={`block hover:underline ${n.readAt ? "text-stone-600" : "font-bold"}`}
              onClick={(e) => {
                // A plain link still opens the claim in a new tab; a click also marks it read.
                if (e.metaKey || e.ctrlKey || e.shiftKey) return;
                e.preventDefault();
                // A full load, not router.push: the desk layout (the header's "Inbox (N)") is
                // kept across client navigations and would go on showing the old count.
                open.run({ id: n.id }, ({ claimId }) =>
                  window.location.assign(`/desk/claims/${claimId}`),
                );
              }}
            >
              {!n.readAt && <span className="sr-only">{t("unread")} </span>}
              {t(`notice.${n.kind}`, { actor: n.actor.name })}:{" "}
              <ClaimText claim={n.claim} lang={lang} />
            </a>
            <span className="text-xs text-stone-600">{n.when}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
