// CSV of what the cases table shows. Dutch spreadsheets expect a semicolon, English ones a
// comma; a byte-order mark makes Excel read UTF-8. A cell that starts like a formula gets a
// leading apostrophe (OWASP, CSV injection), so a name can never run as one.

export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[";,\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly unknown[]>, separator: ';' | ','): string {
  const line = (cells: readonly unknown[]) => cells.map(csvCell).join(separator);
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}
