package main

import "fmt"

func main() {
	defer fmt.Println("deferred print")
	balance := 100.0
	for _, w := range []float64{20, 30.25, 60} {
		if w > balance {
			panic(balance - w)
		}
		balance -= w
		fmt.Printf("withdrew %.2f, balance %.2f\n", w, balance)
	}
}
