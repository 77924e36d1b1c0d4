// The wizard never loses typing: leaving a step with unsaved changes asks first (links,
// the sidebar's step links, the browser's own back/close), and the preview beside the
// form follows what is typed (debounced, built by the server from the unsaved form;
// nothing is saved). No inline script: the CSP forbids it.
(function () {
  "use strict";

  function guardForm() { return document.querySelector("form[data-unsaved-guard]"); }

  // What the form holds, ignoring the CSRF token and the button that submitted it.
  function snapshot(form) {
    const pairs = [];
    new FormData(form).forEach(function (value, key) {
      if (key !== "csrfmiddlewaretoken" && typeof value === "string") pairs.push(key + "=" + value);
    });
    return pairs.join("&");
  }

  let baseline = null;
  let saving = false;

  function reset() {
    const form = guardForm();
    // A step shown again with errors holds typing that was not saved: any content counts.
    baseline = form ? (form.dataset.unsavedPending ? "" : snapshot(form)) : null;
    saving = false;
  }

  function dirty() {
    const form = guardForm();
    return Boolean(form && baseline !== null && !saving && snapshot(form) !== baseline);
  }

  function confirmLeave() {
    const form = guardForm();
    return window.confirm(form.dataset.unsavedMessage || "Leave without saving?");
  }

  // Capture phase: runs before htmx's boosted navigation handles the click.
  document.addEventListener("click", function (event) {
    const link = event.target.closest && event.target.closest("a[href]");
    if (!link || event.defaultPrevented || link.target === "_blank" || link.hasAttribute("download")) return;
    if (link.getAttribute("href").charAt(0) === "#") return;
    if (link.closest("#preview")) return; // the preview's language switch keeps the form
    if (!dirty()) return;
    if (confirmLeave()) {
      saving = true; // the user chose to leave: do not ask again on unload
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
  }, true);

  document.addEventListener("submit", function (event) {
    if (event.target.matches("form[data-unsaved-guard]")) saving = true;
  }, true);

  window.addEventListener("beforeunload", function (event) {
    if (!dirty()) return;
    event.preventDefault();
    event.returnValue = "";
  });

  // A new step swapped in by htmx sets a new baseline; a row added or removed is an
  // unsaved change like any other, so it does not.
  document.addEventListener("htmx:afterSettle", function (event) {
    if (event.target && event.target.id === "wizard") reset();
  });
  document.addEventListener("htmx:responseError", function () { saving = false; });
  document.addEventListener("DOMContentLoaded", reset);

  // --- Live preview --------------------------------------------------------------------
  let timer = null;
  let sequence = 0;

  function refreshPreview() {
    const form = guardForm();
    const preview = document.getElementById("preview");
    if (!form || !preview || !form.dataset.livePreview) return;
    const data = new FormData(form);
    data.append("preview_lang", preview.dataset.previewLanguage || "");
    const mine = ++sequence;
    fetch(form.dataset.livePreview, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: {"X-Requested-With": "fetch"},
    }).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (html) {
      // An older answer arriving late must not replace a newer one, nor the next
      // step's preview once the user has moved on (htmx swapped the form out).
      if (!html || mine !== sequence || !form.isConnected) return;
      const current = document.getElementById("preview");
      if (!current) return;
      const scroll = current.querySelector(".wizard-preview-body");
      const top = scroll ? scroll.scrollTop : 0;
      const template = document.createElement("template");
      template.innerHTML = html.trim();
      const fresh = template.content.firstElementChild;
      if (!fresh) return;
      current.replaceWith(fresh);
      const body = fresh.querySelector(".wizard-preview-body");
      if (body) body.scrollTop = top;
      syncExpand();
      if (window.htmx) window.htmx.process(fresh);
      fresh.dispatchEvent(new CustomEvent("seloste:preview-updated", {bubbles: true}));
    }).catch(function () { /* the preview is a convenience; the form is untouched */ });
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(refreshPreview, 500);
  }

  document.addEventListener("input", function (event) {
    if (event.target.closest && event.target.closest("form[data-unsaved-guard]")) schedule();
  });
  document.addEventListener("change", function (event) {
    if (event.target.closest && event.target.closest("form[data-unsaved-guard]")) schedule();
  });

  // --- Wider preview ------------------------------------------------------------------
  let expanded = false;
  function syncExpand() {
    const wizard = document.getElementById("wizard");
    if (wizard) wizard.classList.toggle("wizard-preview-wide", expanded);
    document.querySelectorAll("[data-preview-expand]").forEach(function (button) {
      button.setAttribute("aria-pressed", expanded ? "true" : "false");
      button.textContent = expanded ? button.dataset.labelCollapse : button.dataset.labelExpand;
    });
  }
  document.addEventListener("click", function (event) {
    const button = event.target.closest && event.target.closest("[data-preview-expand]");
    if (!button) return;
    expanded = !expanded;
    syncExpand();
  });
  document.addEventListener("htmx:afterSettle", syncExpand);
})();
