import { parseColumnHeader } from "../../../src/domain/detect/column-header";
import { sheetDateOf } from "../../../src/domain/detect/sheet-date";

/**
 * "Utfall per 30/6" and "Utfall t.o.m. 31/8" (a kommun's day/month without a year, the year in the sheet's name or
 * title) are year to that day — read as the whole year they gave half the kvot, with no finding (unseen.ts u02).
 */
describe("a single day/month after per / t.o.m.", () => {
  it.each([
    ["Utfall per 30/6", 2024, "2024-06-30"],
    ["Utfall t.o.m. 31/8", 2016, "2016-08-31"],
    ["Utfall tom 30/4 2021", undefined, "2021-04-30"],
    ["Utfall per 30/6 (tkr)", 2024, "2024-06-30"],
  ])("%s (year %s) → 1 January – %s", (header, year, to) => {
    const info = parseColumnHeader(header, year);
    expect(info.measure).toBe("utfall");
    expect(info.period && [info.period.from, info.period.to]).toEqual([`${to.slice(0, 4)}-01-01`, to]);
  });

  it("is no period without a year, and an impossible day is no period", () => {
    expect(parseColumnHeader("Utfall per 30/6").period).toBeUndefined();
    expect(parseColumnHeader("Utfall per 31/6", 2024).period).toBeUndefined();
  });
});

/**
 * A title block's "Upprättad 2016-09-12" / "Utskriven 2024-07-03" is when the report was made, not the date its
 * figures run to: "Delårsrapport januari–augusti 2016" above it wins (unseen.ts u11 read utfall to 12 September).
 */
describe("sheetDateOf skips the date a report was made or printed", () => {
  it("takes the month range, not the Upprättad date", () => {
    expect(sheetDateOf(["Delårsrapport januari–augusti 2016", "Upprättad 2016-09-12"])).toEqual({ year: 2016, date: "2016-08-31" });
  });
  it.each(["Utskriven 2024-07-03", "Skapad: 2024-07-03", "Senast uppdaterad 2024-07-03", "Printed 2024-07-03"])(
    "%s gives only the year",
    (t) => {
      expect(sheetDateOf(["Budgetuppföljning", t])).toEqual({ year: 2024 });
    },
  );
  it("still reads a period's date ('Period: 2021-01-01 – 2021-12-31')", () => {
    expect(sheetDateOf(["Upprättad 2022-01-20", "Period: 2021-01-01 – 2021-12-31"])).toEqual({ year: 2021, date: "2021-12-31" });
  });
});
