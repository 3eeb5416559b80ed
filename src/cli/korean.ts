/**
 * commander's own words in Korean: the help's headings and "(default: …)", and the errors it
 * writes (an unknown option or command with its "Did you mean …?", a missing argument). Through
 * commander's documented hooks (commander 14, README "Custom help" and "Override exit and output
 * handling"): `configureHelp` overrides methods of its `Help` class (`styleTitle`,
 * `optionDescription`, `argumentDescription`, `commandUsage`), `configureOutput`'s
 * `outputError` receives each error message before it is written. Option and command names stay
 * as they are.
 */
import { Help } from "commander";
import type { Argument, Command, HelpConfiguration, Option, OutputConfiguration } from "commander";

/** The headings commander writes (lib/help.js `formatHelp`), in Korean. */
const TITLES: Record<string, string> = {
  "Usage:": "사용법:",
  "Arguments:": "인자:",
  "Options:": "옵션:",
  "Global Options:": "공통 옵션:",
  "Commands:": "명령:",
};

/** `(기본값: "_site")`, as commander's `(default: "_site")`; `description` before it when there is one. */
function withDefault(description: string, shown: string | undefined): string {
  if (shown === undefined) return description;
  return description ? `${description} (기본값: ${shown})` : `(기본값: ${shown})`;
}

/**
 * An option's default as commander shows it: only for an option taking a value (or a boolean
 * given `false` explicitly, which the help leaves out here: "off unless given" needs no note).
 */
function optionDefault(option: Option): string | undefined {
  if (option.defaultValue === undefined || !(option.required || option.optional)) return undefined;
  return option.defaultValueDescription ?? JSON.stringify(option.defaultValue);
}

/** commander's own Help, for the methods whose words are replaced after it has made them. */
const help = new Help();

/** The usage placeholders commander writes (lib/command.js `usage`), in Korean. */
const placeholders = (usage: string) =>
  usage.replace("[options]", "[옵션]").replace("[command]", "[명령]");

/**
 * Wide characters (East Asian Width W and F, Unicode UAX #11): Hangul, CJK and fullwidth forms
 * take two columns of a terminal, so the help's columns are padded and wrapped by that width.
 */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/g;

/** The `configureHelp` settings: Korean headings, defaults and usage placeholders, columns by display width. */
export const koreanHelp: HelpConfiguration = {
  styleTitle: (title: string) => TITLES[title] ?? title,
  displayWidth: (str: string) =>
    Help.prototype.displayWidth.call(help, str) + (str.match(WIDE) ?? []).length,
  optionDescription: (option: Option) => withDefault(option.description, optionDefault(option)),
  argumentDescription: (argument: Argument) =>
    withDefault(
      argument.description,
      argument.defaultValue === undefined
        ? undefined
        : (argument.defaultValueDescription ?? JSON.stringify(argument.defaultValue)),
    ),
  commandUsage: (cmd: Command) => placeholders(Help.prototype.commandUsage.call(help, cmd)),
  subcommandTerm: (cmd: Command) => placeholders(Help.prototype.subcommandTerm.call(help, cmd)),
};

/**
 * commander's "(Did you mean --jobs?)" or "(Did you mean one of init, import?)"
 * (lib/suggestSimilar.js) in Korean: "(비슷한 옵션: --jobs)", "(비슷한 명령: init, import)".
 */
function suggestion(text: string): string {
  const m = /\(Did you mean (?:one of )?(.+)\?\)/.exec(text);
  if (!m) return "";
  return `\n(비슷한 ${m[1].startsWith("-") ? "옵션" : "명령"}: ${m[1]})`;
}

/** commander's error messages (lib/command.js), each as a pattern and its Korean sentence. */
const ERRORS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^error: unknown option '([^']*)'/, (m) => `모르는 옵션입니다: ${m[1]}`],
  [/^error: unknown command '([^']*)'/, (m) => `모르는 명령입니다: ${m[1]}`],
  [/^error: missing required argument '([^']*)'/, (m) => `<${m[1]}>을(를) 주어야 합니다`],
  [/^error: option '([^']*)' argument missing/, (m) => `${m[1]} 옵션에 값을 주어야 합니다`],
  [/^error: required option '([^']*)' not specified/, (m) => `${m[1]} 옵션을 주어야 합니다`],
  [
    /^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./,
    (m) =>
      `${m[1] ? `${m[1]} 명령의 ` : ""}인자가 너무 많습니다: ${m[2]}개를 받는데 ${m[3]}개를 주었습니다`,
  ],
  [
    /^error: option '([^']*)' argument '([^']*)' is invalid\.(.*)/s,
    (m) =>
      `${m[1]} 옵션의 값 "${m[2]}"을(를) 쓸 수 없습니다${m[3].trim() ? `: ${m[3].trim()}` : ""}`,
  ],
  [
    /^error: (.+) cannot be used with (.+)$/m,
    (m) => `${m[1]}와(과) ${m[2]}는(은) 함께 쓸 수 없습니다`,
  ],
];

/**
 * commander's error message in Korean, as sillok's own errors read (`sillok: …`), with its
 * "Did you mean …?" suggestion; a message it does not know keeps its words after `sillok: `.
 * @param message what commander would write, e.g. "error: unknown option '--bogus'\n"
 */
export function koreanError(message: string): string {
  for (const [re, say] of ERRORS) {
    const m = re.exec(message);
    if (m) return `sillok: ${say(m)}${suggestion(message)}\n`;
  }
  return `sillok: ${message.replace(/^error: /, "")}`;
}

/** The `configureOutput` settings: errors in Korean (to stderr, as commander writes them). */
export const koreanOutput: OutputConfiguration = {
  outputError: (message: string, write: (str: string) => void) => write(koreanError(message)),
};
