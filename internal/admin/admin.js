// Starts the editor at /admin/ (internal/admin). Decap CMS starts from
// here rather than by itself: its configuration is config.json, generated
// by the build, and on this computer (`endorse serve -edit`, a loopback
// address) it saves through the local backend that endorse serve forwards
// /admin/api/v1 to, with no sign-in. The preview shows pages in the
// site's stylesheet. No inline script: the page's Content-Security-Policy
// allows none.
(function () {
  "use strict";
  var script = document.currentScript;
  var previewCSS = script && script.getAttribute("data-preview-css");
  window.CMS_MANUAL_INIT = true;

  function loopback(host) {
    return host === "localhost" || host === "127.0.0.1" || host === "[::1]" || /\.localhost$/.test(host);
  }

  // withoutEmpty drops the values a person emptied from an entry's data
  // (Immutable.js maps, as Decap holds them), at every depth, and then the
  // tables left with nothing: Decap saves an emptied number field as "",
  // which the loaders refuse (a number is not a string), while a key left
  // out means "not set" to every loader. List items are kept as they are.
  function isMap(value) {
    return !!value && typeof value.toJS === "function" && typeof value.push !== "function";
  }

  function withoutEmpty(value) {
    if (!value || typeof value.toJS !== "function") {
      return value;
    }
    if (!isMap(value)) {
      return value.map(withoutEmpty);
    }
    return value.filter(function (v) { return v !== "" && v !== null && v !== undefined; })
      .map(withoutEmpty)
      .filter(function (v) { return !(isMap(v) && v.size === 0); });
  }

  function start(config) {
    config.load_config_file = false;
    if (loopback(location.hostname)) {
      config.local_backend = { url: new URL("api/v1", document.baseURI).href, allowed_hosts: [location.hostname] };
    }
    if (previewCSS) {
      window.CMS.registerPreviewStyle(previewCSS);
    }
    window.CMS.registerEventListener({ name: "preSave", handler: function (e) { return withoutEmpty(e.entry.get("data")); } });
    window.CMS.init({ config: config });
  }

  var config = fetch(new URL("config.json", document.baseURI), { credentials: "same-origin" }).then(function (r) {
    if (!r.ok) {
      throw new Error("config.json: HTTP " + r.status);
    }
    return r.json();
  });
  document.addEventListener("DOMContentLoaded", function () {
    config.then(start, function (err) {
      document.body.textContent = "The editor could not load its configuration (" + err.message + "). Rebuild the site.";
    });
  });
})();
