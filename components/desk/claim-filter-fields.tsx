// The claim filters the desk's claims list and its search share: status, topic, outlet, speaker and
// verdict, each a plain GET field, so both pages read the same query-string names.

import { STATUS_LABELS } from "@/lib/labels";
import { type EntityChoice, EntityFilterField, OUTLET_KINDS } from "./entity-picker";
import { FilterInput, FilterSelect } from "./list-controls";

export function ClaimFilterFields({
  query,
  outlet,
  speaker,
  ratings,
  ratingLabel = "Verdict",
}: {
  query: { status?: string; topic?: string; outlet?: string; speaker?: string; rating?: string };
  /** The outlet the query names (loaded by id), shown in the outlet picker. */
  outlet: EntityChoice | null;
  /** The speaker the query names (loaded by id), shown in the speaker picker. */
  speaker: EntityChoice | null;
  ratings: { id: string; labelEn: string }[];
  ratingLabel?: string;
}) {
  return (
    <>
      <FilterSelect
        name="status"
        label="Status"
        value={query.status}
        options={[
          { value: "open", label: STATUS_LABELS.OPEN.en },
          { value: "sent_back", label: STATUS_LABELS.SENT_BACK.en },
          { value: "in_review", label: STATUS_LABELS.IN_REVIEW.en },
          { value: "published", label: STATUS_LABELS.PUBLISHED.en },
        ]}
      />
      <FilterInput name="topic" label="Topic" value={query.topic} />
      <div className="min-w-56">
        {/* Searched on the server: a newsroom's registry holds more outlets than a <select> can. */}
        <EntityFilterField
          key={outlet?.id ?? "none"}
          name="outlet"
          label="Outlet"
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
          label="Speaker"
          testId="filter-speaker"
          initial={speaker}
        />
      </div>
      <FilterSelect
        name="rating"
        label={ratingLabel}
        value={query.rating}
        options={ratings.map((r) => ({ value: r.id, label: r.labelEn }))}
      />
    </>
  );
}
