// DOM and text helpers. Every piece of data reaches the page as a text
// node or an attribute value, never as markup.

const SVGNS = 'http://www.w3.org/2000/svg';

function fill(node, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') node.textContent = String(v);
    else if (k === 'class') node.setAttribute('class', v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

// el makes an HTML element: el('a', {href, text}, child, …).
export function el(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

// svg makes an SVG element.
export function svg(tag, attrs, ...children) {
  return fill(document.createElementNS(SVGNS, tag), attrs, children);
}

export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
  return node;
}

// byteIndex returns a function that maps a UTF-8 byte offset in text (as
// the API gives them) to a UTF-16 index into the JavaScript string. An
// offset inside a character maps to that character's start; offsets past
// the end map to the end.
export function byteIndex(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) { n += 4; i++; }
    else n += 3;
  }
  const map = new Int32Array(n + 1);
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let len = 3, units = 1;
    if (c < 0x80) len = 1;
    else if (c < 0x800) len = 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) { len = 4; units = 2; }
    for (let k = 0; k < len; k++) map[b + k] = i;
    b += len;
    i += units - 1;
  }
  map[n] = text.length;
  const at = (off) => (off <= 0 ? 0 : off >= n ? text.length : map[off]);
  at.bytes = n;
  return at;
}

export const fmtInt = (n) => Number(n || 0).toLocaleString('en-US');

export function debounce(fn, ms) {
  let t;
  return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); };
}

// actorLabel names an event's actor.
export function actorLabel(a) {
  if (!a || !a.code) return '—';
  return a.name ? `${a.name} (${a.code})` : a.code;
}

// safeHref returns url when it is http(s), else undefined.
export function safeHref(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch { return undefined; }
}

export function addDays(iso, n) {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(a, b) {
  return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86400000);
}
