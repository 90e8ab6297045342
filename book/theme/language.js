// The switch between the two editions, in every page's menu bar: the English
// book is at the site's root, the Korean one in ko/, page for page.
(function () {
  "use strict";
  const korean = document.documentElement.lang === "ko";
  const page = location.pathname.split("/").pop() || "index.html";
  const link = document.createElement("a");
  link.href = (korean ? "../" : "ko/") + page + location.hash;
  link.textContent = korean ? "English" : "한국어";
  link.lang = korean ? "en" : "ko";
  link.hreflang = link.lang;
  link.id = "dl-language";
  link.className = "dl-language";
  link.title = korean ? "Read this page in English" : "이 페이지를 한국어로 읽기";
  const place = () => {
    const buttons = document.querySelector(".right-buttons");
    if (buttons && !document.getElementById("dl-language")) buttons.prepend(link);
  };
  document.readyState === "loading" ? document.addEventListener("DOMContentLoaded", place) : place();

  // The Korean edition's search index is built with elasticlunr's Korean
  // pipeline (xtask/maintainer/src/search_ko.rs): the query takes the same
  // steps, registered under the names the index gives them. Words are
  // trimmed to Latin and Hangul letters; no stop words, no stemming.
  if (korean && window.elasticlunr) {
    const edge = /^[^\p{Script=Latin}\p{Script=Hangul}]+|[^\p{Script=Latin}\p{Script=Hangul}]+$/gu;
    const keep = (token) => token || undefined;
    elasticlunr.Pipeline.registerFunction((t) => keep(t.replace(edge, "")), "trimmer-ko");
    elasticlunr.Pipeline.registerFunction(keep, "stopWordFilter-ko");
    elasticlunr.Pipeline.registerFunction(keep, "stemmer-ko");
  }
})();
