// The machine packages the test suite needs: Debian's Chromium (browser tests), the PostgreSQL server
// binaries (the production database path), and for the documents tests LibreOffice (converts DOCX/XLSX
// to PDF), poppler (reads PDFs) and DejaVu (the PDF font). Missing ones are installed with apt-get when we run
// as root; otherwise we stop with the one command to run. Nothing is ever silently skipped.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const POSTGRES_ROOT = '/usr/lib/postgresql';

/** The bin directory of the newest installed PostgreSQL server, or undefined. */
export function findPostgresBin() {
  if (!existsSync(POSTGRES_ROOT)) return undefined;
  const versions = readdirSync(POSTGRES_ROOT)
    .filter((name) => existsSync(`${POSTGRES_ROOT}/${name}/bin/initdb`))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? `${POSTGRES_ROOT}/${versions[0]}/bin` : undefined;
}

const DOCUMENT_PACKAGES = ['libreoffice-writer', 'libreoffice-calc', 'poppler-utils', 'fonts-dejavu-core'];

function isInstalled(name) {
  return spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout?.includes('install ok installed') ?? false;
}

function missingPackages() {
  const missing = [];
  if (!existsSync(CHROMIUM_PATH)) missing.push('chromium');
  if (!findPostgresBin()) missing.push('postgresql');
  return [...missing, ...DOCUMENT_PACKAGES.filter((name) => !isInstalled(name))];
}

function aptGet(args) {
  const result = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

/** Installs what is missing (as root) or throws with the instruction to follow. */
export function ensureSystemPackages() {
  const missing = missingPackages();
  if (missing.length === 0) return;
  const command = `apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new Error(`Mancano/missing: ${missing.join(', ')}. Esegui/run: sudo ${command}`);
  }
  console.log(`[test] installo/installing: ${missing.join(', ')}`);
  if (!aptGet(['install', '-y', '--no-install-recommends', ...missing])) {
    if (!aptGet(['update']) || !aptGet(['install', '-y', '--no-install-recommends', ...missing])) {
      throw new Error(`apt-get non riesce a installare/could not install: ${missing.join(', ')}`);
    }
  }
  const still = missingPackages();
  if (still.length > 0) throw new Error(`Ancora mancanti dopo apt-get/still missing after apt-get: ${still.join(', ')}`);
}
