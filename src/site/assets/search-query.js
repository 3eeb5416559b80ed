// Korean query handling for Pagefind (first cut): strips particles (조사) from the end of each
// query word so that 저커버그는 and 저커버그에게 search the stem 저커버그, which Pagefind then
// matches as a prefix of every indexed form. The particle list mirrors
// src/entities/particles.ts (source: 표준국어대사전 particle inventory).
(function (root) {
  "use strict";
  var PARTICLES = ["이", "가", "께서", "을", "를", "의", "에", "에게", "께", "한테", "에서", "에게서", "한테서",
    "로", "으로", "로서", "으로서", "로써", "으로써", "로부터", "으로부터", "에서부터", "와", "과", "하고", "이랑", "랑",
    "보다", "처럼", "만큼", "같이", "은", "는", "도", "만", "까지", "부터", "조차", "마저", "밖에", "뿐", "이나", "나",
    "이든", "든", "이라도", "라도", "이야", "야", "대로", "마다", "요", "이다", "다", "였다", "이었다", "이며", "며",
    "이고", "고", "인", "이라는", "라는", "이란", "란", "이라고", "라고", "들", "측"];
  var SET = {};
  PARTICLES.forEach(function (p) { SET[p] = true; });
  function isParticleRun(run) {
    var ok = [true];
    for (var i = 0; i < run.length; i++) {
      if (!ok[i]) continue;
      for (var len = 1; len <= 4 && i + len <= run.length; len++) if (SET[run.slice(i, i + len)]) ok[i + len] = true;
    }
    return !!ok[run.length];
  }
  function stripParticles(word) {
    for (var cut = 2; cut < word.length; cut++) {
      var rest = word.slice(cut);
      if (/^[\uAC00-\uD7A3]+$/.test(rest) && isParticleRun(rest)) return word.slice(0, cut);
    }
    return word;
  }
  function normalizeQuery(q) {
    return String(q).trim().split(/\s+/).map(stripParticles).join(" ");
  }
  root.SillokQuery = { normalizeQuery: normalizeQuery, stripParticles: stripParticles };
})(typeof window !== "undefined" ? window : globalThis);
