//! `cargo xtask book --browser-check`: the built book in headless Chromium,
//! the way a reader meets it. Every page in the light theme and in navy:
//! no console error or failed load, every image loaded, every formula laid
//! out with a non-empty box, every internal link and #anchor pointing at
//! something, and search listing each chapter's page first for the
//! chapter's own word.
//! A screenshot of each page and theme goes to `target/browser/`.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow};
use headless_chrome::browser::tab::Tab;
use headless_chrome::protocol::cdp::types::Event;
use headless_chrome::protocol::cdp::{Log, Page, Runtime};
use headless_chrome::{Browser, LaunchOptions};
use serde::Deserialize;

/// The themes every page is checked in: mdbook's default and one dark one.
pub const THEMES: [&str; 2] = ["light", "navy"];

/// Something wrong on one page in one theme.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub page: String,
    pub theme: String,
    pub what: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}): {}", self.page, self.theme, self.what)
    }
}

/// What a check found, and how much it looked at.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub problems: Vec<Problem>,
    /// Page loads (pages × themes), images and formulas checked.
    pub loads: usize,
    pub images: usize,
    pub formulas: usize,
}

/// What the page reports about itself (see `PROBE`).
#[derive(Debug, Deserialize)]
struct Probe {
    theme: String,
    broken_images: Vec<String>,
    /// The sources of the figures' renders.
    figures: Vec<String>,
    images: usize,
    formulas: usize,
    empty_formulas: Vec<String>,
    links: Vec<String>,
    ids: Vec<String>,
}

/// Runs in the page after it has loaded.
const PROBE: &str = r#"(() => {
  const main = document.querySelector('main') || document.body;
  const out = { theme: document.documentElement.className, broken_images: [],
                figures: [...main.querySelectorAll('.dl-figure img')].map(i => i.getAttribute('src')),
                images: 0, formulas: 0, empty_formulas: [], links: [], ids: [] };
  for (const img of main.querySelectorAll('img')) {
    out.images += 1;
    if (!img.complete || img.naturalWidth === 0) out.broken_images.push(img.getAttribute('src'));
  }
  for (const m of main.querySelectorAll('math')) {
    out.formulas += 1;
    const r = m.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) out.empty_formulas.push(m.textContent.slice(0, 60));
  }
  out.links = [...main.querySelectorAll('a[href]')].map(a => a.getAttribute('href'));
  out.ids = [...document.querySelectorAll('[id]')].map(e => e.id);
  return JSON.stringify(out);
})()"#;

/// The browser to drive: `DLNOTES_CHROMIUM`, or the first of the usual
/// names on PATH.
pub fn find_chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("DLNOTES_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let names = ["chromium", "chromium-browser", "google-chrome"];
    std::env::split_paths(&std::env::var_os("PATH")?)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

pub(crate) fn launch(chromium: &Path) -> Result<Browser> {
    // Offline: every host name fails to resolve, so nothing can be fetched
    // from the network even by mistake (and such a fetch shows up as an error).
    let args: Vec<&OsStr> = [
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--disable-gpu",
        "--hide-scrollbars",
    ]
    .iter()
    .map(OsStr::new)
    .collect();
    let options = LaunchOptions::default_builder()
        .path(Some(chromium.to_path_buf()))
        .sandbox(false)
        .window_size(Some((1100, 900)))
        .idle_browser_timeout(Duration::from_secs(300))
        .args(args)
        .build()
        .map_err(|e| anyhow!("browser options: {e}"))?;
    Browser::new(options)
        .map_err(|e| anyhow!("cannot start {}: {e}", chromium.display()))
}

/// Console errors, uncaught exceptions and failed loads, as they arrive.
pub(crate) fn listen(tab: &Tab) -> Result<Arc<Mutex<Vec<String>>>> {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&seen);
    tab.enable_log().map_err(|e| anyhow!("{e}"))?;
    tab.enable_runtime().map_err(|e| anyhow!("{e}"))?;
    tab.add_event_listener(Arc::new(move |event: &Event| {
        let message = match event {
            Event::LogEntryAdded(e)
                if e.params.entry.level == Log::LogEntryLevel::Error =>
            {
                let url = e.params.entry.url.clone().unwrap_or_default();
                Some(format!("{} {url}", e.params.entry.text).trim().to_owned())
            }
            Event::RuntimeConsoleAPICalled(e)
                if e.params.Type
                    == Runtime::ConsoleAPICalledEventTypeOption::Error =>
            {
                let args: Vec<String> = e
                    .params
                    .args
                    .iter()
                    .filter_map(|a| a.value.as_ref().map(ToString::to_string))
                    .collect();
                Some(format!("console error: {}", args.join(" ")))
            }
            Event::RuntimeExceptionThrown(e) => Some(format!(
                "uncaught exception: {}",
                e.params.exception_details.text
            )),
            _ => None,
        };
        if let Some(m) = message
            && let Ok(mut seen) = sink.lock()
        {
            seen.push(m);
        }
    }))
    .map_err(|e| anyhow!("{e}"))?;
    Ok(seen)
}

