import type { MappingEdit } from "../../services/mapping";

/**
 * The mapping editor's small forms as pure state (issue 14, "the way out"): the header row typed per sheet, the
 * row to mark (sum row / not data) per sheet, and the alias being added. formsReducer is the only way the state
 * changes; toEdit turns a form into the MappingEdit the mapping service applies, or a Swedish message.
 */

export type RowMarkAs = "summa" | "ignorera";

export interface EditForms {
  /** Header row text per sheet (only sheets where the user typed). */
  rubrikrad: Readonly<Record<string, string>>;
  /** Row to mark, and how, per sheet. */
  rad: Readonly<Record<string, { row: string; as: RowMarkAs }>>;
  alias: { namn: string; insats: string };
}

export const EMPTY_FORMS: EditForms = { rubrikrad: {}, rad: {}, alias: { namn: "", insats: "" } };

export type FormAction =
  | { type: "rubrikrad"; sheet: string; text: string }
  | { type: "radRow"; sheet: string; text: string }
  | { type: "radAs"; sheet: string; as: RowMarkAs }
  | { type: "aliasNamn"; text: string }
  | { type: "aliasInsats"; text: string }
  /** The form's edit was made: it is emptied. */
  | { type: "done"; form: "rubrikrad" | "rad"; sheet: string }
  | { type: "done"; form: "alias" };

const without = <T>(rec: Readonly<Record<string, T>>, key: string): Record<string, T> => {
  const { [key]: _gone, ...rest } = rec;
  return rest;
};

export function formsReducer(state: EditForms, a: FormAction): EditForms {
  switch (a.type) {
    case "rubrikrad":
      return { ...state, rubrikrad: { ...state.rubrikrad, [a.sheet]: a.text } };
    case "radRow":
      return { ...state, rad: { ...state.rad, [a.sheet]: { as: state.rad[a.sheet]?.as ?? "summa", row: a.text } } };
    case "radAs":
      return { ...state, rad: { ...state.rad, [a.sheet]: { row: state.rad[a.sheet]?.row ?? "", as: a.as } } };
    case "aliasNamn":
      return { ...state, alias: { ...state.alias, namn: a.text } };
    case "aliasInsats":
      return { ...state, alias: { ...state.alias, insats: a.text } };
    case "done":
      if (a.form === "alias") return { ...state, alias: { namn: "", insats: "" } };
      return a.form === "rubrikrad"
        ? { ...state, rubrikrad: without(state.rubrikrad, a.sheet) }
        : { ...state, rad: without(state.rad, a.sheet) };
  }
}

export const FORM_TEXT = {
  radnummer: "Skriv radnumret med siffror, t.ex. 6.",
  aliasNamn: "Skriv namnet som det står i arbetsboken.",
  aliasInsats: "Välj vilken insats namnet avser.",
} as const;

/** A row number as typed: digits only, at least 1. */
function rowNumber(text: string | undefined): number | null {
  const t = (text ?? "").trim();
  return /^\d+$/.test(t) && Number(t) >= 1 ? Number(t) : null;
}

export type FormTarget =
  | { form: "rubrikrad"; sheet: string }
  | { form: "rad"; sheet: string }
  | { form: "taBortRad"; sheet: string; row: number }
  | { form: "alias" }
  | { form: "taBortAlias"; namn: string };

/** The edit a form stands for, or the message why it cannot be made yet. */
export function toEdit(state: EditForms, target: FormTarget): MappingEdit | { error: string } {
  switch (target.form) {
    case "rubrikrad": {
      const row = rowNumber(state.rubrikrad[target.sheet]);
      return row === null ? { error: FORM_TEXT.radnummer } : { typ: "rubrikrad", sheet: target.sheet, row };
    }
    case "rad": {
      const f = state.rad[target.sheet];
      const row = rowNumber(f?.row);
      return row === null ? { error: FORM_TEXT.radnummer } : { typ: "rad", sheet: target.sheet, row, as: f?.as ?? "summa" };
    }
    case "taBortRad":
      return { typ: "rad", sheet: target.sheet, row: target.row, as: null };
    case "alias": {
      const namn = state.alias.namn.trim();
      const insats = state.alias.insats.trim();
      if (namn === "") return { error: FORM_TEXT.aliasNamn };
      if (insats === "") return { error: FORM_TEXT.aliasInsats };
      return { typ: "alias", namn, insats };
    }
    case "taBortAlias":
      return { typ: "alias", namn: target.namn, insats: null };
  }
}
