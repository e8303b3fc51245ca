import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Input,
  makeStyles,
  Select,
  Switch,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { BladVy, KolumnVy, Sakerhet, SheetKind } from "../../services/mapping";
import { dataStrings as t, editStrings } from "./strings";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  warned: { borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  top: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  name: {
    margin: 0,
    marginRight: "auto",
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  meta: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  controls: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
  kind: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, flex: "1 1 160px", minWidth: 0 },
  label: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  changed: {
    backgroundColor: tokens.colorBrandBackground2,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  rowTop: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200 },
  letter: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, minWidth: "1.5em" },
  header: { flex: "1 1 0", minWidth: 0, overflowWrap: "anywhere" },
  noHeader: { flex: "1 1 0", minWidth: 0, fontStyle: "italic", color: tokens.colorNeutralForeground3 },
  detail: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2 },
  when: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalXS },
  whenField: { display: "flex", flexDirection: "column", flex: "1 1 150px", minWidth: 0, fontSize: tokens.fontSizeBase200 },
  unitField: { display: "flex", flexDirection: "column", flex: "0 0 72px", fontSize: tokens.fontSizeBase200 },
  missing: { fontSize: tokens.fontSizeBase100, color: tokens.colorPaletteDarkOrangeForeground1 },
  panel: { marginLeft: 0, marginRight: 0 },
});

const BADGE_COLOR: Record<Sakerhet, "success" | "warning" | "danger"> = { hog: "success", medel: "warning", lag: "danger" };

/** Confidence as a coloured badge with its level and percentage for screen readers. */
export function ConfidenceBadge({ level, confidence }: { level: Sakerhet; confidence: number }) {
  return (
    <Badge
      appearance="tint"
      color={BADGE_COLOR[level]}
      size="small"
      aria-label={t.sakerhetLabel(t.sakerhet[level], confidence)}
      title={t.sakerhetLabel(t.sakerhet[level], confidence)}
    >
      {t.sakerhet[level]}
    </Badge>
  );
}

function CorrectedBadge() {
  return (
    <Badge appearance="filled" color="brand" size="small" aria-label={t.andradLabel} title={t.andradLabel}>
      {t.andrad}
    </Badge>
  );
}

interface ColumnRowProps {
  c: KolumnVy;
  sheet: string;
  roles: BladVy["roles"];
  disabled: boolean;
  onChange(value: string): void;
  onPeriod(text: string): void;
  onUnit(factor: number): void;
}

/** Period (typed: "2024-H1", "2024", "2024-01-01 - 2024-06-30") and unit of an amount column; committed on Enter or when leaving the field. */
function AmountFields({ c, sheet, disabled, onPeriod, onUnit }: Omit<ColumnRowProps, "roles" | "onChange">) {
  const s = useStyles();
  const commit = (text: string) => {
    if (text.trim() !== (c.when ?? "")) onPeriod(text);
  };
  return (
    <div className={s.when}>
      {c.when !== undefined && (
        <label className={s.whenField}>
          {t.periodLabel}
          <Input
            key={c.when}
            size="small"
            defaultValue={c.when}
            placeholder={t.periodPlaceholder}
            disabled={disabled}
            aria-label={t.periodInput(c.column, sheet)}
            onBlur={(e) => commit(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") commit(e.currentTarget.value);
            }}
          />
        </label>
      )}
      {c.factor !== undefined && (
        <label className={s.unitField}>
          {t.unitLabel}
          <Select
            size="small"
            value={String(c.factor)}
            disabled={disabled}
            aria-label={t.unitSelect(c.column, sheet)}
            onChange={(_, d) => onUnit(Number(d.value))}
          >
            {t.units.map((u) => (
              <option key={u.value} value={String(u.value)}>
                {u.label}
              </option>
            ))}
          </Select>
        </label>
      )}
    </div>
  );
}

