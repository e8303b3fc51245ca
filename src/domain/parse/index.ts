/** Reading the sheets through a mapping: base sheets (standard and mapped layouts), alias, deltagare, rekvisitioner, medlemmar. */
export { parseBase, type ParseBaseResult, type BaseLayout } from "./base/parse-base";
export { missingBaseColumns, heldToTemplate } from "./mapped/required-columns";
export {
  parseAliasSheet,
  aliasIndex,
  resolveInsatsName,
  suggestAlias,
  mergeAliases,
  workbookAliases,
  insatsNameResolver,
  ALIAS_OKAND_INSATS,
} from "./alias";
export { DETECT_CODES } from "./mapped/base";
export { AVVIKELSE_STAMMER_INTE } from "./mapped/avvikelse";
export { suggestAliasesFor } from "./suggest-alias";
