/**
 * What a YAML error means, in Korean, for every YAML file sillok reads (article front matter,
 * `_data/` dictionaries, the lexicon, page data): the line to look at, that line's text, and
 * what to do. The yaml library names each error by a code (https://eemeli.org/yaml/#errors);
 * codes not listed here keep the parser's own (English) reason.
 */

/** What a YAML error of the yaml library means, by its error code, with the fix. */
const YAML_PROBLEMS: Readonly<Record<string, string>> = {
  BAD_INDENT:
    "연 괄호([ 또는 {)가 닫히지 않았거나 들여쓰기가 맞지 않습니다. 괄호를 닫거나 값 전체를 따옴표로 감싸세요",
  BLOCK_AS_IMPLICIT_KEY: "값 안에 콜론(:)이 있습니다. 값 전체를 따옴표로 감싸세요",
  MULTILINE_IMPLICIT_KEY: "따옴표 없는 값이 여러 줄에 걸쳐 있습니다. 값 전체를 따옴표로 감싸세요",
  MISSING_CHAR: "연 따옴표나 괄호가 닫히지 않았습니다. 닫으세요",
  DUPLICATE_KEY: "같은 필드가 두 번 있습니다. 하나를 지우세요",
  TAB_AS_INDENT: "들여쓰기에 탭이 있습니다. 스페이스로 바꾸세요",
  BAD_SCALAR_START:
    "값이 YAML의 특수 문자(@, `, %, & 등)로 시작합니다. 값 전체를 따옴표로 감싸세요",
};
const YAML_FIX = "값에 콜론(:)이나 따옴표가 있으면 값 전체를 따옴표로 감싸고, 연 따옴표는 닫으세요";

/** An error as the yaml library throws or lists it: a code and the line/column it stopped at. */
export type YamlError = Error & { code?: string; linePos?: { line: number; col: number }[] };

/** A YAML error explained: the line (1-based, of the text parsed), its text (trimmed), the fix. */
export interface YamlProblem {
  line?: number;
  lineText: string;
  fix: string;
}

/** The parser's reason alone: its first line, without the position it appends. */
export const yamlReason = (e: Error): string =>
  e.message.split("\n")[0].replace(/\s*at line \d+, column \d+:?\s*$/, "");

/**
 * The line (1-based) that opens what the parser found unclosed — a quote or a flow collection
 * (`[`, `{`) — which it reports where it gave up, further down; else `line`.
 */
function openingLine(message: string, text: string, line: number | undefined): number | undefined {
  const quote =
    /missing closing (['"])/i.exec(message)?.[1] ??
    (/missing closing "?quote/i.test(message) ? '"' : null);
  const bracket = /end with a ([\]}])/.exec(message)?.[1];
  const unclosed = (l: string): boolean => {
    const bare = l.replace(/\\./g, "");
    if (quote) return (bare.split(quote).length - 1) % 2 === 1;
    const open = bracket === "]" ? "[" : "{";
    return bare.split(open).length > bare.split(bracket!).length;
  };
  if (!quote && !bracket) return line;
  const at = text.split("\n").findIndex(unclosed);
  return at >= 0 ? at + 1 : line;
}

/**
 * Explains a YAML error of `text` (see {@link YamlProblem}): the fix by the error's code, or a
 * general fix with the parser's reason for other errors; the line is the one that opens an
 * unclosed quote or bracket when that is what went wrong.
 */
export function explainYamlError(e: YamlError, text: string): YamlProblem {
  const line = openingLine(e.message, text, e.linePos?.[0]?.line);
  const fix = (e.code && YAML_PROBLEMS[e.code]) || `${YAML_FIX} (YAML: ${yamlReason(e)})`;
  const lineText = line ? (text.split("\n")[line - 1]?.trim() ?? "") : "";
  return { line, lineText, fix };
}

/** A line's text as a message quotes it: at most 60 characters, in quotes, after a space. */
export const quotedLine = (lineText: string): string =>
  lineText ? ` "${lineText.length > 60 ? `${lineText.slice(0, 59)}…` : lineText}"` : "";

/**
 * The problem message for a YAML file (a dictionary, the lexicon, page data) that does not parse:
 * `YAML로 읽히지 않습니다: 3번째 줄 "- 삼성: 전자". 값 안에 콜론(:)이 있습니다. …`.
 */
export function yamlFileMessage(e: YamlError, text: string): string {
  const { line, lineText, fix } = explainYamlError(e, text);
  const where = line ? `${line}번째 줄${quotedLine(lineText)}. ` : "";
  return `YAML로 읽히지 않습니다: ${where}${fix}`;
}
