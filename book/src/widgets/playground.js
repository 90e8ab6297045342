// Chapter 07's playground: choose the data, the layers, the activation, the
// learning rate and the initialisation, then train. Every step is the
// chapter's gradient descent, in the module; the page draws the network's
// probabilities over the plane, the points, the cost and the accuracies.
DL.widget("playground", (el, x) => {
  "use strict";
  el.innerHTML = '<div class="dl-controls"></div><div class="dl-buttons"></div>' +
    '<canvas class="dl-plane" width="400" height="400"></canvas><canvas class="dl-cost" width="400" height="260"></canvas>' +
    '<p class="dl-out" aria-live="polite"></p>';
  const c = el.firstChild, buttons = el.children[1];
  // Each choice: the setting's name, which the module reads, and its words.
  const sets = [["flower", DL.t("flower")], ["noisy-circles", DL.t("noisy circles")],
    ["noisy-moons", DL.t("noisy moons")], ["blobs", DL.t("blobs")],
    ["gaussian-quantiles", DL.t("Gaussian quantiles")]];
  const select = (list, chosen) => "<select>" + list.map(([v, words]) => '<option value="' + v + '"' +
    (v === chosen ? " selected" : "") + ">" + words + "</option>").join("") + "</select>";
  const ui = {
    data: DL.field(c, DL.t("data:"), select(sets, "flower")),
    hidden: DL.field(c, DL.t("hidden layers:"), '<input type="text" size="8" value="4" title="' + DL.t("widths separated by commas, 0 for none") + '">'),
    activation: DL.field(c, DL.t("activation:"), select([["tanh", "tanh"], ["relu", "ReLU"],
      ["sigmoid", DL.t("sigmoid")], ["leaky-relu", DL.t("leaky ReLU")], ["linear", DL.t("linear")]], "tanh")),
    lr: DL.field(c, DL.t("learning rate:"), '<input type="number" min="0" step="0.1" value="1.2" size="6">'),
    init: DL.field(c, DL.t("initialisation:"), select([["course", DL.t("as in the course")],
      ["he", "He"], ["xavier", "Xavier"], ["zeros", DL.t("zeros")]], "course")),
    seed: DL.field(c, DL.t("seed:"), '<input type="number" min="0" step="1" value="3" size="5">'),
    speed: DL.field(c, DL.t("steps per frame:"), '<input type="range" min="1" max="50" value="10">'),
  };
  const button = (label) => {
    const b = document.createElement("button");
    b.type = "button"; b.textContent = label; buttons.appendChild(b); return b;
  };
  const run = button(DL.t("Start")), step = button(DL.t("Step")), reset = button(DL.t("Reset"));
  const plane = el.querySelector(".dl-plane"), costCanvas = el.querySelector(".dl-cost");
  const out = el.querySelector(".dl-out");
  const CELLS = 50;
  let running = false, frames = [], problem = "";

  function settings() {
    return ["data=" + ui.data.value, "hidden=" + ui.hidden.value.replace(/\s+/g, ""),
      "activation=" + ui.activation.value, "lr=" + ui.lr.value, "init=" + ui.init.value,
      "seed=" + ui.seed.value].join(" ");
  }
  function start() {
    stop();
    DL.input(x, settings());
    problem = x.dl_trainer_new() === 0 ? "" : DL.text(x);
    draw();
  }
  function stop() { running = false; run.textContent = DL.t("Start"); }

  function draw() {
    if (problem) { out.textContent = problem; out.dataset.error = "true"; return; }
    delete out.dataset.error;
    const [x0, x1, y0, y1] = DL.numbers(x, "dl_trainer_extent");
    const p = DL.numbers(x, "dl_trainer_boundary", CELLS);
    const f = DL.frame(plane, [x0, x1, y0, y1], ["x₁", "x₂"]);
    const [a, b] = [f.colours.series[0], f.colours.series[1]];
    const [ra, rb] = [DL.rgb(a), DL.rgb(b)];
    // The surer the network, the deeper the colour of the class it predicts.
    DL.heat(f, CELLS, CELLS, (k) => [...(p[k] > 0.5 ? rb : ra), Math.round(255 * (0.12 + 0.4 * Math.abs(p[k] - 0.5)))]);
    const pts = DL.numbers(x, "dl_trainer_points", 0);
    for (let i = 0; i < pts.length; i += 3) {
      f.ctx.fillStyle = pts[i + 2] > 0.5 ? b : a;
      f.ctx.beginPath(); f.ctx.arc(f.px(pts[i]), f.py(pts[i + 1]), 2.5, 0, 2 * Math.PI); f.ctx.fill();
    }
    f.done();
    const costs = DL.numbers(x, "dl_trainer_costs");
    const [train, held] = DL.numbers(x, "dl_trainer_accuracy");
    const n = costs.length;
    const finite = costs.filter(isFinite);
    const g = DL.frame(costCanvas, [0, Math.max(n, 10), 0, Math.max(0.8, ...finite.slice(-200))], [DL.t("step"), DL.t("cost J")]);
    DL.line(g, costs.map((_, i) => i), costs, 1);
    g.done();
    const cost = n ? costs[n - 1] : NaN;
    out.innerHTML = DL.t("steps: {n} · cost: {cost} · accuracy, training: {train} · held out: {held}", {
      n: '<span data-out="steps">' + n + "</span>",
      cost: '<span data-out="cost" data-value="' + cost + '">' + (n ? cost.toFixed(6) : "–") + "</span>",
      train: '<span data-out="train" data-value="' + train + '">' + train.toFixed(2) + " %</span>",
      held: '<span data-out="held-out" data-value="' + held + '">' + held.toFixed(2) + " %</span>",
    }) + (frames.length > 1 ? " · " + DL.t("{fps} frames/s", { fps: '<span data-out="fps">' + fps().toFixed(0) + "</span>" }) : "");
  }
  function fps() {
    const span = frames[frames.length - 1] - frames[0];
    return span > 0 ? (frames.length - 1) / span * 1000 : 0;
  }
  // `steps` more steps; a refusal throws, and `safely` shows it.
  function advance(steps) {
    if (!problem) DL.numbers(x, "dl_trainer_step", steps);
  }
  function safely(action) {
    try { action(); } catch (e) { problem = e.message; stop(); draw(); }
  }
  let work = [];
  function frame(now) {
    if (!running) return;
    frames.push(now); if (frames.length > 60) frames.shift();
    const t = performance.now();
    safely(() => { advance(Number(ui.speed.value)); draw(); });
    work.push(performance.now() - t); if (work.length > 60) work.shift();
    // What a frame costs, for the browser check's record: the rate is
    // capped by the display, the work per frame says how far below the cap.
    el.dataset.fps = fps().toFixed(1);
    el.dataset.workMs = (work.reduce((a, b) => a + b, 0) / work.length).toFixed(2);
    if (running) requestAnimationFrame(frame);
  }
  run.addEventListener("click", () => {
    if (running) return stop();
    running = true; run.textContent = DL.t("Pause"); frames = [];
    requestAnimationFrame(frame);
  });
  step.addEventListener("click", () => { stop(); safely(() => { advance(1); draw(); }); });
  reset.addEventListener("click", start);
  for (const key of ["data", "hidden", "activation", "lr", "init", "seed"]) ui[key].addEventListener("change", start);
  DL.onTheme(draw);
  start();
});
