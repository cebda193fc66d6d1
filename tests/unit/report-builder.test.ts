// The report builder's address: what was typed is kept, bad values are errors by field, and the
// preview, downloads and printable page share one canonical query.
import { describe, expect, it } from "vitest";
import { readBuilderQuery, toSearchParams } from "@/lib/report/builder-query";

const read = (q: string) => readBuilderQuery(new URLSearchParams(q));

describe("readBuilderQuery", () => {
  it("turns valid filters into one canonical query, drafts last and only when asked", () => {
    const q = read(
      "to=2023-09-30&claim=claim_demo_grain&format=csv&drafts=1&article=&from=2023-09-01",
    );
    expect(q.ok).toBe(true);
    if (!q.ok) return;
    // A range names the date it is on: the article's date when the address does not say.
    expect(q.query).toBe(
      "claim=claim_demo_grain&from=2023-09-01&to=2023-09-30&on=article&drafts=1",
    );
    expect(q.filters).toEqual({
      claim: "claim_demo_grain",
      from: "2023-09-01",
      to: "2023-09-30",
      on: "article",
    });
    expect(read("claim=x&drafts=yes")).toMatchObject({
      ok: true,
      includeDrafts: false,
      query: "claim=x",
    });
    expect(read("")).toMatchObject({ ok: true, query: "" });
  });

  it("keeps what was typed and names each bad field", () => {
    const q = read("from=1/9/2023&claim=not an id&status=DONE&topic=GDP");
    expect(q.ok).toBe(false);
    if (q.ok) return;
    expect(q.values).toMatchObject({
      from: "1/9/2023",
      claim: "not an id",
      status: "DONE",
      topic: "GDP",
    });
    expect(q.values.article).toBe("");
    expect(q.fieldErrors.from).toEqual([{ key: "schema.useIsoDate" }]);
    expect(q.fieldErrors.claim).toEqual([{ key: "schema.notAnId" }]);
    expect(q.fieldErrors.status?.length).toBe(1);
    expect(q.fieldErrors.topic).toBeUndefined();
  });

  it("keeps the date a range is on, and drops it when there is no range", () => {
    expect(read("from=2023-10-01&on=logged")).toMatchObject({
      ok: true,
      query: "from=2023-10-01&on=logged",
    });
    expect(read("to=2023-12-31&on=published")).toMatchObject({
      ok: true,
      filters: { to: "2023-12-31", on: "published" },
    });
    expect(read("claim=x&on=logged")).toMatchObject({ ok: true, query: "claim=x" });
    const bad = read("from=2023-10-01&on=whenever");
    expect(bad).toMatchObject({ ok: false, values: { on: "whenever" } });
    if (!bad.ok) expect(bad.fieldErrors.on).toEqual([{ key: "schema.chooseDate" }]);
  });

  it("puts a reversed date range on the end date", () => {
    const q = read("from=2023-09-30&to=2023-09-01");
    expect(q).toMatchObject({
      ok: false,
      fieldErrors: {
        to: [{ key: "schema.startAfterEnd" }],
      },
    });
  });
});

describe("toSearchParams", () => {
  it("takes the first of repeated params and drops absent ones", () => {
    const p = toSearchParams({ claim: ["a", "b"], topic: "GDP", from: undefined });
    expect(p.toString()).toBe("claim=a&topic=GDP");
  });
});
