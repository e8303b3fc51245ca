import { Field, makeStyles, mergeClasses, Select, ToggleButton, tokens } from "@fluentui/react-components";
import type { Severity } from "../domain/issues";
import { SEVERITIES } from "../services/issues";
import type { IssueCounts } from "../services/types";
import { strings } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  toggles: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  sheet: { flex: "1 1 140px", minWidth: 0 },
  // A shown severity looks selected (brand tint); a hidden one plain, so the state reads at a glance.
  on: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    border: `1px solid ${tokens.colorBrandStroke2}`,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover, color: tokens.colorBrandForeground2 },
  },
  off: { color: tokens.colorNeutralForeground3, textDecorationLine: "line-through" },
});

export interface IssueFiltersProps {
  /** Issues per severity before filtering (shown on the toggles). */
  antal: IssueCounts;
  severities: ReadonlySet<Severity>;
  onToggle(severity: Severity): void;
  /** Sheets that have issues, in the order to offer them. */
  sheets: readonly string[];
  /** Chosen sheet, or null for all sheets. */
  sheet: string | null;
  onSheet(sheet: string | null): void;
}

/** Option value of the issues about the whole workbook (their sheet is ""; "" is "all sheets" here). */
const WHOLE_WORKBOOK = "\u0001";
const toOption = (sheet: string) => (sheet === "" ? WHOLE_WORKBOOK : sheet);
const fromOption = (value: string) => (value === "" ? null : value === WHOLE_WORKBOOK ? "" : value);

/** Severity toggles (Fel 6, Varningar 7, Information 3) and a sheet chooser for the issue list. */
export function IssueFilters({ antal, severities, onToggle, sheets, sheet, onSheet }: IssueFiltersProps) {
  const s = useStyles();
  return (
    <div className={s.root} role="group" aria-label={strings.filterLabel}>
      <div className={s.toggles} role="group" aria-label={strings.filterSeverity}>
        {SEVERITIES.map((sev) => (
          <ToggleButton
            key={sev}
            size="small"
            appearance="outline"
            className={mergeClasses(severities.has(sev) ? s.on : s.off)}
            checked={severities.has(sev)}
            onClick={() => onToggle(sev)}
            data-filter={sev}
          >
            {`${strings.severityGroup[sev]} (${antal[sev]})`}
          </ToggleButton>
        ))}
      </div>
      <Field className={s.sheet} label={strings.filterSheet} size="small">
        <Select size="small" value={sheet === null ? "" : toOption(sheet)} onChange={(_, d) => onSheet(fromOption(d.value))}>
          <option value="">{strings.allSheets}</option>
          {sheets.map((name) => (
            <option key={name} value={toOption(name)}>
              {name || strings.workbookWide}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
