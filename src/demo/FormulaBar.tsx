import { makeStyles, tokens } from "@fluentui/react-components";
import { a1 } from "../domain/model";
import { demoStrings as t } from "../taskpane/strings";
import type { GridSheet } from "./GridView";
import { formatCell } from "./number-format";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "stretch",
    gap: tokens.spacingHorizontalS,
    fontSize: "12px",
    fontFamily: "Calibri, Carlito, 'Segoe UI', system-ui, sans-serif",
    flex: "0 0 auto",
  },
  name: {
    flex: "0 0 80px",
    minHeight: "16px",
    padding: "3px 6px",
    backgroundColor: "#ffffff",
    border: "1px solid #c8c8c8",
    color: "#1f1f1f",
  },
  content: {
    flex: "1 1 auto",
    minHeight: "16px",
    minWidth: 0,
    padding: "3px 6px",
    backgroundColor: "#ffffff",
    border: "1px solid #c8c8c8",
    color: "#1f1f1f",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
});

/** Excel's name box and formula bar for the selected cell: the formula when there is one, else the value. */
export function FormulaBar({ sheet, selection }: { sheet: GridSheet; selection: { row: number; col: number } | null }) {
  const s = useStyles();
  const address = selection ? a1(selection.row, selection.col) : "";
  let content = "";
  if (selection) {
    const formula = sheet.formulas?.[selection.row]?.[selection.col];
    const value = sheet.values[selection.row]?.[selection.col] ?? "";
    content = formula || (typeof value === "number" ? formatCell(value, "General") : formatCell(value, null));
  }
  return (
    <div className={s.bar}>
      <output className={s.name} aria-label={t.nameBox} data-testid="name-box">
        {address}
      </output>
      <output className={s.content} aria-label={t.formulaBar} data-testid="formula-bar">
        {content}
      </output>
    </div>
  );
}
