import { type Command, Help } from 'commander';
import type { Lang } from '../findings/finding.js';
import { placeholders } from './help.js';
import type { Action } from './main.js';

export type SetAction = (command: Command, action: (...args: never[]) => Action) => Command;
type Register = (program: Command, setAction: SetAction) => void;

/**
 * Every command, in the order `--help` lists them. Each command's options and action live in
 * its own file, which is loaded only when that command runs: those files pull in zod, the
 * campaign loader, the readers and exceljs, and `--help` or a run of `rules` needs none of
 * the others. `term` and `description` are what the top-level help prints for the command
 * without loading it; a test holds them equal to what the command's own file declares.
 */
export const COMMANDS: readonly {
  name: string;
  term: string;
  description: string;
  load: () => Promise<Register>;
}[] = [
  {
    name: 'check',
    term: 'check [options] <files...>',
    description: 'Kiểm tra danh sách đề nghị / check nominee files',
    load: async () => (await import('./check.js')).registerCheck,
  },
  {
    name: 'select',
    term: 'select [options] <files...>',
    description:
      'gợi ý chọn đại biểu theo thứ tự ưu tiên của kế hoạch / suggest whom to keep within the seats, by the plan’s priorities',
    load: async () => (await import('./select.js')).registerSelect,
  },
  {
    name: 'diff',
    term: 'diff [options] <files...>',
    description:
      'so sánh hai lần gửi danh sách, hoặc hai phiên bản tiêu chí / compare two submissions, or two versions of the criteria',
    load: async () => (await import('./diff.js')).registerDiff,
  },
  {
    name: 'list',
    term: 'list [options] <files...>',
    description: 'lập danh sách tập thể, cá nhân được biểu dương / write the list of those honoured',
    load: async () => (await import('./list.js')).registerList,
  },
  {
    name: 'rules',
    term: 'rules [options] [ruleId]',
    description: 'liệt kê các tiêu chí và trích dẫn kế hoạch / list the criteria with their plan citations',
    load: async () => (await import('./rules.js')).registerRules,
  },
  {
    name: 'plan',
    term: 'plan',
    description: 'kiểm tra bảng phân bổ của kế hoạch / check the plan’s allocation table',
    load: async () => (await import('./plan.js')).registerPlan,
  },
  {
    name: 'campaign',
    term: 'campaign',
    description: 'tạo và kiểm tra thư mục quy tắc / create and validate campaign folders',
    load: async () => (await import('./campaign.js')).registerCampaign,
  },
  {
    name: 'campaigns',
    term: 'campaigns [options]',
    description: 'liệt kê các bộ quy tắc có sẵn / list the shipped campaigns',
    load: async () => (await import('./campaigns.js')).registerCampaigns,
  },
  {
    name: 'template',
    term: 'template [options] <out>',
    description: 'tạo tệp Excel mẫu để các đơn vị điền danh sách / write the fill-in workbook for units',
    load: async () => (await import('./template.js')).registerTemplate,
  },
  {
    name: 'page',
    term: 'page [options]',
    description:
      'tạo trang HTML để đơn vị tự kiểm tra danh sách, không cần mạng / write the offline self-check page for units',
    load: async () => (await import('./page.js')).registerPage,
  },
  {
    name: 'findings',
    term: 'findings [options] [code]',
    description: 'liệt kê các mã phát hiện và ý nghĩa / list the finding codes and what they mean',
    load: async () => (await import('./findings.js')).registerFindings,
  },
  {
    name: 'schema',
    term: 'schema <name>',
    description: 'in JSON Schema của một loại tệp / print the JSON Schema of a kind of file',
    load: async () => (await import('./schema.js')).registerSchema,
  },
];

/**
 * The command `argv` runs, if it names one: the first word that is not an option (the program
 * itself takes no option with a value), or the word after `help`.
 */
export function commandNamed(args: readonly string[]): string | undefined {
  const words = args.filter((a) => !a.startsWith('-'));
  const name = words[0] === 'help' ? words[1] : words[0];
  // `--help check` asks for the program's help, which lists every command
  const firstWord = args.findIndex((a) => !a.startsWith('-'));
  if (args.slice(0, firstWord === -1 ? args.length : firstWord).some((a) => a === '-h' || a === '--help'))
    return undefined;
  return COMMANDS.some((c) => c.name === name) ? name : undefined;
}

/**
 * Register what this run needs: the command it names, fully; otherwise (the program's own help,
 * a mistyped command) every command as its name and description only, which is all the help
 * and commander's "did you mean" need. `eager` registers every command fully, as a test does to
 * hold the two the same.
 */
export async function registerCommands(
  program: Command,
  setAction: SetAction,
  args: readonly string[],
  eager = false,
  lang: Lang = 'vi',
): Promise<void> {
  const named = commandNamed(args);
  if (eager || named !== undefined) {
    for (const c of COMMANDS) if (eager || c.name === named) (await c.load())(program, setAction);
    return;
  }
  const terms = new Map<Command, string>();
  for (const c of COMMANDS) terms.set(program.command(c.name).description(c.description), c.term);
  const help = new Help();
  program.configureHelp({
    ...program.configureHelp(),
    subcommandTerm: (cmd) => placeholders(terms.get(cmd) ?? help.subcommandTerm(cmd), lang),
  });
}
