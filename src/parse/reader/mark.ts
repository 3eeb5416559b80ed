/**
 * The marking rules of the page-copy reader: each gives lines a {@link LineKind} by one kind of
 * evidence, from the page's furniture to its stamp lines, bylines and captions.
 */
import { classifyLine, cutCredits } from "../boilerplate.ts";
import { cutBracketByline, cutDateline, isBylineLine } from "../byline.ts";
import { splitRuns } from "../text.ts";
import { isFurnitureLine } from "./furniture.ts";
import { LABEL_ONLY, readStamps } from "./stamps.ts";
import type { ReaderRule, ReaderState } from "./state.ts";

const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;

/** Lines still marked `text`, with their indexes. */
function* textLines(s: ReaderState): Generator<number> {
  for (let i = 0; i < s.lines.length; i++) if (s.lines[i].kind === "text") yield i;
}

/** Furniture by the page rules (`_data/furniture.yaml`) and the boilerplate rules; copyright lines. */
export const markFurniture: ReaderRule = {
  name: "furniture",
  run(s) {
    const { furniture, boilerplate } = s.ctx;
    for (const i of textLines(s)) {
      const line = s.lines[i];
      const cls = classifyLine(line.text, boilerplate);
      if (cls === "copyright") line.kind = "copyright";
      else if (furniture.ends.some((r) => r.test(line.text))) line.kind = "end";
      else if (furniture.summaries.some((r) => r.test(line.text))) line.kind = "summary";
      else if (isFurnitureLine(line.text, furniture) || (cls && cls !== "signoff")) line.kind = "furniture";
    }
  },
};

/**
 * Stamp lines (./stamps.ts). A label alone on its line takes the date on the next line
 * (`입력` / `2024.03.05 08:30`); a label with no date anywhere stays a label.
 */
export const markStamps: ReaderRule = {
  name: "stamps",
  run(s) {
    for (const i of textLines(s)) {
      const line = s.lines[i];
      const stamps = readStamps(line.text);
      if (stamps) {
        [line.kind, line.stamp] = ["stamp", stamps[0]];
        line.stamp = stamps.find((x) => x.label === "publication") ?? stamps.find((x) => x.label === "none") ?? stamps[0];
        continue;
      }
      if (!LABEL_ONLY.test(line.text)) continue;
      line.kind = "label";
      const next = s.lines[i + 1];
      const joined = next && next.kind === "text" ? readStamps(`${line.text} ${next.text}`) : null;
      if (joined) [next.kind, next.stamp] = ["stamp", joined[0]];
    }
  },
};

/** Lines that are only a byline, URL lines, lines that are only the outlet's name. */
export const markBylines: ReaderRule = {
  name: "bylines",
  run(s) {
    const isOutlet = (t: string) => s.ctx.outlets.lookup(t) !== null;
    for (const i of textLines(s)) {
      const line = s.lines[i];
      const t = line.text.replace(/^[•·]\s*/, "");
      if (URL_LINE.test(t)) line.kind = "url";
      else if (isOutlet(t)) line.kind = "outlet";
      else if (isBylineLine(t) || (/^[\[【]/.test(t) && t.length < 40 && cutBracketByline(t, isOutlet)?.text === "")) line.kind = "byline";
    }
  },
};

/** A portal's machine summary: from its head, the text lines up to the next line of another kind. */
export const markSummaries: ReaderRule = {
  name: "summaries",
  run(s) {
    for (let i = 0; i < s.lines.length; i++) {
      if (s.lines[i].kind !== "summary") continue;
      for (let j = i + 1; j < s.lines.length && (s.lines[j].kind === "text" || s.lines[j].kind === "summary"); j++) s.lines[j].kind = "summary";
    }
  },
};

/** A sentence end inside or at the end of a line. */
const SENTENCE = /(?:[가-힣][.!?]|[다요죠까]|[.!?…])["'”’)\]]*(?:\s|$)/;
/** Opens with a wire dateline or bracket byline: the body's first paragraph. */
export function opensWithDateline(t: string, isOutlet: (s: string) => boolean): boolean {
  return cutDateline(t).outletName !== null || (cutBracketByline(t, isOutlet)?.text.length ?? 0) > 10;
}

/** True when a line reads as article prose: long enough, several words, a sentence end. */
export function isProse(t: string): boolean {
  return t.length >= 25 && (t.match(/\s/g)?.length ?? 0) >= 4 && SENTENCE.test(t);
}

/**
 * Photo captions: a line of text ending in a photo credit (`… [사진=가나일보]`, `… /뉴스1`), a
 * line opened by a caption mark (`▲ …`). Inside the body they are read again as paragraphs (the
 * refine step keeps the caption and its credit apart).
 */
export const markCaptions: ReaderRule = {
  name: "captions",
  run(s) {
    for (const i of textLines(s)) {
      const t = s.lines[i].text;
      const pieces = t.length <= 300 ? cutCredits(t, s.ctx.boilerplate, true) : [];
      const credited = pieces.length === 1 && pieces[0].credit !== undefined && pieces[0].text.length > 0;
      if (credited || /^[▲△]/.test(t)) s.lines[i].kind = "caption";
    }
  },
};

/** Splits the text into trimmed non-empty lines; a line holding runs of 2+ spaces is split at them. */
export function pageLines(text: string): string[] {
  return text.split("\n").map((l) => l.trim()).filter(Boolean).flatMap(splitRuns);
}
