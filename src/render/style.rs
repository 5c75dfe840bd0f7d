//! Colours for the human renderers: plain ANSI escapes, switched off as a
//! whole when the output is not a terminal or `NO_COLOR` is set.

/// The colours Terraform's human output uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Color {
    Red,
    Green,
    Yellow,
    Cyan,
}

impl Color {
    fn code(self) -> &'static str {
        match self {
            Color::Red => "\x1b[31m",
            Color::Green => "\x1b[32m",
            Color::Yellow => "\x1b[33m",
            Color::Cyan => "\x1b[36m",
        }
    }
}

const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

/// Wraps text in escapes when colour is on, and leaves it alone otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paint {
    pub color: bool,
}

impl Paint {
    pub fn new(color: bool) -> Paint {
        Paint { color }
    }

    /// `text` in bold.
    pub fn bold(&self, text: &str) -> String {
        self.wrap(BOLD, text)
    }

    /// `text` in a colour.
    pub fn fg(&self, color: Color, text: &str) -> String {
        self.wrap(color.code(), text)
    }

    /// `text` in a colour and bold.
    pub fn bold_fg(&self, color: Color, text: &str) -> String {
        if self.color {
            format!("{BOLD}{}{text}{RESET}", color.code())
        } else {
            text.to_string()
        }
    }

    fn wrap(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("{code}{text}{RESET}")
        } else {
            text.to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_paint_leaves_text_alone() {
        let paint = Paint::new(false);
        assert_eq!(paint.bold("x"), "x");
        assert_eq!(paint.bold_fg(Color::Red, "x"), "x");
    }

    #[test]
    fn colour_paint_wraps_and_resets() {
        let paint = Paint::new(true);
        assert_eq!(paint.fg(Color::Green, "+"), "\x1b[32m+\x1b[0m");
        assert!(paint.bold("x").starts_with("\x1b[1m"));
    }
}
