//! Go's `%q` and `%#U` formatting of single characters, as gc's scanner messages use them
//! (`invalid character U+0040 '@'`, `invalid digit '8' in octal literal`).
//!
//! Go decides printability with `unicode.IsPrint` (categories L, M, N, P, S and the ASCII
//! space). Without Unicode category tables we approximate it: a character is printable unless
//! it is a control character, whitespace other than `' '`, a format character from the
//! commonly met ranges, a surrogate-free private-use character or a noncharacter. Every ASCII
//! and Latin-1 character is classified exactly.

/// Whether Go's `strconv.IsPrint` would accept `c` (see the module doc for the approximation).
pub(crate) fn is_print(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    let u = c as u32;
    let format_or_private = matches!(u,
        0x00AD | 0x061C | 0x180E | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F
        | 0xFEFF | 0xFFF9..=0xFFFB | 0xE000..=0xF8FF | 0xF0000..=0x10FFFF
        | 0xFDD0..=0xFDEF | 0xFFFE | 0xFFFF | 0xE0001 | 0xE0020..=0xE007F);
    !format_or_private
}

/// `fmt.Sprintf("%q", c)` for a rune: a Go rune literal.
pub(crate) fn quote_rune(c: char) -> String {
    let mut s = String::from("'");
    match c {
        '\'' => s.push_str("\\'"),
        '\\' => s.push_str("\\\\"),
        '\x07' => s.push_str("\\a"),
        '\x08' => s.push_str("\\b"),
        '\x0c' => s.push_str("\\f"),
        '\n' => s.push_str("\\n"),
        '\r' => s.push_str("\\r"),
        '\t' => s.push_str("\\t"),
        '\x0b' => s.push_str("\\v"),
        c if is_print(c) => s.push(c),
        c if (c as u32) < 0x80 => s.push_str(&format!("\\x{:02x}", c as u32)),
        c if (c as u32) < 0x10000 => s.push_str(&format!("\\u{:04x}", c as u32)),
        c => s.push_str(&format!("\\U{:08x}", c as u32)),
    }
    s.push('\'');
    s
}

/// `fmt.Sprintf("%q", b)` for a byte (Go formats integers with `%q` as rune literals).
pub(crate) fn quote_byte(b: u8) -> String {
    quote_rune(char::from(b))
}

/// `fmt.Sprintf("%#U", c)`: `U+0040 '@'`, or just `U+0000` when not printable.
pub(crate) fn unicode_hash(c: char) -> String {
    if is_print(c) {
        format!("U+{:04X} '{}'", c as u32, c)
    } else {
        format!("U+{:04X}", c as u32)
    }
}

/// `%#U` for a code point that may not be a valid `char` (escape values can be surrogates
/// or exceed the Unicode range).
pub(crate) fn unicode_hash_u32(x: u32) -> String {
    match char::from_u32(x) {
        Some(c) => unicode_hash(c),
        None => format!("U+{:04X}", x),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_go() {
        assert_eq!(quote_rune('a'), "'a'");
        assert_eq!(quote_rune('\''), "'\\''");
        assert_eq!(quote_rune('"'), "'\"'");
        assert_eq!(quote_rune('\n'), "'\\n'");
        assert_eq!(quote_rune('\0'), "'\\x00'");
        assert_eq!(quote_rune('\u{a0}'), "'\\u00a0'");
        assert_eq!(quote_byte(b'8'), "'8'");
        assert_eq!(unicode_hash('@'), "U+0040 '@'");
        assert_eq!(unicode_hash('\u{1}'), "U+0001");
        assert_eq!(unicode_hash('é'), "U+00E9 'é'");
        assert_eq!(unicode_hash_u32(0xD800), "U+D800");
        assert_eq!(unicode_hash_u32(0x110000), "U+110000");
    }
}
