/* Copy buttons for the embed snippets: <button data-copy-target="input-id">. */
(function () {
  "use strict";
  if (window.__selosteCopy) return;
  window.__selosteCopy = true;
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy-target]");
    if (!button) return;
    var field = document.getElementById(button.getAttribute("data-copy-target"));
    if (!field) return;
    var text = field.value;
    var original = button.textContent;
    function done() {
      button.textContent = button.getAttribute("data-copied-label") || original;
      window.setTimeout(function () { button.textContent = original; }, 2000);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { field.select(); document.execCommand("copy"); done(); });
    } else {
      field.select();
      document.execCommand("copy");
      done();
    }
  });
})();
