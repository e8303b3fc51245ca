/**
 * SIE 4 reading at scale (`npm run bench`, section "SIE 4"): a deterministic file of 200 000 #TRANS rows
 * (100 000 balanced verifikationer on 40 konton and 20 projekt objekt, texts with å ä ö, CRLF, PC8) is decoded
 * as a host reads it — readSieBytes: the character set detected from the bytes, decoded with iconv-lite (code page 437),
 * then read — and the whole bokslut is computed. Median of `runs`.
 * Target: reading in under 1 s on this machine.
 */
import * as iconv from "iconv-lite";
import { computeBokslut } from "../src/domain/compute/bokslut";
import { readSieBytes } from "../src/domain/ledger/sie-read";
import { median } from "./stats";

export interface SieBenchResult {
  transaktioner: number;
  bytes: number;
  lasMs: number;
  bokslutMs: number;
  /** CPU time of decode + read (less sensitive to other processes on a shared machine). */
  lasCpuMs: number;
  runs: number;
}

/** The bench file's text: `transaktioner` rows in verifikationer of two rows each. */
export function buildSieText(transaktioner: number): string {
  const L: string[] = [
    "#FLAGGA 0",
    '#PROGRAM "Finsam bench" 1.0',
    "#FORMAT PC8",
    "#GEN 20250110",
    "#SIETYP 4",
    '#FNAMN "Samordningsförbundet Bänk"',
    "#RAR 0 20240101 20241231",
    "#OMFATTN 20241231",
  ];
  const kostnad = Array.from({ length: 30 }, (_, i) => String(4010 + i * 100));
  for (const k of [...kostnad, "1930", "3011"]) L.push(`#KONTO ${k} "Konto ${k} Åtgärder för ökad delaktighet"`);
  L.push('#DIM 6 "Projekt"');
  for (let p = 0; p < 20; p++) L.push(`#OBJEKT 6 "P${p}" "Insats ${p} – Jobbstöd för unga vuxna"`.replace("–", "-"));
  L.push("#IB 0 1930 100000000.00");
  let seed = 42;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const ver = transaktioner / 2;
  for (let v = 1; v <= ver; v++) {
    const m = String(1 + (v % 12)).padStart(2, "0");
    const ore = Math.floor(rnd() * 5_000_000) + 1;
    const kr = `${Math.floor(ore / 100)}.${String(ore % 100).padStart(2, "0")}`;
    const konto = kostnad[v % kostnad.length];
    L.push(
      `#VER A ${v} 2024${m}15 "Faktura ${v} för lokalhyra och handledning"`,
      "{",
      `#TRANS ${konto} {6 "P${v % 20}"} ${kr} 2024${m}15 "Kostnad för ${v}"`,
      `#TRANS 1930 {} -${kr}`,
      "}",
    );
  }
  return L.join("\r\n") + "\r\n";
}

export function benchSie(runs: number, transaktioner = 200_000): SieBenchResult {
  const bytes = new Uint8Array(iconv.encode(buildSieText(transaktioner), "cp437"));
  const las: number[] = [];
  const helt: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = readSieBytes(bytes, "bench.se", (b, enc) => iconv.decode(Buffer.from(b), enc));
    const t1 = performance.now();
    const c1 = process.cpuUsage(c0);
    cpu.push((c1.user + c1.system) / 1000);
    computeBokslut(r.ledger, r.issues, { kontoplan: [] });
    const t2 = performance.now();
    if (r.ledger.ver.length !== transaktioner / 2) throw new Error("bench: verifikationer saknas");
    las.push(t1 - t0);
    helt.push(t2 - t0);
  }
  return { transaktioner, bytes: bytes.length, lasMs: median(las), bokslutMs: median(helt), lasCpuMs: median(cpu), runs };
}

export function renderSie(r: SieBenchResult): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2).replace(".", ",")} s`;
  return [
    "## SIE 4: läsa bokföringen",
    "",
    `En SIE 4-fil med ${r.transaktioner.toLocaleString("sv-SE")} transaktioner (${(r.bytes / 1e6).toFixed(1).replace(".", ",")} MB, PC8) teckenkodning avgjord ur byten, avkodad med iconv-lite och läst (readSieBytes); median av ${r.runs} körningar. Mål: under 1 s.`,
    "",
    "| Steg | Tid |",
    "|---|---|",
    `| Avkoda + läsa | ${s(r.lasMs)}${r.lasMs < 1000 ? "" : " (över målet)"} (CPU ${s(r.lasCpuMs)}) |`,
    `| Avkoda + läsa + hela bokslutet (RR, BR, kassaflöde, kontroller, utfall per insats) | ${s(r.bokslutMs)} |`,
  ].join("\n");
}

if (require.main === module) {
  const r = benchSie(5);
  process.stdout.write(`${renderSie(r)}\n`);
}
