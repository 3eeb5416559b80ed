/**
 * The captions of a photo story or gallery printed after its text: a run of short lines, one a
 * photo, between the article's last paragraph and its byline or footer. Read as captions, never as
 * body (the web corpus's gold counts captions apart from the body: README "Labelling rules").
 */
import { creditedCaption } from "./mark.ts";
import type { PageLine, ReaderRule, ReaderState } from "./state.ts";

/** Longest caption line, in characters (a paragraph of text is longer). */
const CAPTION_LINE = 120;
/** Longest noun phrase opening a caption (`가나 T의 전면부.`), in characters. */
const CAPTION_HEAD = 25;
/** A list number or photo number opening a caption (`1.`, `(2)`, `사진 3`). */
const NUMBERED = /^(?:\(?\d{1,2}[).]\s|사진\s?\d{1,2}\s)/;

/** How a line reads as a photo's caption: `strong` no paragraph reads so, `weak` one may. */
type Shape = "strong" | "weak" | null;

/**
 * The shape of line `l`: strong when it carries a photo credit (the captions rule read it so), a photo number, or opens with a noun phrase closed by a full stop (`가나 T의 실내. …`: a
 * news sentence closes on a final ending); weak when it is one sentence of the scene as shot
 * (`…를 살펴보고 있다.`, the lexicon's caption endings), which a paragraph may also end with.
 */
function shape(s: ReaderState, l: PageLine): Shape {
  // A line the captions rule took only for its `▲` may be a list item (`▲상무 홍길동`): not a photo.
  if (l.kind === "caption") return creditedCaption(s, l.text) || l.credit ? "strong" : null;
  if (l.kind !== "text" || l.bullet || l.text.length > CAPTION_LINE) return null;
  const t = l.text;
  if (NUMBERED.test(t)) return "strong";
  const dot = t.indexOf(". ");
  if (dot >= 4 && dot <= CAPTION_HEAD) {
    const head = t.slice(0, dot + 1);
    if (/[가-힣A-Za-z0-9]\.$/.test(head) && !/[!?"'“”‘’]/.test(head))
      if (!s.ctx.words.sentenceEndStop.test(head)) return "strong";
  }
  const oneSentence = !/[.!?]["'”’)]?\s/.test(t);
  return oneSentence && s.ctx.words.captionEnd.test(t) ? "weak" : null;
}

/** True when the page labels itself a photo story: its headline's tag or a section line above the body. */
function photoPage(s: ReaderState): boolean {
  const { photoLabel } = s.ctx.words;
  if (s.title >= 0 && photoLabel.test(s.lines[s.title].text)) return true;
  return s.lines.slice(0, s.body).some((l) => l.kind === "text" && photoLabel.test(l.text));
}

/**
 * The run of caption lines that ends the body: read backwards from the body's last text line
 * (furniture between is skipped), while each line has a caption's shape. Strong lines always
 * count; a weak one only on a photo page or after a strong one (the captions follow each other,
 * so the paragraph that ends the text is not taken for one). Two lines at least, a strong one
 * among them, and a paragraph of text left above; the lines become `photo` lines.
 */
export const markPhotoRun: ReaderRule = {
  name: "photo run",
  run(s) {
    if (s.body < 0 || s.lines.slice(s.body, s.end).some((l) => l.kind === "photo")) return;
    const shapes: { i: number; shape: Shape }[] = [];
    for (let i = s.end - 1; i > s.body; i--) {
      const l = s.lines[i];
      if (l.kind === "furniture") continue;
      if (l.kind !== "text" && l.kind !== "caption") {
        if (shapes.length) break;
        continue;
      }
      const sh = shape(s, l);
      if (sh === null) break;
      shapes.unshift({ i, shape: sh });
    }
    const first = shapes.findIndex((x) => x.shape === "strong");
    if (first < 0) return;
    const run = photoPage(s) ? shapes : shapes.slice(first);
    if (run.length < 2 || !s.lines.slice(s.body, run[0].i).some((l) => l.kind === "text")) return;
    for (const { i } of run) s.lines[i].kind = "photo";
  },
};
