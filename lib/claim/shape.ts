// The declared shape of a claim: every view of a claim (the verdict page, the desk page, the v1 API,
// the review snapshot, the history, the report model) says, for every field of the dossier, whether
// it shows it or why it leaves it out. Declarations are typed `satisfies ClaimFields`, so a field
// added to the dossier (lib/claim/dossier-query.ts) does not compile until every view has declared
// it; tests/unit/claim-shape.test.ts then checks that what a view calls "shown" reaches its output.
// Pure types and one helper, no framework.
import type { ClaimDossier } from "./dossier";

type Omitted = `omitted: ${string}`;
/**
 * "shown": the value itself reaches the view's reader (a test finds it in the output); "shown as …":
 * it reaches them in another form, said how (an id as the title it points to); otherwise the reason
 * it does not.
 */
type FieldFate = "shown" | `shown as ${string}` | Omitted;

/** One fate per field of T: every key, none extra (`satisfies` rejects unknown keys). */
type Fates<T> = { [K in keyof T]-?: FieldFate };

type Verdict = NonNullable<ClaimDossier["verdict"]>;
type Mention = ClaimDossier["mentions"][number];
type Link = Mention["chain"][number];
type Evidence = ClaimDossier["evidence"][number];
type Correction = ClaimDossier["corrections"][number];

/**
 * Every field of a claim dossier, with the parts a claim is made of (its verdict, its appearances'
 * chains, its evidence's sources, its corrections) declared field by field when a view shows them at
 * all, or left out whole with a reason.
 */
export type ClaimFields = Fates<
  Omit<ClaimDossier, "verdict" | "mentions" | "evidence" | "corrections">
> & {
  verdict: Omitted | Fates<Verdict>;
  mentions: Omitted | (Fates<Omit<Mention, "chain">> & { chain: Omitted | Fates<Link> });
  evidence:
    | Omitted
    | (Fates<Omit<Evidence, "source">> & { source: Omitted | Fates<Evidence["source"]> });
  corrections: Omitted | Fates<Correction>;
};

/** A path into the dossier ("mentions.chain.anonymousAs") and the fate its view declared for it. */
export type DeclaredField = { path: string; fate: FieldFate };

/** The declaration flattened to paths, for tests that look for each shown value in a view's output. */
export function declaredFields(fields: ClaimFields): DeclaredField[] {
  const out: DeclaredField[] = [];
  const walk = (node: Record<string, unknown>, prefix: string) => {
    for (const [key, fate] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof fate === "string") out.push({ path, fate: fate as FieldFate });
      else walk(fate as Record<string, unknown>, path);
    }
  };
  walk(fields, "");
  return out;
}
