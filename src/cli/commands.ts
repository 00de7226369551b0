import type { Command } from 'commander';
import type { Action } from './main.js';
import { registerRules } from './rules.js';

export type SetAction = (command: Command, action: (...args: never[]) => Action) => Command;

/** One line per command; each command's options and action live in its own file. */
export function registerCommands(program: Command, setAction: SetAction): void {
  registerRules(program, setAction);
}
