package main

import (
	"fmt"
	"slices"
	"strings"
)

const poem = `Two roads diverged in a yellow wood,
And sorry I could not travel both
And be one traveler, long I stood
And looked down one as far as I could
To where it bent in the undergrowth;

Then took the other, as just as fair,
And having perhaps the better claim,
Because it was grassy and wanted wear;`

type LineInfo struct {
	N       int
	Words   int
	Chars   int
	Longest string
}

func analyze(text string) []LineInfo {
	var out []LineInfo
	for i, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		info := LineInfo{N: i + 1, Chars: len(line)}
		for _, w := range strings.FieldsFunc(line, func(r rune) bool {
			return r == ' ' || r == ',' || r == ';'
		}) {
			info.Words++
			if len(w) > len(info.Longest) {
				info.Longest = w
			}
		}
		out = append(out, info)
	}
	return out
}

func main() {
	infos := analyze(poem)
	for _, li := range infos {
		fmt.Printf("line %2d: %2d words %3d chars longest=%q\n", li.N, li.Words, li.Chars, li.Longest)
	}
	longest := slices.MaxFunc(infos, func(a, b LineInfo) int { return a.Chars - b.Chars })
	fmt.Printf("longest line: %+v\n", longest)
	letters := [26]int{}
	for _, r := range strings.ToLower(poem) {
		if r >= 'a' && r <= 'z' {
			letters[r-'a']++
		}
	}
	type lc struct {
		l rune
		c int
	}
	var lcs []lc
	for i, c := range letters {
		if c > 0 {
			lcs = append(lcs, lc{rune('a' + i), c})
		}
	}
	slices.SortStableFunc(lcs, func(a, b lc) int { return b.c - a.c })
	for _, x := range lcs[:5] {
		fmt.Printf("%c %3d %s\n", x.l, x.c, strings.Repeat("*", x.c/2))
	}
	fmt.Println(strings.Count(poem, "And"), strings.Count(strings.ToLower(poem), "and"), len(strings.Fields(poem)))
}
