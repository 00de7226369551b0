import type { Command } from 'commander';
import { registerCampaign } from './campaign.js';
import { registerCheck } from './check.js';
import type { Action } from './main.js';
import { registerPlan } from './plan.js';
import { registerRules } from './rules.js';
import { registerSchema } from './schema.js';

export type SetAction = (command: Command, action: (...args: never[]) => Action) => Command;

/** One line per command; each command's options and action live in its own file. */
export function registerCommands(program: Command, setAction: SetAction): void {
  registerCheck(program, setAction);
  registerRules(program, setAction);
  registerPlan(program, setAction);
  registerCampaign(program, setAction);
  registerSchema(program, setAction);
}
