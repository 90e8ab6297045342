// Chapter 01: move the step h and watch both estimates of d/dx sin x at
// x = 1, and where h sits on the chapter's sweep of their errors.
DL.widget("step-size", (el, x) => {
  "use strict";
  el.innerHTML = '<div class="dl-controls"></div><canvas width="640" height="300"></canvas><table class="dl-out"></table>';
  const [slider, shown] = DL.slider(el.firstChild, DL.t("step h = 10^k, k:"),
    '<input type="range" min="-16" max="0" step="0.25" value="-4">');
  const canvas = el.querySelector("canvas");
  const table = el.querySelector("table");
  const sweep = DL.numbers(x, "dl_step_sweep");
  const hs = [], fwd = [], ctr = [];
  for (let i = 0; i < sweep.length; i += 3) {
    hs.push(sweep[i]); fwd.push(sweep[i + 1]); ctr.push(sweep[i + 2]);
  }
  const floor = (v) => Math.max(v, 1e-17); // an error of exactly 0 has no place on a log axis
  const rows = [
    ["h", 0, "h"], [DL.t("forward estimate"), 1, "forward-estimate"], [DL.t("central estimate"), 2, "central-estimate"],
    [DL.t("exact, cos 1"), 3, "exact-cos-1"], [DL.t("forward error"), 4, "forward-error"],
    [DL.t("central error"), 5, "central-error"],
  ];
  function update() {
    const h = Math.pow(10, Number(slider.value));
    const [hh, forward, central, exact, fe, ce] = DL.numbers(x, "dl_step_size", h);
    const values = [hh, forward, central, exact, fe, ce];
    shown.textContent = "h = " + hh.toExponential(2);
    table.innerHTML = rows.map(([name, i, out]) =>
      '<tr><th scope="row">' + name + '</th><td data-out="' + out +
      '" data-value="' + values[i] + '">' +
      (i >= 4 || i === 0 ? values[i].toExponential(3) : values[i].toFixed(15)) + "</td></tr>").join("");
    const f = DL.frame(canvas, [1e-16, 1, 1e-17, 10], [DL.t("step h"), DL.t("absolute error")], { x: true, y: true });
    DL.line(f, hs, fwd.map(floor), 0);
    DL.line(f, hs, ctr.map(floor), 1);
    f.ctx.strokeStyle = f.colours.muted; f.ctx.setLineDash([4, 4]);
    f.ctx.beginPath(); f.ctx.moveTo(f.px(hh), f.inner.y); f.ctx.lineTo(f.px(hh), f.inner.y + f.inner.h); f.ctx.stroke();
    f.ctx.setLineDash([]);
    for (const [v, k] of [[fe, 0], [ce, 1]]) {
      f.ctx.fillStyle = f.colours.series[k];
      f.ctx.beginPath(); f.ctx.arc(f.px(hh), f.py(floor(v)), 5, 0, 2 * Math.PI); f.ctx.fill();
    }
    f.done();
    legend(f);
  }
  function legend(f) {
    const ctx = f.ctx;
    [[DL.t("forward difference"), 0], [DL.t("central difference"), 1]].forEach(([name, k], i) => {
      ctx.fillStyle = f.colours.series[k];
      ctx.fillRect(f.inner.x + 12, f.inner.y + 10 + 18 * i, 14, 3);
      ctx.fillStyle = f.colours.text; ctx.textAlign = "left";
      ctx.fillText(name, f.inner.x + 32, f.inner.y + 15 + 18 * i);
    });
  }
  slider.addEventListener("input", update);
  DL.onTheme(update);
  update();
});