pub(crate) fn eval_string(tab: &Tab, js: &str) -> Result<String> {
    let value = tab
        .evaluate(js, false)
        .map_err(|e| anyhow!("{e}"))?
        .value
        .ok_or_else(|| anyhow!("the page returned nothing"))?;
    Ok(value
        .as_str()
        .map_or_else(|| value.to_string(), str::to_owned))
}

/// A PNG of what the tab shows.
pub(crate) fn screenshot(tab: &Tab) -> Result<Vec<u8>> {
    tab.capture_screenshot(
        Page::CaptureScreenshotFormatOption::Png,
        None,
        None,
        true,
    )
    .map_err(|e| anyhow!("{e}"))
}

/// The HTML pages of the built book (mdbook's 404 and table-of-contents
/// fallback pages are not pages a reader reads).
pub fn pages(site: &Path) -> Result<Vec<String>> {
    let mut pages: Vec<String> = std::fs::read_dir(site)
        .with_context(|| format!("cannot read {}", site.display()))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".html") && n != "404.html" && n != "toc.html")
        .collect();
    pages.sort();
    Ok(pages)
}

/// Checks every page of the book built in `site`; screenshots go to
/// `shots`. Each of `search` is a word and the page that searching for it
/// should list first. `korean`: the site is the Korean edition, whose
/// figures are the Korean renders (and the English edition's are not).
pub fn check(
    site: &Path,
    shots: &Path,
    search: &[(&str, String)],
    korean: bool,
) -> Result<Report> {
    let chromium = find_chromium().ok_or_else(|| {
        anyhow!(
            "no Chromium found: install the `chromium` package (apt-get install chromium) \
             or set DLNOTES_CHROMIUM to a Chrome or Chromium binary"
        )
    })?;
    std::fs::create_dir_all(shots)
        .with_context(|| format!("cannot create {}", shots.display()))?;
    let site = site
        .canonicalize()
        .with_context(|| format!("no built book at {}", site.display()))?;
    let browser = launch(&chromium)?;
    let tab = browser.new_tab().map_err(|e| anyhow!("{e}"))?;
    tab.set_default_timeout(Duration::from_secs(30));
    let seen = listen(&tab)?;
    let mut problems = Vec::new();
    let mut report = Report::default();
    let mut probes: BTreeMap<String, Probe> = BTreeMap::new();
    for theme in THEMES {
        for page in pages(&site)? {
            let problem = |what: String| Problem {
                page: page.clone(),
                theme: theme.to_owned(),
                what,
            };
            if let Ok(mut s) = seen.lock() {
                s.clear();
            }
            let url = format!("file://{}", site.join(&page).display());
            tab.navigate_to(&url)
                .and_then(|t| t.wait_until_navigated())
                .map_err(|e| anyhow!("{page}: cannot load: {e}"))?;
            // mdbook keeps the reader's theme choice; click it like a reader.
            eval_string(
                &tab,
                &format!(
                    "(() => {{ const b = document.getElementById('mdbook-theme-{theme}'); \
                     if (b) b.click(); return document.documentElement.className; }})()"
                ),
            )?;
            let probe: Probe = serde_json::from_str(&eval_string(&tab, PROBE)?)
                .with_context(|| format!("{page}: unreadable probe"))?;
            report.loads += 1;
            report.images += probe.images;
            report.formulas += probe.formulas;
            if !probe.theme.split_whitespace().any(|c| c == theme) {
                problems.push(problem(format!(
                    "the theme did not switch (classes on <html>: {})",
                    probe.theme
                )));
            }
            for src in &probe.broken_images {
                problems
                    .push(problem(format!("image not loaded or empty: {src}")));
            }
            // An edition shows its own language's renders of the figures.
            let translated = format!("figures/{}/", crate::book::KOREAN_DIR);
            for src in &probe.figures {
                if src.contains(&translated) != korean {
                    problems.push(problem(format!(
                        "a figure in the other edition's language: {src}"
                    )));
                }
            }
            for text in &probe.empty_formulas {
                problems.push(problem(format!(
                    "formula with an empty box: {text:?}"
                )));
            }
            // The screenshot shows the first figure, where a theme's colours
            // matter most (or the top of a page without one).
            eval_string(
                &tab,
                "(() => { const f = document.querySelector('main .dl-figure'); \
                 if (f) f.scrollIntoView(); return 'ok'; })()",
            )?;
            let shot = screenshot(&tab)
                .map_err(|e| anyhow!("{page}: screenshot: {e}"))?;
            let name =
                format!("{}.{theme}.png", page.trim_end_matches(".html"));
            std::fs::write(shots.join(&name), shot)
                .with_context(|| format!("cannot write {name}"))?;
            if let Ok(s) = seen.lock() {
                problems.extend(s.iter().map(|m| problem(m.clone())));
            }
            probes.insert(page.clone(), probe);
        }
    }
    problems.extend(broken_links(&site, &probes));
    for (term, page) in search {
        problems.extend(search_check(&tab, &site, term, page)?);
    }
    problems.sort();
    problems.dedup();
    report.problems = problems;
    Ok(report)
}

