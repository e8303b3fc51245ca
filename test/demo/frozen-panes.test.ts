import { frozenCellStyle, frozenHeadStyle } from "../../src/demo/frozen-panes";

describe("frozen panes of the demo grid", () => {
  const offsets = { rowTop: [22, 44], colLeft: [44] };

  it("makes frozen rows and columns sticky with an opaque background and an edge after the last", () => {
    expect(frozenCellStyle(5, 3, offsets, { color: "red" })).toEqual({ color: "red" });
    expect(frozenCellStyle(0, 3, offsets, undefined)).toEqual({
      position: "sticky",
      top: 22,
      left: undefined,
      zIndex: 2,
      backgroundColor: "#ffffff",
    });
    expect(frozenCellStyle(1, 3, offsets, { backgroundColor: "#DDEBF7" })).toMatchObject({
      top: 44,
      backgroundColor: "#DDEBF7",
      borderBottom: "1px solid #8a8a8a",
    });
    expect(frozenCellStyle(7, 0, offsets, undefined)).toMatchObject({ left: 44, zIndex: 2, borderRight: "1px solid #8a8a8a" });
    expect(frozenCellStyle(1, 0, offsets, undefined)).toMatchObject({ top: 44, left: 44, zIndex: 3 });
    // a title that spills over the next frozen cells stays readable
    expect(frozenCellStyle(1, 0, offsets, undefined, true)).toMatchObject({ zIndex: 4 });
    expect(frozenCellStyle(0, 3, offsets, undefined, true)).toMatchObject({ zIndex: 3 });
  });

  it("keeps the row numbers and column letters of frozen panes in view", () => {
    expect(frozenHeadStyle("row", 1, offsets)).toEqual({ top: 44, zIndex: 5 });
    expect(frozenHeadStyle("row", 2, offsets)).toBeUndefined();
    expect(frozenHeadStyle("col", 0, offsets)).toEqual({ left: 44, zIndex: 5 });
    expect(frozenHeadStyle("col", 1, offsets)).toBeUndefined();
  });
});
