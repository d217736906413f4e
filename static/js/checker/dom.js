// Small DOM helpers. Everything the checker shows is built with
// createElement and textContent: user data never passes through innerHTML.

let uid = 0;

/** nextId returns a page-unique id with the given prefix. */
export function nextId(prefix) {
  uid += 1;
  return `${prefix}-${uid}`;
}

/**
 * el creates an element. attrs: plain attributes, except `text` (textContent),
 * `className`, and `on` ({event: handler}). Children may be nodes, strings or
 * arrays of them; null/undefined/false children are skipped.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    setAttr(node, key, value);
  }
  append(node, children);
  return node;
}

function setAttr(node, key, value) {
  if (value === undefined || value === null || value === false) return;
  if (key === "text") node.textContent = value;
  else if (key === "className") node.className = value;
  else if (key === "on") {
    for (const [ev, fn] of Object.entries(value)) node.addEventListener(ev, fn);
  } else if (value === true) node.setAttribute(key, "");
  else node.setAttribute(key, String(value));
}

/** append adds children (nodes, strings, nested arrays) to node. */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

/** replaceChildren empties node and appends children. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}
