import { useRef, useState } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { BokforingService, BokforingSvar } from "../services/ledger";
import { bokforingFynd, bokforingStrings as t, bokforingSummary } from "./bokforing-strings";
import { usePaneStyles } from "./pane-styles";

export interface BokforingInputProps {
  service: BokforingService;
  disabled?: boolean;
}

/** Reads a picked file's bytes in the browser (FileReader); nothing is uploaded. */
function readBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("filen kunde inte läsas"));
    reader.readAsArrayBuffer(file);
  });
}

/** Step 1: pick a SIE 4 file; its ledger feeds the bokslut sheets and the utfall per insats of every later run. */
export function BokforingInput({ service, disabled }: BokforingInputProps) {
  const p = usePaneStyles();
  const input = useRef<HTMLInputElement>(null);
  const [svar, setSvar] = useState<BokforingSvar | null>(service.aktuell());
  const [busy, setBusy] = useState(false);

  async function onFile(file: File | undefined): Promise<void> {
    if (!file) return;
    setBusy(true);
    try {
      const bytes = await readBytes(file);
      setSvar(await service.lasFil(bytes, file.name));
    } catch (e) {
      setSvar({ ok: false, message: `Kunde inte läsa ${file.name}: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = "";
    }
  }

  return (
    <section aria-labelledby="bokforing-heading" data-testid="bokforing">
      <h2 id="bokforing-heading" className={p.heading}>
        {t.heading}
      </h2>
      <p className={p.small}>{t.intro}</p>
      <input
        ref={input}
        type="file"
        accept=".se,.si,.sie,.txt"
        aria-label={t.inputLabel}
        data-testid="sie-fil"
        hidden
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      <div className={p.actions}>
        <Button onClick={() => input.current?.click()} disabled={disabled || busy}>
          {busy ? t.laser : svar?.ok ? t.byt : t.valj}
        </Button>
        {svar?.ok && (
          <Button
            appearance="subtle"
            onClick={() => {
              service.rensa();
              setSvar(null);
            }}
            disabled={disabled || busy}
          >
            {t.tabort}
          </Button>
        )}
      </div>
      {svar && !svar.ok && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{svar.message}</MessageBarBody>
        </MessageBar>
      )}
      {svar?.ok && (
        <MessageBar intent={svar.antal.fel > 0 ? "warning" : "success"} layout="multiline" data-testid="bokforing-summary">
          <MessageBarBody>
            <MessageBarTitle>{t.heading}</MessageBarTitle>
            <div>{bokforingSummary(svar)}</div>
            <div>{bokforingFynd(svar)}</div>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
