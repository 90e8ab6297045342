//! The widgets, driven in headless Chromium as a reader drives them: a
//! slider moved, a shape typed, a network trained. Each answer the page
//! shows is compared with what the same Rust function gives here, natively
//! — the functions the playground's tests check — in both themes, with no
//! console error. The playground's frame rate is measured and written to
//! `target/browser/widgets.txt` (a measurement, never a pass/fail).

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow, bail};
use headless_chrome::browser::tab::Tab;
use playground::trainer::{Settings, Trainer};
use toolkit::bundled::{BREAST_CANCER, Bundled, DIGITS};

use crate::browser::{
    THEMES, eval_string, find_chromium, launch, listen, screenshot,
};
use crate::widgets::WIDGETS;

/// What the check found, and the frame rate it measured.
#[derive(Debug, Default)]
pub struct Report {
    pub problems: Vec<String>,
    /// Frames per second of the playground, and the milliseconds of work
    /// (ten steps and a redraw) in each, per theme.
    pub fps: Vec<(String, f64, f64)>,
    pub checks: usize,
}

/// The playground's starting settings (the page's defaults).
const COURSE: &str =
    "data=flower hidden=4 activation=tanh lr=1.2 init=course seed=3";

pub fn check(site: &Path, shots: &Path) -> Result<Report> {
    let chromium =
        find_chromium().ok_or_else(|| anyhow!("no Chromium found"))?;
    let site = site.canonicalize().context("no built book")?;
    std::fs::create_dir_all(shots)?;
    for bundled in [BREAST_CANCER, DIGITS] {
        provide(bundled)?;
    }
    let browser = launch(&chromium)?;
    let tab = browser.new_tab().map_err(|e| anyhow!("{e}"))?;
    tab.set_default_timeout(Duration::from_secs(30));
    let seen = listen(&tab)?;
    let mut report = Report::default();
    for theme in THEMES {
        let mut page = Visit {
            tab: &tab,
            theme,
            report: &mut report,
        };
        let mut opened = "";
        for widget in WIDGETS {
            if widget.page != opened {
                page.open(&site, &widget.page.replace(".md", ".html"))?;
                opened = widget.page;
            }
            page.drive(widget.name)?;
            page.shot(shots, widget.name)?;
        }
        if let Ok(mut s) = seen.lock() {
            report
                .problems
                .extend(s.drain(..).map(|m| format!("({theme}) {m}")));
        }
    }
    let lines: Vec<String> = report
        .fps
        .iter()
        .map(|(t, f, w)| {
            format!(
                "playground, {t} theme: {f:.1} frames per second, {w:.2} ms of work per \
                 frame (ten steps of training and a redraw)"
            )
        })
        .collect();
    std::fs::write(shots.join("widgets.txt"), lines.join("\n") + "\n")?;
    Ok(report)
}

fn provide(bundled: Bundled) -> Result<()> {
    let mut text = format!("{}\n", bundled.file).into_bytes();
    text.extend(std::fs::read(bundled.path())?);
    playground::data::provide(&text).map_err(|e| anyhow!(e))?;
    Ok(())
}

/// One theme's pass over the pages.
struct Visit<'a> {
    tab: &'a Tab,
    theme: &'a str,
    report: &'a mut Report,
}

