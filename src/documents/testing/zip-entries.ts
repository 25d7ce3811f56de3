/**
 * Test support: reads one entry of a ZIP file (DOCX and XLSX are ZIP packages) with node:zlib, from
 * the central directory, so tests can look at the XML the renderers wrote.
 */
import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

function endOfDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 65_557); at -= 1) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new Error('not a ZIP file');
}

/** Names of the entries of a ZIP file. */
export function zipEntryNames(zip: Buffer): string[] {
  return [...entries(zip)].map((entry) => entry.name);
}

function* entries(zip: Buffer): Generator<{ name: string; method: number; size: number; offset: number }> {
  const end = endOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i += 1) {
    if (zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error('corrupt ZIP directory');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const offset = zip.readUInt32LE(at + 42);
    yield { name: zip.toString('utf8', at + 46, at + 46 + nameLength), method, size, offset };
    at += 46 + nameLength + extraLength + commentLength;
  }
}

/** The text of an entry (stored or deflated). */
export function readZipEntry(zip: Buffer, name: string): string {
  for (const entry of entries(zip)) {
    if (entry.name !== name) continue;
    const local = entry.offset;
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + entry.size);
    return (entry.method === 0 ? data : inflateRawSync(data)).toString('utf8');
  }
  throw new Error(`no ${name} in the ZIP file`);
}
