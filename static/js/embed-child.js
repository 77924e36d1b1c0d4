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
  // The host page may ask for its own font (embed snippet with data-seloste-font="inherit").
  // Only a font-family list is accepted, and only from the framing window; it is applied
  // through the CSSOM, which the CSP allows (no style attribute, no stylesheet text).
  window.addEventListener("message", function (event) {
    if (event.source !== window.parent) return;
    var data = event.data;
    if (!data || data.type !== "seloste:font" || typeof data.family !== "string") return;
    var family = data.family.slice(0, 300);
    if (!/^[\w\s,"'\-.]+$/.test(family)) return;
    document.body.style.fontFamily = family;
    document.documentElement.classList.add("pn-host-font");
  });
  function start() {
    window.parent.postMessage({ type: "seloste:ready" }, "*");
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
