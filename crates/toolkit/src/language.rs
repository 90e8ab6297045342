//! The language a figure's words are written in: the English the chapters'
//! code writes, or a translation of it (the book's Korean edition).
//!
//! A figure passes each phrase it shows through [`Theme::t`](crate::plot::Theme::t).
//! In English that is the phrase itself; in a translation it is the
//! catalogue's text, and the phrase is noted, so that the book's translation
//! workflow learns every phrase the figures show from rendering them, not
//! from reading their code.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;

/// A translation of the figures' words, drawn in a font that has the
/// language's letters.
#[derive(Debug)]
pub struct Language {
    /// The language's code, e.g. `ko`: the folder its figures go to.
    pub code: &'static str,
    /// The font family written into the SVG (and registered for measuring).
    pub font: &'static str,
    words: BTreeMap<String, String>,
    asked: Mutex<BTreeSet<String>>,
}

/// The Korean figures' font family: the embedded NanumSquare measures the
/// text; a reader's browser draws it with NanumSquare if installed, else
/// with the Korean system font of macOS or Windows, else Noto.
pub const KOREAN_FONT: &str =
    "NanumSquare, Apple SD Gothic Neo, Malgun Gothic, Noto Sans KR, sans-serif";

#[cfg(not(target_arch = "wasm32"))]
static NANUM_SQUARE: &[u8] = include_bytes!("../assets/NanumSquareR.ttf");

impl Language {
    /// Korean, with `words` (English phrase → Korean). A phrase it does not
    /// have stays English (the translation check names it).
    ///
    /// Lives for the rest of the program: themes hold it by reference.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn korean(words: BTreeMap<String, String>) -> &'static Language {
        use plotters::style::{FontStyle, register_font};
        use std::sync::Once;
        static ONCE: Once = Once::new();
        ONCE.call_once(|| {
            // Compiled-in bytes, parsed by a test: failure is a broken build.
            let registered =
                register_font(KOREAN_FONT, FontStyle::Normal, NANUM_SQUARE)
                    .is_ok();
            debug_assert!(registered, "embedded NanumSquare failed to parse");
        });
        Box::leak(Box::new(Language {
            code: "ko",
            font: KOREAN_FONT,
            words,
            asked: Mutex::default(),
        }))
    }

    /// `phrase` in this language, noting that a figure asked for it.
    pub fn say(&self, phrase: &str) -> String {
        self.asked
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(phrase.to_owned());
        self.words
            .get(phrase)
            .cloned()
            .unwrap_or_else(|| phrase.to_owned())
    }

    /// The phrases asked for since the last call, in order, forgotten.
    pub fn take_asked(&self) -> Vec<String> {
        std::mem::take(
            &mut *self
                .asked
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        )
        .into_iter()
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_is_translated_and_noted_and_an_unknown_one_stays_english() {
        let words = BTreeMap::from([("cost".to_owned(), "비용".to_owned())]);
        let korean = Language::korean(words);
        assert_eq!(korean.say("cost"), "비용");
        assert_eq!(korean.say("step h"), "step h");
        assert_eq!(korean.say("cost"), "비용");
        assert_eq!(korean.take_asked(), ["cost", "step h"]);
        assert!(korean.take_asked().is_empty());
    }

    #[test]
    fn a_template_is_filled_in_the_translations_order() {
        use crate::plot::LIGHT;
        let words = BTreeMap::from([(
            "{} hidden: {} %".to_owned(),
            "은닉 유닛 {}개: {} %".to_owned(),
        )]);
        let korean = LIGHT.in_language(Some(Language::korean(words)));
        assert_eq!(
            LIGHT.t_with("{} hidden: {} %", &[&4, &"90.5"]),
            "4 hidden: 90.5 %"
        );
        assert_eq!(
            korean.t_with("{} hidden: {} %", &[&4, &"90.5"]),
            "은닉 유닛 4개: 90.5 %"
        );
        // Too few values leave the rest empty rather than fail a figure.
        assert_eq!(
            korean.t_with("{} hidden: {} %", &[&4]),
            "은닉 유닛 4개:  %"
        );
    }

    #[test]
    fn the_embedded_hangul_font_measures_hangul() {
        use crate::plot::LIGHT;
        let korean = LIGHT.in_language(Some(Language::korean(BTreeMap::new())));
        let (w, h) = korean.label().font.box_size("은닉층").unwrap();
        // DejaVu Sans has no Hangul: it measures three empty boxes.
        let (boxes, _) = LIGHT.label().font.box_size("은닉층").unwrap();
        // Three syllables at 16 px: 13 px each in NanumSquare.
        assert!((36..=48).contains(&w) && h >= 12, "{w} × {h}");
        assert_ne!(w, boxes);
    }
}
