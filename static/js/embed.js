/* Seloste embed: include on a third-party page next to
   <iframe src="https://<seloste>/n/<slug>/" data-seloste-embed></iframe>.
   Resizes each such iframe to the height its page reports. Messages are accepted only
   from Seloste's own origin (the origin this script was loaded from) and only from the
   window of an embedded notice iframe. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  if (window.__selosteEmbed === origin) return; // pasted twice
  window.__selosteEmbed = origin;

  // data-seloste-font="inherit": tell the framed notice which font this page uses.
  function sendFont(frame) {
    if (frame.getAttribute("data-seloste-font") !== "inherit" || !frame.contentWindow) return;
    var family = window.getComputedStyle(frame.parentElement || document.body).fontFamily;
    frame.contentWindow.postMessage({ type: "seloste:font", family: family }, origin);
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (data && data.type === "seloste:ready") {
      var all = document.querySelectorAll("iframe[data-seloste-embed]");
      for (var j = 0; j < all.length; j++) if (all[j].contentWindow === event.source) sendFont(all[j]);
      return;
    }
    if (!data || data.type !== "seloste:height") return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    var frames = document.querySelectorAll("iframe[data-seloste-embed]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.min(Math.ceil(height), 100000) + "px";
        frames[i].setAttribute("scrolling", "no");
        frames[i].style.border = "0";
      }
    }
  });
})();
