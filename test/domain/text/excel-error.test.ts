import { isExcelError } from "../../../src/domain/text/excel-error";

describe("isExcelError", () => {
  it("recognises Excel error values and nothing else", () => {
    for (const e of ["#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", " #ref! "]) {
      expect([e, isExcelError(e)]).toEqual([e, true]);
    }
    for (const v of ["#", "#1", "REF!", "N/A", "", null, 0, true, "#hashtag"]) expect([v, isExcelError(v)]).toEqual([v, false]);
  });
});
