// The fixed sentence for each audit action ("{name} sent the verdict back"): the fallback
// lib/history/describe uses for actions it has no richer sentence for. The words live in the
// catalogue (lib/i18n/messages/history.ts, `action`); this table ties each action of the AuditAction
// union to its key with `satisfies`, so an action added to lib/audit-actions.ts does not compile until
// it has a sentence, and the catalogue's types make sure it has one in both languages.
import { type AuditAction, isAuditAction } from "./audit-actions";
import type { Lang } from "./i18n/locale";
import type { history } from "./i18n/messages/history";
import { type Translator, translator } from "./i18n/translator";

type ActionKey = keyof typeof history.hi.action;

const KEYS = {
  "claim.create": "claimCreate",
  "claim.update": "claimUpdate",
  "claim.publish": "claimPublish",
  "mention.create": "mentionCreate",
  "mention.delete": "mentionDelete",
  "mention.reselect": "mentionReselect",
  "mention.attribution": "mentionAttribution",
  "mention.reattach": "mentionReattach",
  "mention.retire": "mentionRetire",
  "evidence.create": "evidenceCreate",
  "evidence.update": "evidenceUpdate",
  "evidence.delete": "evidenceDelete",
  "claim.withdraw": "claimWithdraw",
  "claim.restore": "claimRestore",
  "claim.merge": "claimMerge",
  "claim.merge-in": "claimMergeIn",
  "claim.assign": "claimAssign",
  "claim.unassign": "claimUnassign",
  "source.create": "sourceCreate",
  "source.update": "sourceUpdate",
  "verdict.create": "verdictCreate",
  "verdict.update": "verdictUpdate",
  "verdict.submit": "verdictSubmit",
  "verdict.send-back": "verdictSendBack",
  "verdict.publish": "verdictPublish",
  "verdict.hand-over": "verdictHandOver",
  "review.send-back": "reviewSendBack",
  "review.comment": "reviewComment",
  "review.resubmit-note": "reviewResubmitNote",
  "correction.create": "correctionCreate",
  "correction.update": "correctionUpdate",
  "correction.publish": "correctionPublish",
  "correction.withdraw": "correctionWithdraw",
  "correction.decline": "correctionDecline",
  "claim.retract": "claimRetract",
  "correction.discard": "correctionDiscard",
  "verdict.discard": "verdictDiscard",
  "change.propose": "changePropose",
  "change.approve": "changeApprove",
  "change.reject": "changeReject",
  "entity.create": "entityCreate",
  "entity.update": "entityUpdate",
  "entity.merge": "entityMerge",
  "entity.merge-in": "entityMergeIn",
  "article.import": "articleImport",
  "article.update": "articleUpdate",
  "article.revise": "articleRevise",
  "article.text-rights": "articleTextRights",
  "article.furniture.confirm": "articleFurnitureConfirm",
  "article.furniture.mark": "articleFurnitureMark",
  "article.furniture.unmark": "articleFurnitureUnmark",
  "suggestion.dismiss": "suggestionDismiss",
  "suggestion.restore": "suggestionRestore",
  "user.create": "userCreate",
  "user.password": "userPassword",
  "user.disable": "userDisable",
  "user.enable": "userEnable",
  "seed.demo-claim": "seedDemoClaim",
} as const satisfies Record<AuditAction, ActionKey>;

const translators: Partial<Record<Lang, Translator>> = {};
/** One translator per language for the process: a history panel asks for fifty sentences. */
export function translatorOf(lang: Lang): Translator {
  translators[lang] ??= translator(lang);
  return translators[lang];
}

/**
 * An action's fixed sentence with the actor's name, in `lang` ("Asha Verma published the claim",
 * "आशा वर्मा ने दावा प्रकाशित किया"); an old row's action the code no longer writes prints as stored.
 */
export function describeAction(action: string, lang: Lang, name: string): string {
  const t = translatorOf(lang);
  return isAuditAction(action)
    ? t(`history.action.${KEYS[action]}`, { name })
    : t("history.unknown", { name, action });
}
