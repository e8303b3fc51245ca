/** Swedish text: numbers, dates, periods, names, headers, units, personnummer and the one formatter. */
export { isExcelError } from "./excel-error";
export { parseSvNumber, type NumberParse } from "./sv-number";
export { parseSvDate, serialToIso, isoToSerial, addMonths, monthsBetween, type DateParse } from "./sv-date";
export { parsePeriod, periodLabel, type PeriodParse } from "./period";
export { normalizeHeader, locateTable, cellAddress, type ColumnSpec, type LocatedTable } from "./header";
export { classifyRow, type RowKind } from "./rows";
export { normalizeName, closestName, NameIndex } from "./names";
export { SEVERITY_LABEL, SEVERITY_GROUP, severityCount, issueCountText, sheetsWritten } from "./severity";
export { englishIn, readsSwedish, swedishErrorText } from "./user-error";
