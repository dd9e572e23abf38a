package main

import (
	"fmt"
	"slices"
	"strings"
)

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') || r > 127 {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func signature(w string) string {
	rs := []rune(strings.ToLower(w))
	slices.Sort(rs)
	return string(rs)
}

func longestPalSub(s string) string {
	best := ""
	for c := 0; c < len(s); c++ {
		for _, odd := range []bool{true, false} {
			l, r := c, c
			if !odd {
				r = c + 1
			}
			for l >= 0 && r < len(s) && s[l] == s[r] {
				l--
				r++
			}
			if r-l-1 > len(best) {
				best = s[l+1 : r]
			}
		}
	}
	return best
}

func main() {
	for _, s := range []string{"A man, a plan, a canal: Panama", "racecar", "hello", "", "No 'x' in Nixon", "été", "ab"} {
		fmt.Printf("%-32q %v\n", s, isPalindrome(s))
	}
	words := []string{"listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "Inlets"}
	groups := map[string][]string{}
	for _, w := range words {
		k := signature(w)
		groups[k] = append(groups[k], w)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("%-8s %v\n", k, groups[k])
	}
	for _, s := range []string{"babad", "cbbd", "forgeeksskeegfor", "a", "abacdfgdcaba"} {
		fmt.Println(s, "->", longestPalSub(s))
	}
}
