package main

import (
	"fmt"
	"slices"
)

type Item struct {
	Name   string
	Weight int
	Value  int
}

func knapsack(items []Item, capacity int) (int, []string) {
	n := len(items)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		it := items[i-1]
		for w := 0; w <= capacity; w++ {
			dp[i][w] = dp[i-1][w]
			if it.Weight <= w {
				if v := dp[i-1][w-it.Weight] + it.Value; v > dp[i][w] {
					dp[i][w] = v
				}
			}
		}
	}
	var chosen []string
	w := capacity
	for i := n; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1].Name)
			w -= items[i-1].Weight
		}
	}
	slices.Reverse(chosen)
	return dp[n][capacity], chosen
}

func coinChange(coins []int, amount int) (int, map[int]int) {
	const inf = 1 << 30
	dp := make([]int, amount+1)
	from := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = inf
		for _, c := range coins {
			if c <= i && dp[i-c]+1 < dp[i] {
				dp[i] = dp[i-c] + 1
				from[i] = c
			}
		}
	}
	if dp[amount] >= inf {
		return -1, nil
	}
	used := map[int]int{}
	for a := amount; a > 0; a -= from[a] {
		used[from[a]]++
	}
	return dp[amount], used
}

func main() {
	items := []Item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160},
		{"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}, {"cheese", 23, 30}}
	for _, c := range []int{0, 50, 100, 200, 400} {
		v, ch := knapsack(items, c)
		fmt.Printf("cap %3d: value %3d %v\n", c, v, ch)
	}
	for _, amt := range []int{0, 11, 27, 99, 3} {
		n, used := coinChange([]int{1, 5, 10, 25}, amt)
		fmt.Println(amt, n, used)
	}
	fmt.Println(coinChange([]int{4, 6}, 7))
}
