import { describe, expect, it } from "vitest";
import { claimReviewJsonLd, jsonLdScript } from "@/lib/claimreview/jsonld";
import { missingClaimReviewFields, missingRecommendedFields } from "@/lib/claimreview/validate";
import realReviews from "../fixtures/claimreviews-real.json";
import { publishedDossier } from "./dossier-fixture";

const INDIAN = /aajtak|afp_fact_check_hindi|afp_india|boom|india_today|news_checker|quint|vishvas/;

describe("ClaimReview JSON-LD", () => {
  const cr = claimReviewJsonLd(publishedDossier(), "https://pramaan.example");

  it("has every field Google requires, typed with schema-dts", () => {
    expect(missingClaimReviewFields(cr as never)).toEqual([]);
    expect(cr).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://pramaan.example/claims/train-speed-abc123",
      claimReviewed: "किम जोंग उन की ट्रेन 59 किलोमीटर प्रति घंटा से तेज नहीं चलती",
      datePublished: "2023-09-20",
      reviewRating: {
        "@type": "Rating",
        alternateName: "अधिकांशतः सत्य",
        ratingValue: 4,
        bestRating: 5,
        worstRating: 1,
      },
    });
  });

  it("after a correction: first publication stays datePublished, the correction is dateModified", () => {
    const d = publishedDossier();
    expect(cr).not.toHaveProperty("dateModified");
    d.verdict!.publishedAt = new Date("2023-10-05T10:00:00Z");
    d.corrections = [
      {
        id: "c1",
        kind: "CORRECTION",
        noteHi: "रेटिंग बदली",
        noteEn: null,
        version: 2,
        createdAt: new Date("2023-10-01T00:00:00Z"),
        publishedAt: new Date("2023-10-05T10:00:00Z"),
        requestedBy: { id: "u1", name: "Asha Verma" },
        approvedBy: { id: "u2", name: "Ravi Kumar" },
        from: null,
        to: null,
      },
    ];
    expect(claimReviewJsonLd(d, "https://pramaan.example")).toMatchObject({
      datePublished: "2023-09-20",
      dateModified: "2023-10-05",
    });
  });

  it("names who made the claim and where it appeared", () => {
    const item = cr.itemReviewed as Record<string, any>;
    expect(item["@type"]).toBe("Claim");
    expect(item.author).toEqual({ "@type": "Organization", name: "बीबीसी", alternateName: "BBC" });
    expect(item.appearance[0]).toMatchObject({
      "@type": "CreativeWork",
      headline: "किम जोंग ट्रेन से रूस पहुंचे",
      datePublished: "2023-09-12",
    });
    expect(item.firstAppearance).toEqual(item.appearance[0]);
  });

  it("an anonymous official of an organisation: the organisation is the claim's author", () => {
    const d = publishedDossier();
    const ministry = {
      id: "ent_mfa",
      slug: "russian-ministry-of-foreign-affairs",
      kind: "ORGANISATION" as const,
      nameHi: "रूसी विदेश मंत्रालय",
      nameEn: "Russian Ministry of Foreign Affairs",
      url: null,
      affiliationId: null,
    };
    d.mentions[0].chain[0] = {
      ...d.mentions[0].chain[0],
      entity: null,
      anonymousAs: "एक अधिकारी",
      affiliation: ministry,
    };
    const item = claimReviewJsonLd(d, "https://pramaan.example").itemReviewed as Record<
      string,
      any
    >;
    expect(item.author).toEqual({
      "@type": "Organization",
      name: "रूसी विदेश मंत्रालय",
      alternateName: "Russian Ministry of Foreign Affairs",
      description: "एक अधिकारी",
    });
    // The ministry named outright in another article: the same author, without one article's words.
    const named = structuredClone(d.mentions[0]);
    named.id = "m2";
    named.chain[0] = { ...named.chain[0], entity: ministry, anonymousAs: null, affiliation: null };
    const both = { ...d, mentions: [...d.mentions, named] };
    expect(
      (claimReviewJsonLd(both, "https://pramaan.example").itemReviewed as Record<string, any>)
        .author,
    ).toEqual({
      "@type": "Organization",
      name: "रूसी विदेश मंत्रालय",
      alternateName: "Russian Ministry of Foreign Affairs",
    });
    // An unnamed source of no named organisation names nobody.
    d.mentions[0].chain[0] = { ...d.mentions[0].chain[0], affiliation: null };
    expect(claimReviewJsonLd(d, "https://pramaan.example").itemReviewed).not.toHaveProperty(
      "author.name",
    );
  });

  it("firstAppearance is the earliest appearance, and the rationale is the review's body", () => {
    const d = publishedDossier();
    const later = structuredClone(d.mentions[0]);
    later.id = "m0";
    later.article = {
      ...later.article,
      id: "art_late",
      eventDate: new Date("2023-09-30T00:00:00Z"),
    };
    d.mentions = [later, ...d.mentions];
    const ld = claimReviewJsonLd(d, "https://pramaan.example") as Record<string, any>;
    expect(ld.itemReviewed.appearance).toHaveLength(2);
    expect(ld.itemReviewed.firstAppearance).toEqual(ld.itemReviewed.appearance[1]);
    expect(ld.itemReviewed.datePublished).toBe("2023-09-12");
    expect(ld.reviewBody).toBe(d.verdict?.rationale);
    expect(missingRecommendedFields(ld)).toEqual([]);
  });

  it("leaves out rating numbers for off-scale ratings such as 'unverifiable'", () => {
    const d = publishedDossier();
    d.verdict!.rating = {
      ...d.verdict!.rating,
      labelHi: "अप्रमाणित",
      labelEn: "Unverifiable",
      value: null,
    };
    const rating = claimReviewJsonLd(d, "https://pramaan.example").reviewRating as Record<
      string,
      unknown
    >;
    expect(rating.alternateName).toBe("अप्रमाणित");
    expect(rating).not.toHaveProperty("ratingValue");
  });

  it("refuses to describe a verdict that is not published", () => {
    const d = publishedDossier();
    d.verdict!.status = "DRAFT";
    expect(() => claimReviewJsonLd(d, "https://pramaan.example")).toThrow();
  });

  it("cannot be broken out of its <script> element by claim text", () => {
    const d = publishedDossier();
    d.textHi = 'दावा </script><script>alert("x")</script>';
    const html = jsonLdScript(claimReviewJsonLd(d, "https://pramaan.example"));
    expect(html).not.toContain("</script>");
    expect(JSON.parse(html).claimReviewed).toBe(d.textHi);
  });

  it("the required-field check accepts what Indian fact-checkers really publish", () => {
    const indian = realReviews.filter((r) => INDIAN.test(r.fixture_file));
    expect(indian.length).toBeGreaterThanOrEqual(10);
    for (const r of indian)
      expect(missingClaimReviewFields(r.claimreview as never), r.fixture_file).toEqual([]);
  });
});
