// Seloste's own scripts. No inline scripts anywhere: the CSP forbids them.

// --- Organisation form: show the EU representative fields only outside the EU ----------
// The server ignores those fields for EU controllers anyway; this only keeps the form short.
(function () {
  function update(container) {
    const select = container.querySelector("select[name$='country']");
    const block = container.querySelector("[data-outside-eu-only]");
    if (!select || !block) return;
    const eu = (container.dataset.euCountries || "").split(" ");
    block.hidden = eu.includes(select.value);
  }
  function init(root) {
    root.querySelectorAll("[data-organisation-fields]").forEach(function (container) {
      if (container.dataset.euBound) return;
      container.dataset.euBound = "1";
      container.addEventListener("change", function (event) {
        if (event.target.matches("select[name$='country']")) update(container);
      });
      update(container);
    });
  }
  document.addEventListener("DOMContentLoaded", function () { init(document); });
  document.addEventListener("htmx:load", function (event) { init(event.target); });
})();
