// Runs on the embed pages (/embed/…, see templates/partials/embed.html),
// which another site shows in an <iframe>. It tells that site's page how
// tall the content is, so the frame can fit it (the page includes
// /embed/host.js, static/js/embed-host.js), and keeps links from loading,
// inside the frame, pages that refuse to be framed.
//
// Messages, both ways checked by origin:
//   embed → host  {type: "endorse-embed:ready"}   to any origin: it carries
//                 nothing but "an embed is here, ask me"
//   host → embed  {type: "endorse-embed:hello"}   accepted only from
//                 window.parent at an origin of embed.allow (site.toml)
//   embed → host  {type: "endorse-embed:height", height}  sent only to
//                 that origin, now and whenever the height changes

const PREFIX = "endorse-embed:";
const body = document.body;
const allowed = new Set([location.origin, ...(body.dataset.embedOrigins || "").split(/\s+/).filter(Boolean)]);
const framed = window.parent !== window;
let hostOrigin = "";
let lastHeight = 0;

/** height is the content's height in CSS pixels (embed.css keeps it from following the frame's). */
function height() {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

function sendHeight() {
  const h = height();
  if (!hostOrigin || h === lastHeight) return;
  lastHeight = h;
  window.parent.postMessage({ type: PREFIX + "height", height: h }, hostOrigin);
}

window.addEventListener("message", (e) => {
  if (e.source !== window.parent || !allowed.has(e.origin)) return;
  if (!e.data || e.data.type !== PREFIX + "hello") return;
  hostOrigin = e.origin;
  lastHeight = 0;
  sendHeight();
});

if (framed) {
  const ready = () => { if (!hostOrigin) window.parent.postMessage({ type: PREFIX + "ready" }, "*"); };
  ready();
  window.addEventListener("load", ready);
  setTimeout(ready, 1000); // the host's script may load after this page
  new ResizeObserver(sendHeight).observe(document.documentElement);
}

/**
 * embedPairs is data-embed-map, "from to from to …": a link to a page
 * below `from` has an embed version below `to`.
 */
const embedPairs = [];
{
  const words = (body.dataset.embedMap || "").split(/\s+/).filter(Boolean);
  for (let i = 0; i + 1 < words.length; i += 2) embedPairs.push([words[i], words[i + 1]]);
}

/** inFrame returns the URL a link should open inside the frame, or "" for a new tab. */
function inFrame(a) {
  const url = new URL(a.href, location.href);
  if (url.protocol === "blob:" || url.protocol === "data:" || a.hasAttribute("download")) return a.href;
  if (url.origin !== location.origin) return "";
  if (url.pathname === location.pathname) return a.href; // a place on this page
  for (const [from, to] of embedPairs) {
    if (url.pathname.startsWith(to)) return a.href;
    if (url.pathname.startsWith(from)) return to + url.pathname.slice(from.length) + url.search + url.hash;
  }
  return "";
}

// The page's <base target="_blank"> opens every link in a new tab (so links
// work without this script too); here, before a click is followed, links to
// this page and to other embed pages are kept in the frame.
document.addEventListener("click", (e) => {
  const a = e.target instanceof Element && e.target.closest("a[href]");
  if (!a) return;
  const here = inFrame(a);
  if (here) {
    a.href = here;
    a.target = "_self";
  } else {
    a.target = "_blank";
    a.rel = "noopener";
  }
}, true);
