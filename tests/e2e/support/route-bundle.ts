/** What the browser downloads for one route of the built application, from Vite's manifest. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { webDist } from './web-build.js';

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

type Manifest = Record<string, ManifestChunk>;

export interface RouteBundle {
  /** Manifest keys: source paths of entries and lazy chunks, "_name.js" for shared chunks. */
  chunkKeys: string[];
  files: string[];
  jsBytes: number;
  jsGzipBytes: number;
  cssGzipBytes: number;
  /** The JavaScript text, to check what it contains. */
  jsText: string;
}

/** The entry plus the given lazy chunks (keys of the manifest, e.g. "pages/login-page.tsx") and their static imports. */
export function measureRouteBundle(chunkKeys: string[]): RouteBundle {
  const manifest = JSON.parse(readFileSync(join(webDist, '.vite/manifest.json'), 'utf8')) as Manifest;
  const seen = new Set<string>();
  const pending = ['index.html', ...chunkKeys];
  while (pending.length > 0) {
    const key = pending.pop() as string;
    if (seen.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`no chunk "${key}" in the Vite manifest`);
    seen.add(key);
    pending.push(...(chunk.imports ?? []));
  }
  const chunks = [...seen].map((key) => manifest[key] as ManifestChunk);
  const files = [...new Set(chunks.map((chunk) => chunk.file))].sort();
  const css = [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))];
  const read = (file: string) => readFileSync(join(webDist, file));
  return {
    chunkKeys: [...seen].sort(),
    files,
    jsBytes: files.reduce((sum, file) => sum + read(file).length, 0),
    jsGzipBytes: files.reduce((sum, file) => sum + gzipSync(read(file), { level: 9 }).length, 0),
    cssGzipBytes: css.reduce((sum, file) => sum + gzipSync(read(file), { level: 9 }).length, 0),
    jsText: files.map((file) => read(file).toString('utf8')).join('\n'),
  };
}
