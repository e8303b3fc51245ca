import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ArRad } from "../../services/nasta-ar";
import { nastaArStrings as t, tkrDelta, tkrText } from "./strings";

const useStyles = makeStyles({
  table: {
    width: "100%",
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontVariantNumeric: "tabular-nums",
  },
  caption: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    paddingBottom: tokens.spacingVerticalXS,
  },
  th: {
    textAlign: "right",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: "anywhere",
  },
  first: { textAlign: "left", width: "31%" },
  rowHead: { textAlign: "left", fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground1 },
  td: {
    textAlign: "right",
    whiteSpace: "nowrap",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  negative: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  icon: { marginRight: "2px" },
  changed: { color: tokens.colorNeutralForeground2 },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  summary: { margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase200 },
  summaryNegative: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface YearTableProps {
  rader: readonly ArRad[];
  /** The same columns without any change, for the "Ändring" column. */
  bas: readonly ArRad[];
  negativa: readonly string[];
}

/**
 * Resultat and kvarvarande beslutsutrymme per year as rows (fits a 320 px pane). A year whose kvarvarande
 * is below zero is red, marked with an icon and the hidden word "negativt" for screen readers; a live
 * summary under the table names the negative years after every change.
 */
export function YearTable({ rader, bas, negativa }: YearTableProps) {
  const s = useStyles();
  return (
    <div>
      <table className={s.table} data-testid="nasta-ar-tabell">
        <caption className={s.caption}>{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(s.th, s.first)}>
              {t.colAr}
            </th>
            <th scope="col" className={s.th}>
              {t.colResultat}
            </th>
            <th scope="col" className={s.th}>
              <abbr title={t.colKvarLong}>{t.colKvar}</abbr>
            </th>
            <th scope="col" className={s.th}>
              <abbr title={t.colAndringLong}>{t.colAndring}</abbr>
            </th>
          </tr>
        </thead>
        <tbody>
          {rader.map((r, i) => {
            const delta = r.kvarvarande - (bas[i]?.kvarvarande ?? r.kvarvarande);
            return (
              <tr key={r.label} className={mergeClasses(r.negativ && s.negative)} data-negativ={r.negativ ? "true" : "false"}>
                <th scope="row" className={mergeClasses(s.td, s.rowHead, r.negativ && s.negative)}>
                  {r.label}
                </th>
                <td className={s.td}>{tkrText(r.resultat)}</td>
                <td className={s.td} data-testid={`kvar-${r.label}`}>
                  {r.negativ && (
                    <span className={s.icon} aria-hidden="true">
                      ⚠
                    </span>
                  )}
                  {tkrText(r.kvarvarande)}
                  {r.negativ && <span className={s.hidden}> {t.negativeMark}</span>}
                </td>
                <td className={mergeClasses(s.td, !r.negativ && s.changed)}>{Math.round(delta / 1000) === 0 ? "" : tkrDelta(delta)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p
        role="status"
        aria-live="polite"
        className={mergeClasses(s.summary, negativa.length > 0 && s.summaryNegative)}
        data-testid="nasta-ar-sammanfattning"
      >
        {negativa.length > 0 ? t.negativeSummary([...negativa]) : t.allPositive}
      </p>
    </div>
  );
}
