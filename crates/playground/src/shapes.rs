//! Chapter 05's shape calculator: shapes typed as the `shape` command takes
//! them, answered by the same two functions the command calls.

use broadcasting::guided_run::{parse_shape, shape_answer};

/// The broadcast shape of the shapes in `text` (separated by spaces, each
/// `3,1,4` or `(3, 1, 4)`), as `shape` prints it, or the error line it
/// prints.
pub fn answer(text: &str) -> Result<String, String> {
    let shapes = split(text)
        .iter()
        .map(|s| parse_shape(s))
        .collect::<Result<Vec<_>, _>>()?;
    if shapes.is_empty() {
        return Err("type one or more shapes, like 3,1,4 2,1".to_owned());
    }
    shape_answer(&shapes).map_err(|e| e.to_string())
}

/// The shapes in `text`: separated by spaces, except inside parentheses,
/// where `(3, 1, 4)` has spaces of its own.
fn split(text: &str) -> Vec<String> {
    let mut shapes = Vec::new();
    let mut current = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if c.is_whitespace() && depth == 0 {
            if !current.is_empty() {
                shapes.push(std::mem::take(&mut current));
            }
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        shapes.push(current);
    }
    shapes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_broadcast_as_the_command_says() {
        assert_eq!(answer("3,1,4 2,1").as_deref(), Ok("3,2,4"));
        assert_eq!(answer("(3, 1, 4) (2, 1)").as_deref(), Ok("3,2,4"));
        assert_eq!(answer("  5  ").as_deref(), Ok("5"));
    }

    #[test]
    fn the_error_is_the_commands_error() {
        let err = answer("3,1,4 2,5").unwrap_err();
        let rule = broadcasting::rule::broadcast_shape(&[&[3, 1, 4], &[2, 5]])
            .unwrap_err();
        assert_eq!(err, rule.to_string());
        assert!(
            err.starts_with("shapes (3, 1, 4) and (2, 5) do not broadcast")
        );
        assert_eq!(answer("3,x").unwrap_err(), parse_shape("3,x").unwrap_err());
        assert!(answer("   ").is_err());
    }
}
