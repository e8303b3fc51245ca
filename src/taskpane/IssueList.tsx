import { Badge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Issue, Severity } from "../domain/issues";
import { groupIssuesBySheet, SEVERITIES } from "../services/issues";
import { usePaneStyles } from "./pane-styles";
import { issueButtonLabel, issueLocation, strings } from "./strings";

export const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  fel: "danger",
  varning: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  group: { marginTop: tokens.spacingVerticalM },
  heading: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    overflowWrap: "anywhere",
  },
  sheetName: { marginRight: tokens.spacingHorizontalXS },
});

export interface IssueListProps {
  issues: readonly Issue[];
  /** Workbook order of the sheets (groups with equal severity follow it). */
  sheetOrder?: readonly string[];
  onSelect(sheet: string, cell: string, where: string): void;
  /** Text when `issues` is empty (default: no issues at all). */
  emptyText?: string;
}

/** Issues grouped by sheet (sheets with fel first), each a button that selects its cell. */
export function IssueList({ issues, sheetOrder = [], onSelect, emptyText = strings.noIssues }: IssueListProps) {
  const s = useStyles();
  const p = usePaneStyles();
  if (issues.length === 0) return <p className={p.text}>{emptyText}</p>;
  return (
    <div role="region" aria-label={strings.issuesRegion}>
      {groupIssuesBySheet(issues, sheetOrder).map((g, gi) => {
        const headingId = `finsam-issues-sheet-${gi}`;
        const title = g.sheet || strings.workbookWide.replace(/^h/, "H");
        return (
          <section key={g.sheet} className={s.group} aria-labelledby={headingId} data-sheet={g.sheet}>
            <h3 id={headingId} className={s.heading}>
              <span className={s.sheetName}>{title}</span>
              {SEVERITIES.filter((sev) => g.antal[sev] > 0).map((sev) => (
                <Badge key={sev} color={BADGE_COLOR[sev]} appearance="filled" size="small">
                  {`${g.antal[sev]} ${strings.severityBadge[sev]}`}
                </Badge>
              ))}
            </h3>
            <ul className={p.list}>
              {g.issues.map((i, n) => {
                const where = issueLocation(i.sheet, i.cell);
                const canSelect = Boolean(i.sheet);
                return (
                  <li key={`${i.code}-${i.cell}-${n}`}>
                    <button
                      type="button"
                      className={mergeClasses(p.rowButton, !canSelect && p.rowButtonStatic)}
                      aria-label={issueButtonLabel(i.severity, where, i.message)}
                      aria-disabled={!canSelect}
                      onClick={() => canSelect && onSelect(i.sheet, i.cell, where)}
                      data-severity={i.severity}
                    >
                      <Badge color={BADGE_COLOR[i.severity]} appearance="tint" size="small">
                        {strings.severityBadge[i.severity]}
                      </Badge>
                      <span className={p.rowTitle}>{where}</span>
                      <span className={p.rowText}>{i.message}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