function ColumnRow({ c, sheet, roles, disabled, onChange, onPeriod, onUnit }: ColumnRowProps) {
  const s = useStyles();
  return (
    <li className={c.andrad ? `${s.row} ${s.changed}` : s.row} data-testid={`kolumn-${c.column}`}>
      <div className={s.rowTop}>
        <span className={s.letter} aria-hidden="true">
          {c.column}
        </span>
        <span className={c.header ? s.header : s.noHeader}>{c.header || t.noHeader}</span>
        {c.sakerhet && c.confidence !== null ? (
          <ConfidenceBadge level={c.sakerhet} confidence={c.confidence} />
        ) : (
          <Badge appearance="outline" color="subtle" size="small" aria-label={t.ejMappadLabel}>
            {t.ejMappad}
          </Badge>
        )}
        {c.andrad && <CorrectedBadge />}
      </div>
      <Select
        size="small"
        value={c.value}
        disabled={disabled}
        aria-label={t.columnSelect(c.column, c.header, sheet)}
        onChange={(_, d) => onChange(d.value)}
      >
        {roles.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </Select>
      {c.detail && <span className={s.detail}>{c.detail}</span>}
      {(c.when !== undefined || c.factor !== undefined) && (
        <AmountFields c={c} sheet={sheet} disabled={disabled} onPeriod={onPeriod} onUnit={onUnit} />
      )}
      {c.when === "" && <span className={s.missing}>{t.periodSaknas}</span>}
    </li>
  );
}

export interface SheetCardProps {
  blad: BladVy;
  kinds: readonly { value: SheetKind; label: string }[];
  /** Open the column list from the start (the workbook's only sheet). */
  openColumns?: boolean;
  disabled: boolean;
  onKind(kind: SheetKind): void;
  onColumn(column: string, value: string): void;
  onUse(on: boolean): void;
  /** The period or year typed for an amount column. */
  onPeriod?(column: string, text: string): void;
  /** The unit chosen for an amount column. */
  onUnit?(column: string, factor: number): void;
  /** Header row, insats and Grupp column, row marks (SheetEdits), in their own expandable part. */
  edits?: ReactNode;
  /** Open that part from the start (the user is editing it, or the sheet has marks). */
  openEdits?: boolean;
}

/**
 * One sheet: its kind (correctable), confidence, whether it is read, and its columns (expandable, correctable).
 * The column list starts open where a look is needed: low confidence, a changed layout, the user's corrections.
 */
export function SheetCard({
  blad,
  kinds,
  openColumns = false,
  disabled,
  onKind,
  onColumn,
  onUse,
  onPeriod,
  onUnit,
  edits,
  openEdits = false,
}: SheetCardProps) {
  const s = useStyles();
  const headingId = useId("blad-");
  const kindId = useId("bladtyp-");
  const needsLook =
    openColumns ||
    blad.layoutAndrad !== null ||
    blad.kindAndrad ||
    blad.sakerhet === "lag" ||
    blad.columns.some((c) => c.sakerhet === "lag" || c.andrad || c.when === "");
  return (
    <section
      className={blad.layoutAndrad ? `${s.card} ${s.warned}` : s.card}
      aria-labelledby={headingId}
      data-testid={`blad-${blad.sheet}`}
    >
      <div className={s.top}>
        <h4 id={headingId} className={s.name}>
          {blad.sheet}
        </h4>
        <ConfidenceBadge level={blad.sakerhet} confidence={blad.confidence} />
        {blad.kindAndrad && <CorrectedBadge />}
        {blad.layoutAndrad && (
          <Badge appearance="filled" color="warning" size="small">
            {t.layoutBadge}
          </Badge>
        )}
      </div>
      <p className={s.meta}>
        {t.headerRow(blad.headerRow)}
        {blad.rows.length > 0 ? ` · ${t.markedRows(blad.rows.length)}` : ""}
      </p>
      <div className={s.controls}>
        <div className={s.kind}>
          <label htmlFor={kindId} className={s.label}>
            {t.kindLabel}
          </label>
          <Select
            id={kindId}
            size="small"
            value={blad.kind}
            disabled={disabled}
            aria-label={t.kindSelect(blad.sheet)}
            onChange={(_, d) => onKind(d.value as SheetKind)}
          >
            {kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </Select>
        </div>
        <Switch
          checked={blad.use}
          disabled={disabled}
          label={t.useLabel}
          aria-label={t.useSwitch(blad.sheet)}
          onChange={(_, d) => onUse(d.checked)}
        />
      </div>
      {blad.notes.length > 0 && (
        <ul className={s.notes}>
          {blad.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {blad.columns.length === 0 && <p className={s.meta}>{t.noColumns}</p>}
      <Accordion
        multiple
        collapsible
        defaultOpenItems={[
          ...(needsLook && blad.columns.length > 0 ? ["kolumner"] : []),
          ...(openEdits || blad.headerRowAndrad || blad.rows.length > 0 ? ["rader"] : []),
        ]}
      >
        {blad.columns.length > 0 && (
          <AccordionItem value="kolumner">
            <AccordionHeader size="small">{t.columnsHeader(blad.columns.length)}</AccordionHeader>
            <AccordionPanel className={s.panel}>
              <ul className={s.list}>
                {blad.columns.map((c) => (
                  <ColumnRow
                    key={c.column}
                    c={c}
                    sheet={blad.sheet}
                    roles={blad.roles}
                    disabled={disabled}
                    onChange={(v) => onColumn(c.column, v)}
                    onPeriod={(text) => onPeriod?.(c.column, text)}
                    onUnit={(f) => onUnit?.(c.column, f)}
                  />
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        )}
        {edits && (
          <AccordionItem value="rader">
            <AccordionHeader size="small">{editStrings.sectionHeader}</AccordionHeader>
            <AccordionPanel className={s.panel}>{edits}</AccordionPanel>
          </AccordionItem>
        )}
      </Accordion>
    </section>
  );
}
