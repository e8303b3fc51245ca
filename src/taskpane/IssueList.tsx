import { Badge, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { Issue, Severity } from "../domain/model";
import { groupIssues } from "../services/issues";
import { issueButtonLabel, issueLocation, strings } from "./strings";

const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  fel: "danger",
  varning: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  group: { marginTop: tokens.spacingVerticalM },
  heading: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
  },
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: "pointer",
    ...shorthands.border("none"),
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  noCell: { cursor: "default" },
  location: { gridColumn: "2", fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  message: { gridColumn: "1 / span 2", overflowWrap: "anywhere" },
});

export interface IssueListProps {
  issues: readonly Issue[];
  onSelect(sheet: string, cell: string, where: string): void;
}

/** Issues grouped fel → varning → info; each is a button that selects its cell. */
export function IssueList({ issues, onSelect }: IssueListProps) {
  const s = useStyles();
  if (issues.length === 0) return <p>{strings.noIssues}</p>;
  return (
    <div role="region" aria-label={strings.issuesRegion}>
      {groupIssues(issues).map((g) => {
        const headingId = `finsam-issues-${g.severity}`;
        return (
          <section key={g.severity} className={s.group} aria-labelledby={headingId}>
            <h3 id={headingId} className={s.heading}>
              {strings.severityGroup[g.severity]}
              <Badge color={BADGE_COLOR[g.severity]} appearance="filled">
                {g.issues.length}
              </Badge>
            </h3>
            <ul className={s.list}>
              {g.issues.map((i, n) => {
                const where = issueLocation(i.sheet, i.cell);
                const canSelect = Boolean(i.sheet);
                return (
                  <li key={`${i.code}-${i.sheet}-${i.cell}-${n}`}>
                    <button
                      type="button"
                      className={mergeClasses(s.item, !canSelect && s.noCell)}
                      aria-label={issueButtonLabel(i.severity, where, i.message)}
                      aria-disabled={!canSelect}
                      onClick={() => canSelect && onSelect(i.sheet, i.cell, where)}
                      data-severity={i.severity}
                    >
                      <Badge color={BADGE_COLOR[i.severity]} appearance="tint" size="small">
                        {strings.severityBadge[i.severity]}
                      </Badge>
                      <span className={s.location}>{where}</span>
                      <span className={s.message}>{i.message}</span>
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
