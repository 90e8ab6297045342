// Chapter 05: type shapes, read what the `shape` command would print. The
// answer and the error text come from the same Rust function the command calls.
DL.widget("shapes", (el, x) => {
  "use strict";
  el.innerHTML = '<div class="dl-controls"></div><p class="dl-out"><code data-out="answer"></code></p>';
  const box = DL.field(el.firstChild, DL.t("shapes, separated by spaces:"),
    '<input type="text" size="32" value="3,1,4 2,1" spellcheck="false" autocomplete="off">');
  const answer = el.querySelector("code");
  function update() {
    DL.input(x, box.value);
    const ok = x.dl_shape() === 0;
    const text = DL.text(x);
    // As the command prints it: the shape, or `error: ` and the reason.
    answer.textContent = ok ? text : "error: " + text;
    answer.dataset.ok = String(ok);
    answer.dataset.value = text;
  }
  box.addEventListener("input", update);
  update();
});
