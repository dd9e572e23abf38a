package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func logf(prefix string, format string, args ...any) {
	fmt.Printf(prefix+format+"\n", args...)
}

func count(xs ...any) string {
	return fmt.Sprintf("%d args: %v (nil=%v)", len(xs), xs, xs == nil)
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func minMax(first int, rest ...int) (lo, hi int) {
	lo, hi = first, first
	for _, r := range rest {
		lo = min(lo, r)
		hi = max(hi, r)
	}
	return
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...), sum(nums[1:]...))
	fmt.Println(join("-"), join("-", "a"), join(", ", "x", "y", "z"))
	logf("[info] ", "%s has %d items", "cart", 3)
	logf("[warn] ", "no args")
	fmt.Println(count())
	fmt.Println(count(nil))
	fmt.Println(count(1, "a", nil))
	fmt.Println(count([]any{1, 2}...))
	fmt.Println(count([]any{1, 2}))
	modify(nums...)
	fmt.Println(nums)
	modify(7, 8)
	fmt.Println(minMax(5))
	fmt.Println(minMax(5, 3, 9, -2, 7))
	f := func(prefix string, vals ...float64) string {
		var b strings.Builder
		b.WriteString(prefix)
		for _, v := range vals {
			fmt.Fprintf(&b, " %.1f", v)
		}
		return b.String()
	}
	fmt.Println(f("vals:", 1, 2.5, 3.25))
	fmt.Println(append([]int{1}, nums...), append([]byte("ab"), "cd"...))
}
