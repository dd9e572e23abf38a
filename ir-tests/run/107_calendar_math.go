package main

import (
	"fmt"
	"strings"
)

type Date struct {
	Y, M, D int
}

var monthNames = [...]string{"", "January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}
var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func (d Date) Weekday() int {
	y, m := d.Y, d.M
	if m < 3 {
		m += 12
		y--
	}
	k, j := y%100, y/100
	h := (d.D + 13*(m+1)/5 + k + k/4 + j/4 + 5*j) % 7
	return (h + 6) % 7
}

func (d Date) AddDays(n int) Date {
	for n > 0 {
		d.D++
		if d.D > daysIn(d.Y, d.M) {
			d.D = 1
			d.M++
			if d.M > 12 {
				d.M = 1
				d.Y++
			}
		}
		n--
	}
	return d
}

func (d Date) String() string {
	return fmt.Sprintf("%s %04d-%02d-%02d", dayNames[d.Weekday()], d.Y, d.M, d.D)
}

func printMonth(y, m int) {
	title := fmt.Sprintf("%s %d", monthNames[m], y)
	fmt.Printf("%*s\n", 10+len(title)/2, title)
	fmt.Println(strings.Join(dayNames[:], " "))
	first := Date{y, m, 1}.Weekday()
	fmt.Print(strings.Repeat("    ", first))
	for d := 1; d <= daysIn(y, m); d++ {
		fmt.Printf("%3d", d)
		if (first+d)%7 == 0 {
			fmt.Println()
		} else {
			fmt.Print(" ")
		}
	}
	fmt.Println()
}

func main() {
	for _, d := range []Date{{2000, 1, 1}, {1969, 7, 20}, {2024, 2, 29}, {2100, 3, 1}, {1600, 12, 31}} {
		fmt.Println(d)
	}
	fmt.Println(Date{2023, 12, 25}.AddDays(10), Date{2024, 2, 28}.AddDays(1), Date{2023, 2, 28}.AddDays(366))
	for _, y := range []int{1900, 2000, 2023, 2024} {
		fmt.Print(y, ":", isLeap(y), " ")
	}
	fmt.Println()
	printMonth(2024, 2)
	printMonth(2025, 6)
}
