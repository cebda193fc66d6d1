// The claim filters the desk's claims list and its search share: status, topic, outlet, speaker and
// verdict, each a plain GET field, so both pages read the same query-string names.

import { useLocale, useTranslations } from "next-intl";
import { langOf } from "@/lib/i18n/locale";
import { type EntityChoice, EntityFilterField, OUTLET_KINDS } from "./entity-picker";
import { FilterInput, FilterSelect } from "./list-controls";

export function ClaimFilterFields({
  query,
  outlet,
  speaker,
  ratings,
  ratingLabel,
}: {
  query: { status?: string; topic?: string; outlet?: string; speaker?: string; rating?: string };
  /** The outlet the query names (loaded by id), shown in the outlet picker. */
  outlet: EntityChoice | null;
  /** The speaker the query names (loaded by id), shown in the speaker picker. */
  speaker: EntityChoice | null;
  ratings: { id: string; labelEn: string; labelHi: string }[];
  ratingLabel?: string;
}) {
  const t = useTranslations("claims.filters");
  const status = useTranslations("enums.ClaimStatus");
  const lang = langOf(useLocale());
  return (
    <>
      <FilterSelect
        name="status"
        label={t("status")}
        value={query.status}
        options={[
          { value: "open", label: status("OPEN") },
          { value: "sent_back", label: status("SENT_BACK") },
          { value: "in_review", label: status("IN_REVIEW") },
          { value: "published", label: status("PUBLISHED") },
        ]}
      />
      <FilterInput name="topic" label={t("topic")} value={query.topic} />
      <div className="min-w-56">
        {/* Searched on the server: a newsroom's registry holds more outlets than a <select> can. */}
        <EntityFilterField
          key={outlet?.id ?? "none"}
          name="outlet"
          label={t("outlet")}
          testId="filter-outlet"
          initial={outlet}
          kinds={OUTLET_KINDS}
        />
      </div>
      <div className="min-w-56">
        <EntityFilterField
          // A new query's speaker starts the picker afresh.
          key={speaker?.id ?? "none"}
          name="speaker"
          label={t("speaker")}
          testId="filter-speaker"
          initial={speaker}
        />
      </div>
      <FilterSelect
        name="rating"
        label={ratingLabel ?? t("verdict")}
        value={query.rating}
        options={ratings.map((r) => ({
          value: r.id,
          label: lang === "hi" ? r.labelHi : r.labelEn,
        }))}
      />
    </>
  );
}
