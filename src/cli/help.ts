import { type Argument, type Command, Help, type HelpConfiguration, type Option } from 'commander';
import type { Lang } from '../findings/finding.js';

/**
 * Commander's own words (help headings, its help and version lines, `(default: …)`, its parse
 * errors) in the run's language. Every description the tool declares is written
 * `tiếng Việt / English`; help shows the half of the run's language, so a command file keeps both
 * side by side and none of them needs to know the language.
 */

/** The half of a `tiếng Việt / English` text for `lang`; a text without ` / ` is the same in both. */
export function half(text: string, lang: Lang): string {
  const at = text.indexOf(' / ');
  if (at === -1) return text;
  return lang === 'en' ? text.slice(at + 3) : text.slice(0, at);
}

const TITLES: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Arguments:': 'Tham số:',
  'Commands:': 'Lệnh:',
  'Global Options:': 'Tùy chọn chung:',
};

const WORDS = {
  vi: {
    help: 'xem hướng dẫn của lệnh',
    helpCommand: 'xem hướng dẫn của một lệnh',
    version: 'in số phiên bản',
  },
  en: {
    help: 'display help for command',
    helpCommand: 'display help for command',
    version: 'output the version number',
  },
} as const;

/** The words of argument and option placeholders (`<files...>`, `[options]`), in Vietnamese. */
const PLACEHOLDERS_VI: Record<string, string> = {
  options: 'tùy chọn',
  command: 'lệnh',
  files: 'tệp',
  out: 'tệp',
  ruleId: 'mã tiêu chí',
  code: 'mã',
  name: 'tên',
  format: 'định dạng',
  path: 'đường dẫn',
  lang: 'ngôn ngữ',
  list: 'danh sách',
  sep: 'dấu',
  dir: 'thư mục',
  id: 'mã',
  n: 'số',
  number: 'số',
  unit: 'đơn vị',
};

/** `<files...>` → `<tệp...>`: each word of a placeholder in `lang`, its brackets and dots kept. */
export function placeholders(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text.replace(/([<[])([^<>[\]]+)([>\]])/g, (_, open: string, inside: string, close: string) => {
    const words = inside.replace(/[A-Za-z]+/g, (w) => PLACEHOLDERS_VI[w] ?? w);
    return `${open}${words}${close}`;
  });
}

/** Commander's parse errors, as Vietnamese officials would write them. */
const ERRORS_VI: [RegExp, (...groups: string[]) => string][] = [
  [/^error: unknown option '(.+?)'/m, (o) => `lỗi: không có tùy chọn ${o}`],
  [/^error: unknown command '(.+?)'/m, (c) => `lỗi: không có lệnh ${c}`],
  [/\(Did you mean (.+?)\?\)/, (s) => `(có phải là ${s}?)`],
  [
    /^error: missing required argument '(.+?)'/m,
    (a) => `lỗi: thiếu tham số bắt buộc ${placeholders(`<${a}>`, 'vi')}`,
  ],
  [
    /^error: option '(.+?)' argument missing/m,
    (o) => `lỗi: tùy chọn ${placeholders(o, 'vi')} cần có giá trị`,
  ],
  [
    /^error: option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+?)\.$/m,
    (o, v, c) => `lỗi: giá trị "${v}" của tùy chọn ${placeholders(o, 'vi')} không hợp lệ (chọn ${c})`,
  ],
  [
    /^error: required option '(.+?)' not specified/m,
    (o) => `lỗi: thiếu tùy chọn bắt buộc ${placeholders(o, 'vi')}`,
  ],
  [
    /^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\./m,
    (c, n, m) => `lỗi: thừa tham số${c ? ` cho lệnh ${c}` : ''}: lệnh nhận ${n} tham số nhưng có ${m}`,
  ],
  [/^error: (.+) cannot be used with (.+)$/m, (a, b) => `lỗi: không dùng ${a} cùng với ${b}`],
];

/** A commander error message in `lang`: its own English words replaced for Vietnamese. */
export function commanderError(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  let out = message;
  // spread: bounded (a pattern's few capture groups)
  for (const [pattern, words] of ERRORS_VI) out = out.replace(pattern, (_, ...groups) => words(...groups));
  return out;
}

/** What `(default: …, choices: …)` commander adds to an option, in `lang`. */
function extras(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text.replace(/\bchoices: /, 'chọn: ').replace(/\bdefault: /, 'mặc định: ');
}

/** The help settings of a run in `lang`; `more` adds settings (the lazy command list's terms). */
export function helpConfiguration(lang: Lang, more: HelpConfiguration = {}): HelpConfiguration {
  const base = new Help();
  // commander's extras alone: the option with no description of its own
  const extra = (option: Option) =>
    base.optionDescription(Object.create(option, { description: { value: '' } }) as Option);
  return {
    styleTitle: (title) => (lang === 'vi' ? (TITLES[title] ?? title) : title),
    commandUsage: (cmd: Command) => placeholders(base.commandUsage(cmd), lang),
    subcommandTerm: (cmd: Command) => placeholders(base.subcommandTerm(cmd), lang),
    argumentTerm: (argument: Argument) => placeholders(`<${base.argumentTerm(argument)}>`, lang).slice(1, -1),
    optionTerm: (option: Option) => placeholders(base.optionTerm(option), lang),
    commandDescription: (cmd: Command) => half(cmd.description(), lang),
    subcommandDescription: (cmd: Command) => half(cmd.summary() || cmd.description(), lang),
    argumentDescription: (argument: Argument) => half(argument.description, lang),
    optionDescription: (option: Option) =>
      [half(option.description ?? '', lang), extras(extra(option), lang)].filter(Boolean).join(' '),
    ...more,
  };
}

/**
 * Put `program` in `lang`: help and version lines, help headings, option extras and parse errors.
 * Called before any command is added, so each command takes the same settings.
 */
export function localise(program: Command, lang: Lang, write: (text: string) => void): Command {
  const w = WORDS[lang];
  return program
    .helpOption('-h, --help', w.help)
    .helpCommand(`help ${placeholders('[command]', lang)}`, w.helpCommand)
    .configureHelp(helpConfiguration(lang))
    .configureOutput({ outputError: (text) => write(commanderError(text, lang)) });
}

/** The `--version` line's words. */
export function versionWords(lang: Lang): string {
  return WORDS[lang].version;
}
