// Search page glue: Pagefind's default UI, in Korean, with our Korean query handling
// (search-query.js) as its processTerm hook. https://pagefind.app/docs/ui/
(function () {
  "use strict";
  if (location.protocol === "file:" || typeof PagefindUI === "undefined") {
    document.getElementById("offline-note").hidden = false;
    return;
  }
  // The site is built with relative links, so find the site root from this page (/search/).
  var base = new URL("../", location.href).pathname;
  var ui = new PagefindUI({
    element: "#search",
    baseUrl: base,
    bundlePath: base + "pagefind/",
    showSubResults: false,
    showImages: false,
    resetStyles: false,
    processTerm: function (term) {
      return window.SillokQuery ? window.SillokQuery.normalizeQuery(term) : term;
    },
    translations: { placeholder: "기사 검색 (예: 저커버그, 삼성전자, 반도체)", zero_results: "[SEARCH_TERM]에 대한 결과가 없습니다" },
  });
  var q = new URLSearchParams(location.search).get("q");
  if (q) ui.triggerSearch(q);
})();
