import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";
import { demoStrings } from "../taskpane/strings";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    gap: "2px",
    overflowX: "auto",
    backgroundColor: "#f3f3f3",
    borderTop: "1px solid #d4d4d4",
    padding: "0 4px",
    flex: "0 0 auto",
  },
  tab: {
    flex: "0 0 auto",
    border: "none",
    borderBottom: "3px solid transparent",
    backgroundColor: "transparent",
    padding: "6px 12px 3px",
    fontFamily: "inherit",
    fontSize: "12px",
    color: "#333",
    cursor: "pointer",
    whiteSpace: "nowrap",
    ":hover": { backgroundColor: "#e6e6e6" },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  active: {
    backgroundColor: "#ffffff",
    borderBottom: "3px solid #107c41",
    color: "#0b5a2f",
    fontWeight: 600,
  },
  added: { fontStyle: "italic" },
});

export interface SheetTabsProps {
  names: string[];
  active: string;
  /** Sheets added since the workbook was opened (the add-in's output), shown in italics. */
  added: ReadonlySet<string>;
  onActivate(name: string): void;
  /** id of the panel the tabs control. */
  panelId: string;
}

/** Excel-like sheet tabs: a tablist, arrow keys move between tabs, Home/End to the first/last. */
export function SheetTabs({ names, active, added, onActivate, panelId }: SheetTabsProps) {
  const s = useStyles();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(e: KeyboardEvent, index: number) {
    let next = -1;
    if (e.key === "ArrowRight") next = (index + 1) % names.length;
    else if (e.key === "ArrowLeft") next = (index - 1 + names.length) % names.length;
    else if (e.key === "Home") next = 0;
    else if (e.key === "End") next = names.length - 1;
    if (next < 0) return;
    e.preventDefault();
    onActivate(names[next]);
    refs.current[next]?.focus();
  }

  return (
    <div className={s.bar} role="tablist" aria-label={demoStrings.sheetTabs}>
      {names.map((name, i) => {
        const selected = name === active;
        return (
          <button
            key={name}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={panelId}
            tabIndex={selected ? 0 : -1}
            className={mergeClasses(s.tab, selected && s.active, added.has(name) && s.added)}
            onClick={() => onActivate(name)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {name}
          </button>
        );
      })}
    </div>
  );
}
