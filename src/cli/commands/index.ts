/** The sub-commands of `traguardo`. Each module exports a function that registers itself on the program. */
import type { Command } from 'commander';
import { registerBackupCommand } from './backup.js';
import { registerDemoCommand } from './demo.js';
import { registerExportCommand } from './export.js';
import { registerImportCommand } from './import.js';
import { registerLintCommand } from './lint.js';
import { registerRestoreCommand } from './restore.js';
import { registerReportCommand } from './report.js';
import { registerScoreCommand } from './score.js';
import { registerServeCommand } from './serve.js';

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [
  registerServeCommand,
  registerScoreCommand,
  registerLintCommand,
  registerDemoCommand,
  registerBackupCommand,
  registerRestoreCommand,
  registerReportCommand,
  registerImportCommand,
  registerExportCommand,
];
