/**
 * The layout-independent half of parsing: from a layout's {@link Draft} to a clean
 * {@link ParsedArticle}. Boilerplate lines go (rules in `_data/boilerplate.yaml`), a wire
 * dateline and trailing bylines become `reporters`, e-mails leave the body, the outlet is
 * resolved through the dictionary — from the layout's header, a dateline, a copyright line or
 * a metadata clue, in that order — and is null with a warning when the text names none.
 */
import { classifyLine, copyrightText } from "./boilerplate.ts";
import { EMAIL, cutDateline, cutTrailingByline, isBylineLine, mergeReporters } from "./byline.ts";
import type { Draft, ParseContext, ParseFailure, ParsedArticle } from "./types.ts";

const EMAIL_G = new RegExp(EMAIL.source, "g");

/** Turns a draft into an article, or a failure with a one-line reason. */
export function refine(draft: Draft, layout: string, ctx: ParseContext): ParsedArticle | ParseFailure {
  const warnings = [...draft.warnings];
  let copyright = draft.copyright;
  const clues = [...draft.clues];
  const title = draft.title.replace(/\s+/g, " ").trim();
  let paragraphs: string[] = [];
  for (const p of draft.paragraphs) {
    const text = p.trim();
    if (!text || text === title) continue;
    const cls = classifyLine(text, ctx.boilerplate);
    if (cls === "copyright") {
      copyright ??= copyrightText(text);
      clues.push(text);
      continue;
    }
    if (cls) continue;
    paragraphs.push(text);
  }

  let reporters = draft.reporters;
  let datelineOutlet: string | null = null;
  if (paragraphs.length) {
    const cut = cutDateline(paragraphs[0]);
    if (cut.outletName) {
      datelineOutlet = cut.outletName;
      reporters = mergeReporters(reporters, cut.reporters);
      paragraphs[0] = cut.text;
    }
  }
  // Bylines at the end: whole byline lines, then one glued to the last paragraph.
  while (paragraphs.length && isBylineLine(paragraphs[paragraphs.length - 1])) {
    reporters = mergeReporters(cutTrailingByline(paragraphs.pop()!).reporters, reporters);
  }
  if (paragraphs.length) {
    const cut = cutTrailingByline(paragraphs[paragraphs.length - 1]);
    reporters = mergeReporters(reporters, cut.reporters);
    paragraphs[paragraphs.length - 1] = cut.text;
  }
  paragraphs = paragraphs.map((p) => p.replace(EMAIL_G, "").replace(/\(\s*\)/g, "").replace(/\s{2,}/g, " ").trim()).filter(Boolean);

  if (!title) return { skip: "no headline found" };
  if (!paragraphs.length) return { skip: "no body found" };

  const outlet =
    ctx.outlets.lookup(draft.outletHint) ??
    ctx.outlets.lookup(datelineOutlet) ??
    (copyright ? ctx.outlets.findIn(copyright) : null) ??
    clues.map((c) => ctx.outlets.fromUrl(c) ?? ctx.outlets.findIn(c)).find(Boolean) ??
    null;
  if (!outlet) warnings.push("outlet not named in the text: left empty");

  return {
    layout, title, subtitle: draft.subtitle, outlet: outlet?.name ?? null, outletId: outlet?.id ?? null,
    date: draft.date, dateSource: draft.dateSource, reporters, paragraphs,
    captions: draft.captions.filter((c) => c.text), copyright: copyright ?? null, warnings,
  };
}
