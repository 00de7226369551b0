import CFB from 'cfb';

/**
 * What an OLE compound file (CFB, `D0 CF 11 E0`) holds, by the names of its streams: Excel 97–2003
 * keeps its sheets in `Workbook` (`Book` before 97), Word in `WordDocument`, and a
 * password-protected .xlsx is a CFB holding `EncryptionInfo` and `EncryptedPackage`.
 * The directory is read by SheetJS's `cfb`; a file it cannot read is some other Office file.
 */
export type CfbKind = 'encrypted' | 'xls' | 'doc' | 'ppt' | 'other';

export function cfbKind(bytes: Uint8Array): CfbKind {
  let names: Set<string>;
  try {
    names = new Set(CFB.read(bytes, { type: 'array' }).FileIndex.map((entry) => entry.name));
  } catch {
    return 'other';
  }
  if (names.has('EncryptionInfo') && names.has('EncryptedPackage')) return 'encrypted';
  if (names.has('Workbook') || names.has('Book')) return 'xls';
  if (names.has('WordDocument')) return 'doc';
  if (names.has('PowerPoint Document')) return 'ppt';
  return 'other';
}
