// Endorse live reload: a dev-build asset (also served at
// /_endorse/reload.js), included only by pages of `endorse serve` builds.
// It is an external script, so it
// works under the site's strict Content-Security-Policy: no inline code,
// styles set through the CSSOM only.
(() => {
  "use strict";
  const OVERLAY_ID = "endorse-build-errors";
  let served = null; // build id of the page this script was loaded with

  function hideErrors() {
    const old = document.getElementById(OVERLAY_ID);
    if (old) old.remove();
  }

  function showErrors(errors) {
    hideErrors();
    const box = document.createElement("div");
    box.id = OVERLAY_ID;
    box.setAttribute("role", "alert");
    Object.assign(box.style, {
      position: "fixed", inset: "0 0 auto 0", maxHeight: "60vh", overflow: "auto", zIndex: "2147483647",
      background: "#1b1b1b", color: "#fff", borderBottom: "4px solid #d93025", padding: "1rem 1.25rem",
      font: "14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
    });
    const title = document.createElement("strong");
    title.textContent = "Build failed — still showing the last good build. Fix these and save:";
    const list = document.createElement("pre");
    Object.assign(list.style, { margin: "0.75rem 0", whiteSpace: "pre-wrap", color: "#ffb4ab" });
    list.textContent = errors.join("\n");
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "Dismiss";
    close.addEventListener("click", hideErrors);
    box.append(title, list, close);
    document.body.append(box);
  }

  function onStatus(s) {
    if (!s.ok) { showErrors(s.errors || []); return; }
    hideErrors();
    if (served === null) served = s.served;
    else if (s.served !== served) location.reload();
  }

  const es = new EventSource("/_endorse/events");
  es.addEventListener("status", (e) => onStatus(JSON.parse(e.data)));
  es.addEventListener("reload", () => location.reload());
  es.addEventListener("build-error", (e) => showErrors(JSON.parse(e.data).errors || []));
})();
