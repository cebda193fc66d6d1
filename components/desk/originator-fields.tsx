"use client";
// The verdict form's "who it really came from" section: the verified originator (picked from the
// registry, or added to it from the picker with its duplicate check), the source that shows it, a
// note, and which appearances attribute the claim wrongly.
import { useLocale, useTranslations } from "next-intl";
import {
  attributedTo,
  type ChainSpeakerLink,
  isOwnAssertion,
  suggestMisattributed,
} from "@/lib/attribution/originator";
import type { FieldErrors } from "@/lib/errors";
import { langOf } from "@/lib/i18n/locale";
import { langAttr, scriptLang, textTag } from "./entity-name";
import { EntityPicker } from "./entity-picker";
import { FieldError, inputClass, labelClass } from "./field";

export type OriginatorEntity = {
  id: string;
  slug: string;
  kind: string;
  nameHi: string | null;
  nameEn: string | null;
  affiliationId?: string | null;
};

export type OriginatorForm = {
  originator: OriginatorEntity | null;
  /** A name typed and not picked: sent with the verdict, which is refused naming it. */
  originatorTyped?: string;
  originatorEvidenceId: string;
  originatorNote: string;
  misattributedMentionIds: string[];
};

interface Props {
  value: OriginatorForm;
  onChange: (next: OriginatorForm) => void;
  errors?: FieldErrors;
  evidence: { id: string; source: { title: string } }[];
  mentions: { id: string; article: { title: string }; chain: ChainSpeakerLink[] }[];
}

export function OriginatorFields({ value, onChange, errors, evidence, mentions }: Props) {
  const t = useTranslations("chain.originator");
  const lang = langOf(useLocale());
  const pick = (originator: OriginatorEntity | null) =>
    onChange(
      originator
        ? {
            ...value,
            originator,
            originatorTyped: undefined,
            // Pre-ticked as a suggestion: the editor unticks what is not a misattribution.
            misattributedMentionIds: suggestMisattributed(mentions, originator),
          }
        : {
            originator: null,
            originatorEvidenceId: "",
            originatorNote: "",
            misattributedMentionIds: [],
          },
    );
  const toggle = (id: string, on: boolean) =>
    onChange({
      ...value,
      misattributedMentionIds: on
        ? [...value.misattributedMentionIds, id]
        : value.misattributedMentionIds.filter((x) => x !== id),
    });
  return (
    <fieldset
      className="space-y-3 rounded border border-stone-200 p-3"
      data-testid="originator-fields"
    >
      <legend className="px-1 text-sm font-semibold">{t("legend")}</legend>
      <p className="text-sm text-stone-600">{t("hint")}</p>
      <EntityPicker
        label={t("picker")}
        value={
          value.originator
            ? { entityId: value.originator.id, entity: value.originator }
            : { typed: value.originatorTyped }
        }
        onChange={(v) =>
          v.entity
            ? pick({ ...v.entity, affiliationId: v.entity.affiliation?.id ?? null })
            : v.typed !== undefined
              ? onChange({ ...value, originatorTyped: v.typed })
              : pick(null)
        }
        errors={{ entityId: errors?.originatorId }}
        testId="originator"
      />
      {value.originator && (
        <>
          <div>
            <label className={labelClass} htmlFor="o-evidence">
              {t("evidence")}
            </label>
            <select
              id="o-evidence"
              value={value.originatorEvidenceId}
              onChange={(e) => onChange({ ...value, originatorEvidenceId: e.target.value })}
              className={inputClass}
              aria-invalid={!!errors?.originatorEvidenceId}
            >
              <option value="">{t("chooseEvidence")}</option>
              {evidence.map((e) => (
                <option key={e.id} value={e.id} lang={langAttr(scriptLang(e.source.title), lang)}>
                  {e.source.title}
                </option>
              ))}
            </select>
            <FieldError errors={errors?.originatorEvidenceId} />
          </div>
          <div>
            <label className={labelClass} htmlFor="o-note">
              {t("note")}
            </label>
            <input
              id="o-note"
              lang="hi"
              value={value.originatorNote}
              onChange={(e) => onChange({ ...value, originatorNote: e.target.value })}
              className={inputClass}
            />
            <FieldError errors={errors?.originatorNote} />
          </div>
          <fieldset>
            <legend className={labelClass}>{t("misattributed")}</legend>
            {mentions.map((m) => (
              <label key={m.id} className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  className="mt-1"
                  checked={value.misattributedMentionIds.includes(m.id)}
                  onChange={(e) => toggle(m.id, e.target.checked)}
                  data-testid={`misattributed-${m.id}`}
                />
                <span>
                  {isOwnAssertion(m.chain)
                    ? t.rich("ownVoice", {
                        title: m.article.title,
                        article: textTag(m.article.title, lang),
                      })
                    : t.rich("names", {
                        title: m.article.title,
                        who: attributedTo(m.chain, lang),
                        article: textTag(m.article.title, lang),
                        w: (chunks) => (
                          <strong lang={langAttr(scriptLang(attributedTo(m.chain, lang)), lang)}>
                            {chunks}
                          </strong>
                        ),
                      })}
                </span>
              </label>
            ))}
            <FieldError errors={errors?.misattributedMentionIds} />
          </fieldset>
        </>
      )}
    </fieldset>
  );
}
