//! Snapshot tests of the AST dump (`loopc -emit=ast`): the tree shape, positions, node ids
//! (dense, in source order) and the rendering of every construct in the sample. The expected
//! dumps were reviewed by hand; update them deliberately when the dump format changes.

use loopc_span::SourceMap;
use loopc_syntax::{dump::dump_file, parse_file};

fn dump(src: &str) -> (String, Vec<String>) {
    let mut map = SourceMap::new();
    let id = map.add("a.go", src);
    let (file, diags) = parse_file(id, src);
    (dump_file(&file, &map), diags.iter().map(|d| d.render_go(&map)).collect())
}

fn assert_snapshot(got: &str, want: &str) {
    if got != want {
        for (i, (g, w)) in got.lines().zip(want.lines()).enumerate() {
            if g != w {
                panic!("dump differs at line {}:\n  got:  {g}\n  want: {w}\nfull dump:\n{got}", i + 1);
            }
        }
        panic!("dump length differs:\n{got}");
    }
}

#[test]
fn generics_methods_statements() {
    let (got, diags) = dump(SAMPLE);
    assert!(diags.is_empty(), "{diags:?}");
    assert_snapshot(&got, SAMPLE_DUMP);
}

#[test]
fn recovery_builds_bad_nodes() {
    let (got, diags) = dump(BROKEN);
    assert_eq!(
        diags,
        [
            "a.go:5:2: syntax error: unexpected keyword if, expected expression",
            "a.go:7:1: syntax error: non-declaration statement outside function body",
        ]
    );
    assert_snapshot(&got, BROKEN_DUMP);
}

const SAMPLE: &str = r###"package p

import m "math"

type Pair[K comparable, V any] struct {
	Key K `json:"k"`
	*V
}

func (p *Pair[K, V]) Get(ks ...K) (v V, ok bool) {
	ch := make(chan<- int, 1)
	select {
	case ch <- 1:
	default:
	}
	switch x := any(p).(type) {
	case nil:
		return
	}
	for i, k := range ks {
		_ = k[i:m.MaxInt8:2]
	}
	if v := -m.Pi * 2; v < 0 || !ok {
		goto L
	}
L:
	return v, p.Key == ks[0]
}
"###;

const SAMPLE_DUMP: &str = r###"File package p 1:1
  Package p 1:9 #0
  Import m "math" 3:8 #1
    Name m 3:8 #2
  GenDecl type 5:1 #3
    TypeSpec Pair 5:6 #4
      Name Pair 5:6 #5
      type params:
        Field K 5:11 #6
          Name K 5:11 #7
          Name comparable 5:13 #8
        Field V 5:25 #9
          Name V 5:25 #10
          Name any 5:27 #11
      StructType 5:32 #12
        Field Key tag=`json:"k"` 6:2 #13
          Name Key 6:2 #14
          Name K 6:6 #15
        Field 7:2 #16
          Star 7:2 #17
            Name V 7:3 #18
  FuncDecl Get 10:1 #19
    recv:
      Field p 10:7 #20
        Name p 10:7 #21
        Star 10:9 #22
          Index 10:10 #23
            Name Pair 10:10 #24
            Name K 10:15 #25
            Name V 10:18 #26
    Name Get 10:22 #27
    Signature 10:25
      params:
        Field ks 10:26 #28
          Name ks 10:26 #29
          DotsType 10:29 #30
            Name K 10:32 #31
      results:
        Field v 10:36 #32
          Name v 10:36 #33
          Name V 10:38 #34
        Field ok 10:41 #35
          Name ok 10:41 #36
          Name bool 10:44 #37
    Block 10:50 #38
      AssignStmt := 11:2 #39
        lhs:
          Name ch 11:2 #40
        rhs:
          Call 11:8 #41
            Name make 11:8 #42
            ChanType chan<- 11:13 #43
              Name int 11:20 #44
            BasicLit Int 1 11:25 #45
      SelectStmt 12:2 #46
        CommClause case 13:2 #47
          SendStmt 13:7 #48
            Name ch 13:7 #49
            BasicLit Int 1 13:13 #50
        CommClause default 14:2 #51
      TypeSwitchStmt 16:2 #52
        Bind x 16:9 #53
        x:
          Call 16:14 #54
            Name any 16:14 #55
            Name p 16:18 #56
        CaseClause case 17:2 #57
          Name nil 17:7 #58
          body:
            ReturnStmt 18:3 #59
      RangeStmt := 20:2 #60
        key:
          Name i 20:6 #61
        value:
          Name k 20:9 #62
        x:
          Name ks 20:20 #63
        Block 20:23 #64
          AssignStmt = 21:3 #65
            lhs:
              Name _ 21:3 #66
            rhs:
              Slice (3-index) 21:7 #67
                Name k 21:7 #68
                lo:
                  Name i 21:9 #69
                hi:
                  Selector .MaxInt8 21:11 #70
                    Name m 21:11 #71
                    Sel MaxInt8 21:13 #72
                max:
                  BasicLit Int 2 21:21 #73
      IfStmt 23:2 #74
        init:
          AssignStmt := 23:5 #75
            lhs:
              Name v 23:5 #76
            rhs:
              Binary * 23:10 #77
                Unary - 23:10 #78
                  Selector .Pi 23:11 #79
                    Name m 23:11 #80
                    Sel Pi 23:13 #81
                BasicLit Int 2 23:18 #82
        cond:
          Binary || 23:21 #83
            Binary < 23:21 #84
              Name v 23:21 #85
              BasicLit Int 0 23:25 #86
            Unary ! 23:30 #87
              Name ok 23:31 #88
        Block 23:34 #89
          BranchStmt goto L 24:3 #90
            Label L 24:8 #91
      LabeledStmt L 26:1 #92
        Label L 26:1 #93
        ReturnStmt 27:2 #94
          Name v 27:9 #95
          Binary == 27:12 #96
            Selector .Key 27:12 #97
              Name p 27:12 #98
              Sel Key 27:14 #99
            Index 27:21 #100
              Name ks 27:21 #101
              BasicLit Int 0 27:24 #102
"###;

const BROKEN: &str = r###"package p

func f() {
	x := (1 +
	if x {
	}
}
"###;

const BROKEN_DUMP: &str = r###"File package p 1:1
  Package p 1:9 #0
  FuncDecl f 3:1 #1
    Name f 3:6 #2
    Signature 3:7
    Block 3:10 #3
      AssignStmt := 4:2 #4
        lhs:
          Name x 4:2 #5
        rhs:
          Paren 4:7 #6
            Binary + 4:8 #7
              BasicLit Int 1 4:8 #8
              Bad 5:2 #9
"###;
