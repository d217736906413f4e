// Endorse embed: include this script on a page that shows Endorse's embed
// pages in <iframe>s, and each frame takes the height of its content:
//
//   <iframe src="https://SITE/embed/checker/" title="…"></iframe>
//   <script src="https://SITE/embed/host.js" defer></script>
//
// It looks after every iframe whose src is below the script's own /embed/
// folder. It accepts a message only from such a frame's window and from
// the script's own origin, and sends its one message only to that origin.
// The embed page, for its part, answers only the sites its association
// allows (embed.allow). Nothing else is read or sent. Written for
// Endorse; no dependencies.
(function () {
  var PREFIX = "endorse-embed:";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base = new URL("./", script.src).href; // …/embed/
  var origin = new URL(script.src).origin;
  var MAX = 100000; // px: a height beyond this is not a page's

  function frames() {
    return Array.prototype.filter.call(document.querySelectorAll("iframe"), function (f) {
      return f.src.indexOf(base) === 0;
    });
  }

  function frameOf(win) {
    var all = frames();
    for (var i = 0; i < all.length; i++) if (all[i].contentWindow === win) return all[i];
    return null;
  }

  function hello(f) {
    if (f.contentWindow) f.contentWindow.postMessage({ type: PREFIX + "hello" }, origin);
  }

  window.addEventListener("message", function (e) {
    if (e.origin !== origin || !e.data || typeof e.data.type !== "string") return;
    var f = frameOf(e.source);
    if (!f) return;
    if (e.data.type === PREFIX + "ready") hello(f);
    if (e.data.type === PREFIX + "height") {
      var h = Number(e.data.height);
      if (isFinite(h) && h > 0 && h < MAX) f.style.height = Math.ceil(h) + "px";
    }
  });

  function watch() {
    frames().forEach(function (f) {
      if (f.dataset.endorseWatched) return;
      f.dataset.endorseWatched = "1";
      f.addEventListener("load", function () { hello(f); });
    });
  }
  watch();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watch);
})();
