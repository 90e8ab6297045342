// The widgets' shared runtime: loads the book's WebAssembly module (the
// chapters' own Rust code, built by `cargo xtask widgets`), moves numbers
// and text in and out of it, and draws on canvases in the figures' colours.
// It computes nothing itself: every number a widget shows comes from the module.
(function () {
  "use strict";
  if (window.DL) return;
  // The print page holds every chapter at once, for paper: it keeps the
  // static figures and runs no widget.
  const printing = /\/print\.html$/.test(location.pathname);

  // What is left of wasm-bindgen in the module is never called: a stub that
  // throws stands in for each of its imports.
  function stubs(module) {
    const imports = {};
    for (const imp of WebAssembly.Module.imports(module)) {
      imports[imp.module] = imports[imp.module] || {};
      imports[imp.module][imp.name] = imp.kind === "global"
        ? new WebAssembly.Global({ value: "i32", mutable: false }, 0)
        : () => { throw new Error("dlnotes: " + imp.name + " is not available in the book"); };
    }
    return imports;
  }

  async function load() {
    const text = atob(window.DLNOTES_WASM);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    const module = await WebAssembly.compile(bytes);
    const instance = await WebAssembly.instantiate(module, stubs(module));
    const data = window.DLNOTES_DATA || {};
    for (const name of Object.keys(data)) {
      input(instance.exports, name + "\n" + data[name]);
      if (instance.exports.dl_provide() !== 0) throw new Error(readText(instance.exports));
    }
    return instance.exports;
  }

  function input(x, value) {
    const bytes = typeof value === "string" ? new TextEncoder().encode(value) : value;
    const at = x.dl_input_at(bytes.length);
    new Uint8Array(x.memory.buffer, at, bytes.length).set(bytes);
  }

  function readText(x) {
    const bytes = new Uint8Array(x.memory.buffer, x.dl_text_at(), x.dl_text_len());
    return new TextDecoder().decode(bytes);
  }

  const ready = printing ? new Promise(() => {}) : load();

  // Calls export `name`; its count of numbers becomes an array of them, a
  // failure (−1) an Error with the module's one-line reason.
  function numbers(x, name, ...args) {
    const n = x[name](...args);
    if (n < 0) throw new Error(readText(x));
    return Array.from(new Float64Array(x.memory.buffer, x.dl_numbers_at(), n));
  }

  function dark() {
    return /\b(navy|coal|ayu)\b/.test(document.documentElement.className);
  }

  // The figures' palettes (crates/toolkit/src/plot.rs), so that a widget
  // looks like the figure beside it.
  function colours() {
    return dark()
      ? { text: "#e6e6e6", muted: "#a0a8b0", grid: "#3a4048",
          series: ["#56b4e9", "#f08a3c", "#2ed3a0", "#e69cc8", "#f0e442"] }
      : { text: "#1f2328", muted: "#57606a", grid: "#d8dce0",
          series: ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00"] };
  }

  // A plot area on `canvas` for x in [x0, x1] and y in [y0, y1] (log10 of
  // either when `log` says so), with a frame, ticks and axis titles.
  function frame(canvas, box, titles, log) {
    const ctx = canvas.getContext("2d");
    const c = colours();
    const m = { l: 62, r: 14, t: 12, b: 44 };
    const w = canvas.width - m.l - m.r, h = canvas.height - m.t - m.b;
    const tx = log && log.x ? Math.log10 : (v) => v;
    const ty = log && log.y ? Math.log10 : (v) => v;
    const [x0, x1, y0, y1] = [tx(box[0]), tx(box[1]), ty(box[2]), ty(box[3])];
    const px = (v) => m.l + (tx(v) - x0) / (x1 - x0) * w;
    const py = (v) => m.t + (1 - (ty(v) - y0) / (y1 - y0)) * h;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.font = "13px DejaVu Sans, Verdana, sans-serif";
    ctx.strokeStyle = c.grid; ctx.fillStyle = c.muted; ctx.lineWidth = 1;
    ctx.strokeRect(m.l, m.t, w, h);
    const ticks = (a, b) => {
      const step = Math.pow(10, Math.floor(Math.log10((b - a) / 2)));
      const out = [];
      for (let v = Math.ceil(a / step) * step; v <= b + 1e-9 * step; v += step) out.push(v);
      return out.length > 8 ? out.filter((_, i) => i % 2 === 0) : out;
    };
    const label = (v, isLog) => isLog ? "1e" + Math.round(v) : String(+v.toPrecision(3));
    ctx.textAlign = "center";
    for (const v of ticks(x0, x1)) {
      const x = m.l + (v - x0) / (x1 - x0) * w;
      ctx.fillText(label(v, log && log.x), x, m.t + h + 16);
    }
    ctx.textAlign = "right";
    for (const v of ticks(y0, y1)) {
      const y = m.t + (1 - (v - y0) / (y1 - y0)) * h;
      ctx.fillText(label(v, log && log.y), m.l - 6, y + 4);
    }
    ctx.fillStyle = c.text; ctx.textAlign = "center";
    ctx.fillText(titles[0], m.l + w / 2, canvas.height - 6);
    ctx.save(); ctx.translate(14, m.t + h / 2); ctx.rotate(-Math.PI / 2);
    ctx.fillText(titles[1], 0, 0); ctx.restore();
    ctx.save(); ctx.beginPath(); ctx.rect(m.l, m.t, w, h); ctx.clip();
    return { ctx, px, py, colours: c, done: () => ctx.restore(), inner: { x: m.l, y: m.t, w, h } };
  }

  // A polyline through the (x, y) points, in series colour `k`.
  function line(f, xs, ys, k, dots) {
    f.ctx.strokeStyle = f.ctx.fillStyle = f.colours.series[k];
    f.ctx.lineWidth = 2; f.ctx.beginPath();
    xs.forEach((x, i) => {
      if (!isFinite(ys[i]) || !isFinite(x)) return;
      const [X, Y] = [f.px(x), f.py(ys[i])];
      i === 0 ? f.ctx.moveTo(X, Y) : f.ctx.lineTo(X, Y);
    });
    f.ctx.stroke();
    if (dots) xs.forEach((x, i) => {
      f.ctx.beginPath(); f.ctx.arc(f.px(x), f.py(ys[i]), 3, 0, 2 * Math.PI); f.ctx.fill();
    });
  }

  // Fills the plot area with an nw × nh grid of cells, the top row first;
  // `rgba(k)` gives cell k's colour as [r, g, b, a], 0–255. Drawn as one
  // image, so that cells neither overlap nor leave seams.
  function heat(f, nw, nh, rgba) {
    const small = document.createElement("canvas");
    small.width = nw; small.height = nh;
    const g = small.getContext("2d"), image = g.createImageData(nw, nh);
    for (let k = 0; k < nw * nh; k++) image.data.set(rgba(k), 4 * k);
    g.putImageData(image, 0, 0);
    f.ctx.imageSmoothingEnabled = false;
    f.ctx.drawImage(small, f.inner.x, f.inner.y, f.inner.w, f.inner.h);
  }

  // "#0072b2" as [0, 114, 178].
  function rgb(hex) {
    return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  }

  // Builds widget `name` wherever the page has one, once the module is
  // ready: `build(element, x)` makes its controls. A widget that fails says
  // why in its place instead of leaving the reader with nothing.
  function widget(name, build) {
    if (printing) return;
    const start = () => {
      for (const el of document.querySelectorAll('.dl-widget[data-widget="' + name + '"]')) {
        ready.then((x) => { el.hidden = false; build(el, x); })
          .catch((e) => { el.hidden = false; el.textContent = "This widget could not start: " + e.message; console.error(e.message); });
      }
    };
    document.readyState === "loading" ? document.addEventListener("DOMContentLoaded", start) : start();
  }

  // Calls `redraw` whenever the reader switches the theme.
  function onTheme(redraw) {
    new MutationObserver(redraw).observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  }

  // A labelled control; `html` is the control itself.
  function field(parent, label, html) {
    const p = document.createElement("label");
    p.className = "dl-field";
    p.innerHTML = "<span>" + label + "</span> " + html;
    parent.appendChild(p);
    return p.lastElementChild;
  }

  // The page's words in the edition's language: the Korean edition's
  // widgets/words.js (written by `cargo xtask book` from book/po/ko.po) maps
  // each English phrase to its translation. `{name}` in a phrase is
  // replaced by values[name].
  function t(phrase, values) {
    const words = window.DLNOTES_WORDS || {};
    let out = words[phrase] || phrase;
    for (const key of Object.keys(values || {})) out = out.split("{" + key + "}").join(values[key]);
    return out;
  }

  // A labelled slider with the value it stands for shown beside it:
  // [the input, the output element].
  function slider(parent, label, html) {
    const input = field(parent, label, html);
    const shown = document.createElement("output");
    input.parentNode.appendChild(shown);
    return [input, shown];
  }

  window.DL = { t, ready, numbers, input, text: readText, frame, line, heat, rgb, colours, widget, onTheme, field, slider };
})();
