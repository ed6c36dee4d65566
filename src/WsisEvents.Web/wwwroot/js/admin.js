// Live Markdown preview for the admin forms. The server renders the preview with the same safe pipeline as the
// public pages; without JavaScript, the form's "Preview" button does the same with a round trip.
(function () {
  "use strict";

  function debounce(fn, wait) {
    let timer = null;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(fn, wait);
    };
  }

  document.querySelectorAll("textarea[data-markdown-preview]").forEach(function (textarea) {
    const target = document.getElementById(textarea.dataset.markdownPreview);
    const form = textarea.form;
    const token = form ? form.querySelector("input[name='__RequestVerificationToken']") : null;
    if (!target || !token) {
      return;
    }

    let latest = 0;
    const refresh = debounce(function () {
      const request = ++latest;
      const body = new URLSearchParams();
      body.append("markdown", textarea.value);
      body.append("__RequestVerificationToken", token.value);
      fetch("/admin/markdown/preview", { method: "POST", body: body, credentials: "same-origin" })
        .then(function (response) {
          return response.text().then(function (text) {
            return { ok: response.ok, text: text };
          });
        })
        .then(function (result) {
          if (request !== latest) {
            return;
          }
          if (result.ok) {
            // Server-rendered by the safe pipeline: raw HTML is escaped and unsafe links removed there.
            target.innerHTML = result.text;
          } else {
            target.textContent = result.text;
          }
        })
        .catch(function () {
          target.textContent = "The preview is not available right now.";
        });
    }, 350);

    textarea.addEventListener("input", refresh);
    refresh();
  });
})();
