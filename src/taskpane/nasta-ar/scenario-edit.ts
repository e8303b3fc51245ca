import type { Lever, Scenario } from "../../services/nasta-ar";

/**
 * Pure edits of the scenario the panel shows: every control reads its value from the scenario's levers
 * and writes back one lever (or removes it). At most one lever per control; levers are kept in a fixed
 * order (förbund posts, then insatser switched off or shifted, then new ansökningar) so an ansökan that
 * shares a name with an existing insats never makes "switch off" ambiguous.
 */

const ORDER: Record<Lever["kind"], number> = {
  medlemsavgifter: 0,
  "forvaltning-tillvaxt": 1,
  "ej-nyttjade": 2,
  "insats-av": 3,
  "insats-flytta": 4,
  ansokan: 5,
};

export interface InsatsRef {
  namn: string;
  agare?: string;
}

type AnsokanLever = Extract<Lever, { kind: "ansokan" }>;
export type MedlemsavgiftAndring = { belopp: number } | { procent: number };

function withLevers(s: Scenario, keep: (l: Lever) => boolean, add: Lever[] = []): Scenario {
  const levers = [...s.levers.filter(keep), ...add];
  // Array.prototype.sort is stable: ansökningar keep the order they were added in.
  levers.sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
  return { ...s, levers };
}

const sameInsats = (l: Lever, i: InsatsRef): boolean =>
  (l.kind === "insats-av" || l.kind === "insats-flytta") && l.namn === i.namn && (l.agare ?? "") === (i.agare ?? "");

export function medlemsavgift(s: Scenario, ar: number): MedlemsavgiftAndring | undefined {
  const l = s.levers.find((x) => x.kind === "medlemsavgifter" && x.ar === ar);
  if (!l || l.kind !== "medlemsavgifter") return undefined;
  return l.belopp !== undefined ? { belopp: l.belopp } : { procent: l.procent ?? 0 };
}

/** Medlemsavgifter of year `ar`: a new amount (kronor) or a change in percent (fraction); null = as read. */
export function setMedlemsavgift(s: Scenario, ar: number, andring: MedlemsavgiftAndring | null): Scenario {
  const keep = (l: Lever) => !(l.kind === "medlemsavgifter" && l.ar === ar);
  return withLevers(s, keep, andring ? [{ kind: "medlemsavgifter", ar, ...andring }] : []);
}

export function forvaltningTillvaxt(s: Scenario): number | undefined {
  const l = s.levers.find((x) => x.kind === "forvaltning-tillvaxt");
  return l?.kind === "forvaltning-tillvaxt" ? l.procent : undefined;
}

/** Förvaltning grows by `procent` (fraction) a year from the model's second year; null = as read. */
export function setForvaltningTillvaxt(s: Scenario, procent: number | null): Scenario {
  return withLevers(s, (l) => l.kind !== "forvaltning-tillvaxt", procent === null ? [] : [{ kind: "forvaltning-tillvaxt", procent }]);
}

export function ejNyttjade(s: Scenario, ar: number): number | undefined {
  const l = s.levers.find((x) => x.kind === "ej-nyttjade" && x.ar === ar);
  return l?.kind === "ej-nyttjade" ? l.belopp : undefined;
}

/** Assumed ej nyttjade medel of year `ar` (positive kronor); null = as read. */
export function setEjNyttjade(s: Scenario, ar: number, belopp: number | null): Scenario {
  const keep = (l: Lever) => !(l.kind === "ej-nyttjade" && l.ar === ar);
  return withLevers(s, keep, belopp === null ? [] : [{ kind: "ej-nyttjade", ar, belopp: Math.abs(belopp) }]);
}

export function insatsAv(s: Scenario, i: InsatsRef): boolean {
  return s.levers.some((l) => l.kind === "insats-av" && sameInsats(l, i));
}

export function setInsatsAv(s: Scenario, i: InsatsRef, av: boolean): Scenario {
  const keep = (l: Lever) => !(l.kind === "insats-av" && sameInsats(l, i));
  const lever: Lever = { kind: "insats-av", namn: i.namn, ...(i.agare ? { agare: i.agare } : {}) };
  return withLevers(s, keep, av ? [lever] : []);
}

/** Years the insats is shifted (+1 = one year later); 0 when not shifted. */
export function insatsFlytt(s: Scenario, i: InsatsRef): number {
  const l = s.levers.find((x) => x.kind === "insats-flytta" && sameInsats(x, i));
  return l?.kind === "insats-flytta" ? l.ar : 0;
}

/** Shifts the insats `delta` more years; one lever holds the sum, removed when it comes back to 0. */
export function flyttaInsats(s: Scenario, i: InsatsRef, delta: number): Scenario {
  const ar = insatsFlytt(s, i) + delta;
  const keep = (l: Lever) => !(l.kind === "insats-flytta" && sameInsats(l, i));
  const lever: Lever = { kind: "insats-flytta", namn: i.namn, ...(i.agare ? { agare: i.agare } : {}), ar };
  return withLevers(s, keep, ar === 0 ? [] : [lever]);
}

export function ansokningar(s: Scenario): AnsokanLever[] {
  return s.levers.filter((l): l is AnsokanLever => l.kind === "ansokan");
}

export function addAnsokan(s: Scenario, a: Omit<AnsokanLever, "kind">): Scenario {
  return withLevers(s, () => true, [{ kind: "ansokan", ...a }]);
}

/** Removes the `index`-th ansökan (in ansokningar(s) order). */
export function removeAnsokan(s: Scenario, index: number): Scenario {
  const target = ansokningar(s)[index];
  return withLevers(s, (l) => l !== target);
}

/** Scenarios saved by name: the new one replaces one of the same name (case-insensitive), else is added. */
export function upsertScenario(list: readonly Scenario[], s: Scenario): Scenario[] {
  const key = s.name.trim().toLowerCase();
  const rest = list.filter((x) => x.name.trim().toLowerCase() !== key);
  const at = list.findIndex((x) => x.name.trim().toLowerCase() === key);
  const copy = { ...s, name: s.name.trim() };
  if (at < 0) return [...rest, copy];
  return [...rest.slice(0, at), copy, ...rest.slice(at)];
}

/** "Alt 1", "Alt 2" …: the first such name not yet used. */
export function nextScenarioName(list: readonly Scenario[]): string {
  const used = new Set(list.map((s) => s.name.trim().toLowerCase()));
  for (let n = 1; ; n++) if (!used.has(`alt ${n}`)) return `Alt ${n}`;
}
