/* Runs inside the public notice page. When the page is framed (the embed snippet), it
   tells the parent page its height so the iframe can grow to fit, and marks the page so
   public.css can drop the site chrome. The parent (static/js/embed.js) checks that the
   message comes from our origin. */
(function () {
  "use strict";
  if (window.parent === window) return;
  document.documentElement.classList.add("pn-embedded");
  var last = 0;
  function post() {
    var height = Math.ceil(document.documentElement.scrollHeight);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "seloste:height", height: height }, "*");
  }
  function start() {
    post();
    if (window.ResizeObserver) {
      new ResizeObserver(post).observe(document.body);
    } else {
      window.addEventListener("resize", post);
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
  window.addEventListener("load", post);
})();
