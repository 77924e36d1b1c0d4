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

// --- Notice wizard: show follow-up questions only when they apply ----------------------
// data-show-if="name=value|name2=value2": shown when any listed radio/select/checkbox has
// that value. Without JavaScript every question is shown and the server ignores the rest.
(function () {
  function matches(form, condition) {
    return condition.split("|").some(function (part) {
      const [name, value] = part.split("=");
      const fields = form.querySelectorAll("[name='" + CSS.escape(name) + "']");
      return Array.from(fields).some(function (field) {
        if (field.type === "radio" || field.type === "checkbox") return field.checked && field.value === value;
        return field.value === value;
      });
    });
  }
  function update(form) {
    form.querySelectorAll("[data-show-if]").forEach(function (element) {
      element.hidden = !matches(form, element.dataset.showIf);
    });
  }
  document.addEventListener("change", function (event) {
    const form = event.target.closest && event.target.closest("form.wizard-form");
    if (form) update(form);
  });
  document.addEventListener("htmx:load", function (event) {
    const form = event.target.closest ? event.target.closest("form.wizard-form") : null;
    (form ? [form] : document.querySelectorAll("form.wizard-form")).forEach(update);
  });
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form.wizard-form").forEach(update);
  });
})();

// --- Notice wizard: descriptions grow with their text -------------------------------
// CSS field-sizing does it where supported; elsewhere the textarea is resized as typed.
(function () {
  if (window.CSS && CSS.supports && CSS.supports("field-sizing", "content")) return;
  function fit(textarea) {
    if (!textarea.offsetParent) return; // hidden: measured once shown and typed into
    textarea.style.height = "auto";
    textarea.style.height = textarea.scrollHeight + 2 + "px";
  }
  function fitAll(root) { root.querySelectorAll("textarea[data-autosize]").forEach(fit); }
  document.addEventListener("input", function (event) {
    if (event.target.matches && event.target.matches("textarea[data-autosize]")) fit(event.target);
  });
  document.addEventListener("change", function () { fitAll(document); });
  document.addEventListener("htmx:load", function (event) { fitAll(event.target); });
  document.addEventListener("DOMContentLoaded", function () { fitAll(document); });
})();

// --- Notice wizard: filtering the service library ------------------------------------
// Without JavaScript every group is listed (and can be opened); the filter only hides.
(function () {
  document.addEventListener("input", function (event) {
    if (!event.target.matches || !event.target.matches("[data-service-search]")) return;
    var query = event.target.value.trim().toLowerCase();
    var picker = event.target.closest(".service-picker");
    picker.querySelectorAll(".service-group").forEach(function (group) {
      var shown = 0;
      group.querySelectorAll("[data-service-name]").forEach(function (item) {
        var match = !query || item.getAttribute("data-service-name").indexOf(query) !== -1;
        item.classList.toggle("d-none", !match);
        if (match) shown += 1;
      });
      group.classList.toggle("d-none", shown === 0);
      if (query && shown) group.open = true;
    });
  });
  // Enter in the search box would submit the wizard form ("save and continue").
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.matches && event.target.matches("[data-service-search]")) event.preventDefault();
  });
})();