/// Internal links whose file is missing, or whose #anchor is not an id on
/// the page it points to.
fn broken_links(site: &Path, probes: &BTreeMap<String, Probe>) -> Vec<Problem> {
    let ids: BTreeMap<&str, BTreeSet<&str>> = probes
        .iter()
        .map(|(page, p)| {
            (page.as_str(), p.ids.iter().map(String::as_str).collect())
        })
        .collect();
    let mut problems = Vec::new();
    for (page, probe) in probes {
        for href in &probe.links {
            if href.contains("://") || href.starts_with("mailto:") {
                continue;
            }
            let (file, anchor) = href.split_once('#').unwrap_or((href, ""));
            let target = if file.is_empty() { page.as_str() } else { file };
            let problem = |what: String| Problem {
                page: page.clone(),
                theme: "any".to_owned(),
                what,
            };
            if !site.join(target).is_file() {
                problems
                    .push(problem(format!("link to a missing file: {href}")));
                continue;
            }
            if !anchor.is_empty()
                && let Some(targets) = ids.get(target)
                && !targets.contains(anchor)
            {
                problems
                    .push(problem(format!("link to a missing anchor: {href}")));
            }
        }
    }
    problems
}

/// Types `term` into the search box of index.html and checks that the
/// first result is `expected`, a page whose text has the term.
fn search_check(
    tab: &Tab,
    site: &Path,
    term: &str,
    expected: &str,
) -> Result<Vec<Problem>> {
    let problem = |what: String| Problem {
        page: "index.html".to_owned(),
        theme: "light".to_owned(),
        what,
    };
    let text = std::fs::read_to_string(site.join(expected)).unwrap_or_default();
    let body = text.split("<main>").nth(1).unwrap_or("");
    if !body.to_lowercase().contains(&term.to_lowercase()) {
        return Ok(vec![problem(format!(
            "the search word {term:?} does not appear on {expected}, the page it should find"
        ))]);
    }
    let url = format!("file://{}", site.join("index.html").display());
    tab.navigate_to(&url)
        .and_then(|t| t.wait_until_navigated())
        .map_err(|e| anyhow!("index.html: {e}"))?;
    let typed = format!(
        "(() => {{ const t = document.getElementById('mdbook-search-toggle'); if (t) t.click(); \
         const s = document.getElementById('mdbook-searchbar'); if (!s) return 'no search bar'; \
         s.value = {term:?}; s.dispatchEvent(new KeyboardEvent('keyup', {{key: 'a'}})); \
         s.dispatchEvent(new Event('input')); return 'typed'; }})()"
    );
    let answer = eval_string(tab, &typed)?;
    if answer != "typed" {
        return Ok(vec![problem(answer)]);
    }
    let started = Instant::now();
    let hrefs: Vec<String> = loop {
        let found = eval_string(
            tab,
            "JSON.stringify([...document.querySelectorAll('#mdbook-searchresults a')]\
             .map(a => a.getAttribute('href')))",
        )?;
        let hrefs: Vec<String> =
            serde_json::from_str(&found).unwrap_or_default();
        if !hrefs.is_empty() || started.elapsed() > Duration::from_secs(10) {
            break hrefs;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let pages: Vec<&str> = hrefs
        .iter()
        .map(|h| {
            let file = h.split(['#', '?']).next().unwrap_or(h);
            file.trim_start_matches("./")
        })
        .collect();
    if pages.first() != Some(&expected) {
        return Ok(vec![problem(format!(
            "searching {term:?} should list {expected} first, found {pages:?}"
        ))]);
    }
    Ok(Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A two-page site in the shape of an mdbook build: theme buttons that
    /// set the class on <html>, a figure, a formula, links. `body` is the
    /// first page's <main>.
    fn site(dir: &Path, body: &str) {
        let page = |main: &str| {
            format!(
                "<!DOCTYPE html><html class=\"light\"><head><meta charset=\"utf-8\"></head>\
                 <body><button id=\"mdbook-theme-light\" \
                 onclick=\"document.documentElement.className='light'\"></button>\
                 <button id=\"mdbook-theme-navy\" \
                 onclick=\"document.documentElement.className='navy'\"></button>\
                 <main>{main}</main></body></html>"
            )
        };
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\">\
                   <rect width=\"20\" height=\"10\"/></svg>";
        std::fs::write(dir.join("figure.svg"), svg).unwrap();
        std::fs::write(dir.join("index.html"), page(body)).unwrap();
        std::fs::write(
            dir.join("other.html"),
            page("<h2 id=\"there\">There</h2><p>sigmoid</p>"),
        )
        .unwrap();
    }

    const CLEAN: &str = "<div class=\"dl-figure\"><img src=\"figure.svg\"></div>\
        <p><math><mi>x</mi><mo>=</mo><mn>1</mn></math></p>\
        <a href=\"other.html#there\">there</a> <a href=\"#top\" id=\"top\">top</a>";

    /// Runs the check on a site built from `body`, or None without Chromium
    /// (an error instead where DLNOTES_REQUIRE_CHROMIUM is set, as in CI).
    fn run(
        body: &str,
        search: Option<(&str, &str)>,
        korean: bool,
    ) -> Option<Vec<String>> {
        if find_chromium().is_none() {
            assert!(
                std::env::var_os("DLNOTES_REQUIRE_CHROMIUM").is_none(),
                "this run requires Chromium for the browser tests"
            );
            eprintln!("skipped: no Chromium (set DLNOTES_CHROMIUM)");
            return None;
        }
        let dir = tempfile::tempdir().unwrap();
        site(dir.path(), body);
        let shots = dir.path().join("shots");
        let terms: Vec<(&str, String)> =
            search.into_iter().map(|(t, p)| (t, p.to_owned())).collect();
        let report = check(dir.path(), &shots, &terms, korean).unwrap();
        assert_eq!(report.loads, 4, "two pages, two themes");
        assert!(shots.join("index.navy.png").is_file());
        Some(report.problems.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn a_clean_site_passes() {
        let Some(problems) = run(CLEAN, None, false) else {
            return;
        };
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn an_english_figure_in_the_korean_edition_is_named() {
        let Some(problems) = run(CLEAN, None, true) else {
            return;
        };
        assert_eq!(
            problems,
            [
                "index.html (light): a figure in the other edition's language: figure.svg",
                "index.html (navy): a figure in the other edition's language: figure.svg",
            ]
        );
    }

    #[test]
    fn a_deleted_figure_a_broken_link_and_an_empty_formula_are_named() {
        let broken = CLEAN
            .replace("figure.svg", "deleted.svg")
            .replace("other.html#there", "other.html#nowhere")
            .replace("<mi>x</mi><mo>=</mo><mn>1</mn>", "")
            + "<a href=\"gone.html\">gone</a><script>console.error('boom')</script>";
        let Some(problems) = run(&broken, None, false) else {
            return;
        };
        let has = |page: &str, text: &str| {
            problems
                .iter()
                .any(|p| p.starts_with(page) && p.contains(text))
        };
        assert!(
            has(
                "index.html (light)",
                "image not loaded or empty: deleted.svg"
            ),
            "{problems:#?}"
        );
        assert!(
            has(
                "index.html (navy)",
                "image not loaded or empty: deleted.svg"
            ),
            "{problems:#?}"
        );
        assert!(
            has("index.html (light)", "deleted.svg"),
            "the failed load: {problems:#?}"
        );
        assert!(
            has(
                "index.html (any)",
                "link to a missing anchor: other.html#nowhere"
            ),
            "{problems:#?}"
        );
        assert!(
            has("index.html (any)", "link to a missing file: gone.html"),
            "{problems:#?}"
        );
        assert!(
            has("index.html (light)", "formula with an empty box"),
            "{problems:#?}"
        );
        assert!(
            has("index.html (light)", "console error: \"boom\""),
            "{problems:#?}"
        );
    }

    #[test]
    fn a_search_term_no_page_contains_is_reported() {
        let Some(problems) = run(CLEAN, Some(("softmax", "other.html")), false)
        else {
            return;
        };
        assert_eq!(problems.len(), 1, "{problems:#?}");
        assert!(
            problems[0].contains(
                "the search word \"softmax\" does not appear on other.html"
            ),
            "{problems:#?}"
        );
    }
}
