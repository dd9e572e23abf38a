//! The value of a Go string literal (`strconv.Unquote`), used for import paths.

/// The value of the interpreted or raw string literal `lit`, or `None` if it is malformed.
/// Raw strings drop carriage returns, as Go does.
pub(crate) fn unquote(lit: &str) -> Option<String> {
    if let Some(body) = lit.strip_prefix('`').and_then(|s| s.strip_suffix('`')) {
        if lit.len() < 2 {
            return None;
        }
        return Some(body.replace('\r', ""));
    }
    let body = lit.strip_prefix('"')?.strip_suffix('"')?;
    if lit.len() < 2 {
        return None;
    }
    let mut out: Vec<u8> = Vec::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        let e = chars.next()?;
        let simple = match e {
            'a' => Some(0x07),
            'b' => Some(0x08),
            'f' => Some(0x0c),
            'n' => Some(b'\n'),
            'r' => Some(b'\r'),
            't' => Some(b'\t'),
            'v' => Some(0x0b),
            '\\' => Some(b'\\'),
            '"' => Some(b'"'),
            _ => None,
        };
        if let Some(b) = simple {
            out.push(b);
            continue;
        }
        let (n, radix) = match e {
            '0'..='7' => (2, 8),
            'x' => (2, 16),
            'u' => (4, 16),
            'U' => (8, 16),
            _ => return None,
        };
        let mut v: u32 = if radix == 8 { e.to_digit(8)? } else { 0 };
        for _ in 0..n {
            v = v.checked_mul(radix)?.checked_add(chars.next()?.to_digit(radix)?)?;
        }
        match e {
            '0'..='7' | 'x' => out.push(u8::try_from(v).ok()?),
            _ => {
                let c = char::from_u32(v)?;
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    Some(String::from_utf8_lossy(&out).into_owned())
}

#[cfg(test)]
mod tests {
    use super::unquote;

    #[test]
    fn unquotes_go_strings() {
        assert_eq!(unquote(r#""fmt""#).as_deref(), Some("fmt"));
        assert_eq!(unquote("`a\r\nb`").as_deref(), Some("a\nb"));
        assert_eq!(unquote(r#""a\tb\x41\101\u00e9\"""#).as_deref(), Some("a\tbAAé\""));
        assert_eq!(unquote(r#""\q""#), None);
        assert_eq!(unquote("\"abc"), None);
        assert_eq!(unquote("42"), None);
    }
}
