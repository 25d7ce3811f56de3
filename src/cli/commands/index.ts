/** The sub-commands of `traguardo`. Each module exports a function that registers itself on the program. */
import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [
];
