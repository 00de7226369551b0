export interface ZipEntrySpec {
  name: string;
  data?: Buffer | string;
  method?: 0 | 8;
  declaredSize?: number;
  sameDataAs?: string;
}
export function zip(entries: ZipEntrySpec[], options?: { cut?: number; zip64?: boolean }): Buffer;
export function cfb(streams: { name: string; data: Buffer }[]): Buffer;
export function noise(length: number, seed?: number): Buffer;
export function windows1258(text: string): Buffer;
