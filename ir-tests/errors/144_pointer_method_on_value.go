package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func newCounter() Counter { return Counter{} }

func main() {
	newCounter().Inc()
	fmt.Println("done")
}