impl Visit<'_> {
    fn js(&self, code: &str) -> Result<String> {
        eval_string(self.tab, code)
    }

    fn open(&mut self, site: &Path, page: &str) -> Result<()> {
        let url = format!("file://{}", site.join(page).display());
        self.tab
            .navigate_to(&url)
            .and_then(|t| t.wait_until_navigated())
            .map_err(|e| anyhow!("{page}: {e}"))?;
        self.js(&format!(
            "(() => {{ const b = document.getElementById('mdbook-theme-{}'); if (b) b.click(); return 'ok'; }})()",
            self.theme
        ))?;
        Ok(())
    }

    /// Waits until widget `name` is built (its script ran and the module loaded).
    fn ready(&self, name: &str) -> Result<()> {
        let started = Instant::now();
        let probe = format!(
            "(() => {{ const w = document.querySelector('.dl-widget[data-widget=\"{name}\"]'); \
             return w && !w.hidden && w.children.length > 0 ? 'yes' : 'no'; }})()"
        );
        while self.js(&probe)? != "yes" {
            if started.elapsed() > Duration::from_secs(15) {
                bail!("widget {name} never started ({} theme)", self.theme);
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Ok(())
    }

    /// Sets the control `selector` of widget `name` to `value`, as typing or
    /// sliding would, and fires `event`.
    fn set(
        &self,
        name: &str,
        selector: &str,
        value: &str,
        event: &str,
    ) -> Result<()> {
        let answer = self.js(&format!(
            "(() => {{ const c = document.querySelector('.dl-widget[data-widget=\"{name}\"] {selector}'); \
             if (!c) return 'missing'; c.value = {value:?}; c.dispatchEvent(new Event('{event}', {{bubbles: true}})); return 'ok'; }})()"
        ))?;
        if answer != "ok" {
            bail!("widget {name} has no control {selector}");
        }
        Ok(())
    }

    /// The `data-value` (or the text) of output `out` of widget `name`.
    fn read(&self, name: &str, out: &str) -> Result<String> {
        self.js(&format!(
            "(() => {{ const o = document.querySelector('.dl-widget[data-widget=\"{name}\"] [data-out=\"{out}\"]'); \
             return o ? (o.dataset.value !== undefined ? o.dataset.value : o.textContent) : 'missing'; }})()"
        ))
    }

    fn number(&self, name: &str, out: &str) -> Result<f64> {
        let text = self.read(name, out)?;
        text.parse().map_err(|_| {
            anyhow!("widget {name}: {out} shows {text:?}, not a number")
        })
    }

    /// Records a problem unless `shown` is `expected` to `tolerance`
    /// (relative): the page runs the same code compiled for WebAssembly,
    /// whose sin and exp may differ from the host's in the last bit.
    fn expect(
        &mut self,
        what: &str,
        shown: f64,
        expected: f64,
        tolerance: f64,
    ) {
        self.report.checks += 1;
        let close =
            (shown - expected).abs() <= tolerance * expected.abs().max(1e-300);
        if !close {
            self.report.problems.push(format!(
                "({}) {what}: the page shows {shown:e}, the Rust function gives {expected:e}",
                self.theme
            ));
        }
    }

    fn expect_text(&mut self, what: &str, shown: &str, expected: &str) {
        self.report.checks += 1;
        if shown != expected {
            self.report.problems.push(format!(
                "({}) {what}: the page shows {shown:?}, expected {expected:?}",
                self.theme
            ));
        }
    }

    fn shot(&self, shots: &Path, name: &str) -> Result<()> {
        self.js(&format!(
            "(() => {{ document.querySelector('.dl-widget[data-widget=\"{name}\"]').scrollIntoView(); window.scrollBy(0, -70); return 'ok'; }})()"
        ))?;
        let png = screenshot(self.tab)
            .map_err(|e| anyhow!("screenshot of {name}: {e}"))?;
        std::fs::write(
            shots.join(format!("widget-{name}.{}.png", self.theme)),
            png,
        )?;
        Ok(())
    }

    /// Drives widget `name` through its scenario: every widget of the
    /// registry must have one.
    fn drive(&mut self, name: &str) -> Result<()> {
        match name {
            "step-size" => self.step_size(),
            "bowl" => self.bowl(),
            "contour" => self.contour(),
            "shapes" => self.shapes(),
            "gradient-norms" => self.gradient_norms(),
            "playground" => self.playground(),
            other => {
                bail!("widget {other} has no scenario in the widget check")
            }
        }
    }

    fn step_size(&mut self) -> Result<()> {
        self.ready("step-size")?;
        let before = self.number("step-size", "forward-error")?;
        self.set("step-size", "input[type=range]", "-3", "input")?;
        let want = playground::step_size::estimates(1e-3);
        let after = self.number("step-size", "forward-error")?;
        self.expect(
            "step-size: forward error at h = 1e-3",
            after,
            want[4],
            1e-6,
        );
        let central = self.number("step-size", "central-error")?;
        self.expect(
            "step-size: central error at h = 1e-3",
            central,
            want[5],
            1e-6,
        );
        self.report.checks += 1;
        if before.to_bits() == after.to_bits() {
            self.report.problems.push(format!(
                "({}) step-size: moving h changed nothing",
                self.theme
            ));
        }
        Ok(())
    }

    fn bowl(&mut self) -> Result<()> {
        self.ready("bowl")?;
        for alpha in ["0.9", "1.05", "0.05"] {
            self.set("bowl", "input[type=range]", alpha, "input")?;
            let path = playground::descent::bowl(alpha.parse()?);
            let last = path[path.len() - 2];
            let shown = self.number("bowl", "w-last")?;
            self.expect(
                &format!("bowl: w after 20 steps at α = {alpha}"),
                shown,
                last,
                1e-12,
            );
        }
        Ok(())
    }

    fn contour(&mut self) -> Result<()> {
        self.ready("contour")?;
        self.set("contour", "input[type=range]", "0.5", "input")?;
        let alpha = 10f64.powf(0.5);
        let path =
            playground::descent::logistic(alpha).map_err(|e| anyhow!(e))?;
        let (w, b) = (path[path.len() - 2], path[path.len() - 1]);
        let shown = (
            self.number("contour", "w-last")?,
            self.number("contour", "b-last")?,
        );
        self.expect(
            "contour: w after 40 steps at α = 10^0.5",
            shown.0,
            w,
            1e-9,
        );
        self.expect(
            "contour: b after 40 steps at α = 10^0.5",
            shown.1,
            b,
            1e-9,
        );
        Ok(())
    }

    fn shapes(&mut self) -> Result<()> {
        self.ready("shapes")?;
        for typed in ["8,1,6,1 7,1,5", "3,1,4 2,5", "(5,) 3,x"] {
            self.set("shapes", "input", typed, "input")?;
            let want = match playground::shapes::answer(typed) {
                Ok(shape) => shape,
                Err(e) => format!("error: {e}"),
            };
            let shown = self.js(
                "document.querySelector('.dl-widget[data-widget=\"shapes\"] [data-out=\"answer\"]').textContent",
            )?;
            self.expect_text(&format!("shapes: {typed:?}"), &shown, &want);
        }
        Ok(())
    }

    fn gradient_norms(&mut self) -> Result<()> {
        self.ready("gradient-norms")?;
        self.set("gradient-norms", "select", "2", "change")?;
        self.set("gradient-norms", "input[type=range]", "10", "input")?;
        let want =
            playground::gradients::norms(2, 10).map_err(|e| anyhow!(e))?;
        self.expect(
            "gradient-norms: layers",
            self.number("gradient-norms", "layers")?,
            want.len() as f64,
            0.0,
        );
        let first = self.number("gradient-norms", "first")?;
        self.expect(
            "gradient-norms: ‖dW‖ of layer 1, saturated sigmoid, depth 10",
            first,
            want[0],
            1e-9,
        );
        let last = self.number("gradient-norms", "last")?;
        self.expect(
            "gradient-norms: ‖dW‖ of the output layer",
            last,
            want[want.len() - 1],
            1e-9,
        );
        Ok(())
    }

    fn click(&self, label: &str) -> Result<()> {
        let answer = self.js(&format!(
            "(() => {{ const b = [...document.querySelectorAll('.dl-widget[data-widget=\"playground\"] button')]\
             .find(b => b.textContent === {label:?}); if (!b) return 'missing'; b.click(); return 'ok'; }})()"
        ))?;
        if answer != "ok" {
            bail!("the playground has no {label} button");
        }
        Ok(())
    }

    /// Trains until at least `steps` steps are done, then pauses; the
    /// number of steps done.
    fn train_to(&self, steps: usize) -> Result<usize> {
        self.click("Start")?;
        let started = Instant::now();
        loop {
            let done: usize =
                self.read("playground", "steps")?.parse().unwrap_or(0);
            if done >= steps {
                self.click("Pause")?;
                return Ok(self
                    .read("playground", "steps")?
                    .parse()
                    .unwrap_or(done));
            }
            if started.elapsed() > Duration::from_secs(60) {
                bail!("the playground did not reach {steps} steps in a minute");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn playground(&mut self) -> Result<()> {
        self.ready("playground")?;
        // A setting the module refuses is shown, not thrown.
        self.set("playground", "input[title]", "65", "change")?;
        let said = self.js("document.querySelector('.dl-widget[data-widget=\"playground\"] .dl-out').textContent")?;
        let want = Settings::parse(&COURSE.replace("hidden=4", "hidden=65"))
            .err()
            .unwrap_or_default();
        self.expect_text("playground: hidden 65", &said, &want);
        self.set("playground", "input[title]", "4", "change")?;
        let start = self.number("playground", "held-out")?;
        let steps = self.train_to(200)?;
        let mut native =
            Trainer::new(&Settings::parse(COURSE).map_err(|e| anyhow!(e))?);
        native.step(steps).map_err(|e| anyhow!(e))?;
        let costs = native.costs();
        let [train, held] = native.accuracy();
        self.expect(
            &format!("playground: cost before step {steps}"),
            self.number("playground", "cost")?,
            costs[steps - 1],
            1e-9,
        );
        self.expect(
            "playground: training accuracy",
            self.number("playground", "train")?,
            train,
            1e-12,
        );
        self.expect(
            "playground: held-out accuracy",
            self.number("playground", "held-out")?,
            held,
            1e-12,
        );
        self.report.checks += 1;
        if !(costs[steps - 1] < costs[0] && held > start) {
            self.report.problems.push(format!(
                "({}) playground: over {steps} steps the cost went {} → {} and the held-out accuracy {start} → {held}",
                self.theme, costs[0], costs[steps - 1]
            ));
        }
        // The frame rate: three seconds of training at the page's pace.
        self.click("Start")?;
        std::thread::sleep(Duration::from_secs(3));
        self.click("Pause")?;
        let fps: f64 = self
            .js("document.querySelector('.dl-widget[data-widget=\"playground\"]').dataset.fps || '0'")?
            .parse()
            .unwrap_or(0.0);
        let work: f64 = self
            .js("document.querySelector('.dl-widget[data-widget=\"playground\"]').dataset.workMs || '0'")?
            .parse()
            .unwrap_or(0.0);
        self.report.fps.push((self.theme.to_owned(), fps, work));
        Ok(())
    }
}
