//! Feeds arbitrary bytes (as lossy UTF-8) to the parser: it may report errors but must not
//! panic, loop, or produce spans outside the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use loopc_span::FileId;

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    let (file, diags) = loopc_syntax::parse_file_named(FileId(0), "./fuzz.go", &src);
    let len = src.len() as u32;
    for d in &diags {
        assert!(d.span.lo <= d.span.hi && d.span.hi <= len, "diagnostic outside the file: {d:?}");
    }
    assert!(file.span.hi <= len);
});
