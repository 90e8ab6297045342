// Chapter 06: pick the kind of network and its depth; the module builds the
// chapter's network on its digits task and returns ‖dW‖ of every layer at
// initialisation. A bar per layer, input side on the left, on a log scale.
DL.widget("gradient-norms", (el, x) => {
  "use strict";
  el.innerHTML = '<div class="dl-controls"></div><canvas width="640" height="300"></canvas><p class="dl-out"></p>';
  const controls = el.firstChild;
  x.dl_gradient_kinds();
  const kinds = DL.text(x).split("\n");
  const kind = DL.field(controls, DL.t("network:"),
    "<select>" + kinds.map((k, i) => '<option value="' + i + '">' + DL.t(k) + "</option>").join("") + "</select>");
  const [depth, shown] = DL.slider(controls, DL.t("hidden layers:"),
    '<input type="range" min="2" max="10" step="1" value="6">');
  const canvas = el.querySelector("canvas"), out = el.querySelector("p");
  // One scale for every choice, so that two choices compare at a glance:
  // the decades from the smallest norm of the deepest networks to the
  // largest of the shallowest.
  const all = kinds.flatMap((_, k) => [2, 10].flatMap((d) => DL.numbers(x, "dl_gradient_norms", k, d)));
  const low = Math.pow(10, Math.floor(Math.log10(Math.min(...all.filter((v) => v > 0)))));
  const high = Math.pow(10, Math.ceil(Math.log10(Math.max(...all))));
  function update() {
    const norms = DL.numbers(x, "dl_gradient_norms", Number(kind.value), Number(depth.value));
    shown.textContent = depth.value;
    const f = DL.frame(canvas, [0.5, norms.length + 0.5, low, high], [DL.t("layer (1 = next to the input)"), "‖dW‖"], { y: true });
    const width = f.inner.w / norms.length * 0.6;
    norms.forEach((n, i) => {
      const top = f.py(Math.max(n, low));
      f.ctx.fillStyle = f.colours.series[i === norms.length - 1 ? 1 : 0];
      f.ctx.fillRect(f.px(i + 1) - width / 2, top, width, f.inner.y + f.inner.h - top);
    });
    f.done();
    const first = norms[0], last = norms[norms.length - 1];
    out.innerHTML = DL.t("‖dW‖ next to the input: {first}; at the output: {last}; layers: {layers}", {
      first: '<span data-out="first" data-value="' + first + '">' + first.toExponential(2) + "</span>",
      last: '<span data-out="last" data-value="' + last + '">' + last.toExponential(2) + "</span>",
      layers: '<span data-out="layers" data-value="' + norms.length + '">' + norms.length + "</span>",
    });
  }
  kind.addEventListener("change", update);
  depth.addEventListener("input", update);
  DL.onTheme(update);
  update();
});
