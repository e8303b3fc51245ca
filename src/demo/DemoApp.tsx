import { swedishErrorText } from "../domain/text/user-error";
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from "react";
import { parseRange } from "../domain/model";
import type { WorkbookSnapshot } from "../excel-sim";
import { FinsamPane } from "../taskpane/FinsamPane";
import { demoStrings as t } from "../taskpane/strings";
import { chartData, type ChartData } from "./chart-data";
import { ChartLinks } from "./ChartLinks";
import { FormulaBar } from "./FormulaBar";
import { GridView } from "./GridView";
import { EXAMPLE_TILL, fetchExample, offerDownload, openSession, snapshotToXlsx, type DemoSession } from "./session";
import { SheetTabs } from "./SheetTabs";

const useStyles = makeStyles({
  app: { display: "flex", flexDirection: "column", height: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: "#107c41",
    color: "#ffffff",
  },
  titles: { flex: "1 1 260px", minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subtitle: { margin: 0, fontSize: tokens.fontSizeBase200, opacity: 0.9 },
  tools: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  fileInput: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden" },
  main: {
    display: "flex",
    flex: "1 1 auto",
    minHeight: 0,
    "@media (max-width: 760px)": { flexDirection: "column-reverse", overflowY: "auto" },
  },
  workbook: {
    display: "flex",
    flexDirection: "column",
    flex: "1 1 auto",
    minWidth: 0,
    minHeight: "300px",
    padding: tokens.spacingHorizontalS,
    gap: tokens.spacingVerticalXS,
  },
  pane: {
    flex: "0 0 340px",
    maxWidth: "100%",
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    "@media (max-width: 760px)": { flex: "0 0 auto", borderLeft: "none", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  },
  status: { padding: tokens.spacingHorizontalM },
});

type Selection = { row: number; col: number } | null;

/** "Utfall!C46" → sheet and 0-based top-left cell. */
export function parseSelection(address: string | null): { sheet: string; cell: Selection } | null {
  if (!address) return null;
  const bang = address.lastIndexOf("!");
  const sheet = address.slice(0, bang).replace(/^'(.*)'$/, "$1");
  const rect = parseRange(address.slice(bang + 1));
  return { sheet, cell: rect ? { row: rect.row1, col: rect.col1 } : null };
}

/** The demo: the real task pane beside a grid view of the simulated workbook. */
export function DemoApp() {
  const s = useStyles();
  const [session, setSession] = useState<DemoSession | null>(null);
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [active, setActive] = useState("");
  const [selection, setSelection] = useState<Selection>(null);
  const [busy, setBusy] = useState<string | null>(t.loading);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const sessionRef = useRef<DemoSession | null>(null);
  /** Bumped for every opened workbook so the pane starts afresh. */
  const [opened, setOpened] = useState(0);

  /** Follows the simulator's active sheet and selection (after the pane selected an issue's cell). */
  const followSelection = useCallback(() => {
    const snap = sessionRef.current?.sim.snapshot();
    if (!snap) return;
    setSnapshot(snap);
    const sel = parseSelection(snap.selection);
    if (sel) {
      setActive(sel.sheet);
      setSelection(sel.cell);
    } else if (snap.activeSheet) setActive(snap.activeSheet);
  }, []);

  const open = useCallback(
    async (load: () => Promise<ArrayBuffer>, source: string, initialTill?: string, fileName?: string) => {
      setBusy(t.loading);
      setError(null);
      try {
        const next = await openSession(await load(), source, { initialTill, onSelected: followSelection, fileName });
        sessionRef.current = next;
        const snap = next.sim.snapshot();
        setSession(next);
        setOpened((n) => n + 1);
        setSnapshot(snap);
        setActive(snap.sheets.find((x) => x.visibility === "Visible")?.name ?? "");
        setSelection(null);
      } catch (e) {
        setError(t.loadFailed(swedishErrorText(e)));
      } finally {
        setBusy(null);
      }
    },
    [followSelection],
  );

  const openExample = useCallback(() => open(fetchExample, t.sourceExample, EXAMPLE_TILL), [open]);
  useEffect(() => void openExample(), [openExample]);

  /** Re-renders after every change; follows the active sheet when Excel changed it (the first new report). */
  useEffect(() => {
    if (!session) return;
    let lastActive = session.sim.snapshot().activeSheet;
    return session.sim.onChange((sim) => {
      const snap = sim.snapshot();
      setSnapshot(snap);
      if (snap.activeSheet && snap.activeSheet !== lastActive) {
        setActive(snap.activeSheet);
        setSelection(null);
      }
      lastActive = snap.activeSheet;
    });
  }, [session]);

  function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (file) void open(() => file.arrayBuffer(), t.sourceFile(file.name), undefined, file.name);
  }

  async function download() {
    if (!snapshot) return;
    try {
      offerDownload(await snapshotToXlsx(snapshot), t.downloadName);
    } catch (e) {
      setError(t.downloadFailed(swedishErrorText(e)));
    }
  }

  const visible = snapshot ? snapshot.sheets.filter((x) => x.visibility === "Visible") : [];
  const sheet = visible.find((x) => x.name === active) ?? visible[0];
  const onSelect = useCallback((row: number, col: number) => setSelection({ row, col }), []);
  const charts = useMemo(
    () => (sheet && snapshot ? sheet.charts.map((c) => chartData(c, snapshot.sheets)).filter((c): c is ChartData => c !== null) : []),
    [sheet, snapshot],
  );

  return (
    <div className={s.app}>
      <header className={s.header}>
        <div className={s.titles}>
          <h1 className={s.title}>{t.title}</h1>
          <p className={s.subtitle}>
            {t.subtitle} {session && <span data-testid="demo-source">{session.source}</span>}
          </p>
        </div>
        <div className={s.tools}>
          <input
            ref={fileInput}
            id="demo-file"
            type="file"
            accept=".xlsx,.csv"
            className={s.fileInput}
            onChange={onFile}
            aria-label={t.openFileLabel}
          />
          <Button onClick={() => fileInput.current?.click()}>{t.openFile}</Button>
          <Button onClick={() => void openExample()}>{t.loadExample}</Button>
          <Button appearance="primary" onClick={() => void download()} disabled={!snapshot}>
            {t.download}
          </Button>
        </div>
      </header>
      {error && (
        <MessageBar intent="error" className={s.status}>
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.main}>
        <section className={s.workbook} aria-label={t.workbookLabel}>
          {busy && <Spinner label={busy} className={s.status} />}
          {!busy && !sheet && <p className={s.status}>{t.noWorkbook}</p>}
          {sheet && (
            <>
              <FormulaBar sheet={sheet} selection={selection} />
              <ChartLinks charts={charts} panelId="demo-grid-panel" />
              <div id="demo-grid-panel" role="tabpanel" style={{ display: "flex", flex: "1 1 auto", minHeight: 0 }}>
                <GridView sheet={sheet} selection={selection} onSelect={onSelect} charts={charts} />
              </div>
              <SheetTabs
                names={visible.map((x) => x.name)}
                active={sheet.name}
                added={new Set(visible.map((x) => x.name).filter((n) => !session?.initialSheets.has(n)))}
                onActivate={(name) => {
                  setActive(name);
                  setSelection(null);
                }}
                panelId="demo-grid-panel"
              />
            </>
          )}
        </section>
        <aside className={s.pane} aria-label={t.paneLabel}>
          {session && (
            <FinsamPane
              key={opened}
              as="div"
              services={session.services}
              initialTill={session.initialTill}
              diagnostik={session.diagnostik}
            />
          )}
        </aside>
      </div>
    </div>
  );
}
