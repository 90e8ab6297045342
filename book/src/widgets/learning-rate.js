// Chapter 03: the learning rate α, on the bowl J(w) = (w − 1)² and on the
// one-feature logistic cost of the contour figure. The paths are the
// chapter's gradient descent, run by the module at every move of a slider.
DL.widget("bowl", (el, x) => {
  "use strict";
  el.innerHTML = '<div class="dl-controls"></div><canvas width="640" height="300"></canvas><p class="dl-out"></p>';
  const [slider, shown] = DL.slider(el.firstChild, DL.t("learning rate α:"),
    '<input type="range" min="0.01" max="1.1" step="0.01" value="0.3">');
  const canvas = el.querySelector("canvas"), out = el.querySelector("p");
  const curve = DL.numbers(x, "dl_bowl_curve");
  function update() {
    const alpha = Number(slider.value);
    const path = DL.numbers(x, "dl_bowl", alpha);
    const ws = path.filter((_, i) => i % 2 === 0), js = path.filter((_, i) => i % 2 === 1);
    shown.textContent = "α = " + alpha.toFixed(2);
    const last = ws[ws.length - 1];
    out.innerHTML = DL.t("w after {n} steps from −2: {w} (the minimum is at w = 1)", {
      n: ws.length - 1,
      w: '<span data-out="w-last" data-value="' + last + '">' + (Math.abs(last) < 1e4 ? last.toFixed(6) : last.toExponential(3)) + "</span>",
    });
    const f = DL.frame(canvas, [-4, 6, 0, 26], ["w", "J(w) = (w − 1)²"]);
    DL.line(f, curve.filter((_, i) => i % 2 === 0), curve.filter((_, i) => i % 2 === 1), 0);
    DL.line(f, ws, js, 1, true);
    f.done();
  }
  slider.addEventListener("input", update);
  DL.onTheme(update);
  update();
});

DL.widget("contour", (el, x) => {
  "use strict";
  el.innerHTML = '<div class="dl-controls"></div><canvas width="640" height="400"></canvas><p class="dl-out"></p>';
  const [slider, shown] = DL.slider(el.firstChild, DL.t("learning rate α = 10^k, k:"),
    '<input type="range" min="-2" max="1" step="0.05" value="0">');
  const canvas = el.querySelector("canvas"), out = el.querySelector("p");
  const s = DL.numbers(x, "dl_logistic_surface");
  const [w0, w1, b0, b1, nw, nb] = s;
  const costs = s.slice(6);
  const top = Math.max(...costs), low = Math.min(...costs);
  function update() {
    const alpha = Math.pow(10, Number(slider.value));
    const path = DL.numbers(x, "dl_logistic_path", alpha);
    const ws = path.filter((_, i) => i % 2 === 0), bs = path.filter((_, i) => i % 2 === 1);
    shown.textContent = "α = " + alpha.toPrecision(3);
    const f = DL.frame(canvas, [w0, w1, b0, b1], ["w", "b"]);
    const dark = f.colours.text !== "#1f2328";
    DL.heat(f, nw, nb, (k) => {
      // Row k from the top is the grid's row nb − 1 − k (the grid starts at
      // the lowest b). Shaded by log cost: low cost light (dark theme: dark).
      const cost = costs[(nb - 1 - Math.floor(k / nw)) * nw + (k % nw)];
      const t = Math.log(cost / low) / Math.log(top / low);
      const v = Math.round(dark ? 40 + 120 * t : 250 - 150 * t);
      return [v, v, v + 10, 255];
    });
    DL.line(f, ws, bs, 1, true);
    f.done();
    const n = ws.length - 1;
    out.innerHTML = DL.t("{n} steps from (w, b) = (3, −3) to ({w}, {b})", {
      n,
      w: '<span data-out="w-last" data-value="' + ws[n] + '">' + ws[n].toFixed(4) + "</span>",
      b: '<span data-out="b-last" data-value="' + bs[n] + '">' + bs[n].toFixed(4) + "</span>",
    });
  }
  slider.addEventListener("input", update);
  DL.onTheme(update);
  update();
});
