package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()        { c.n++ }
func (c Counter) Get() int     { return c.n }
func (Counter) Name() string   { return "counter" }
func (_ *Counter) Kind() string { return "ptr" }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func main() {
	var c Counter
	c.Inc()
	(&c).Inc()
	inc := c.Inc
	inc()
	fmt.Println(c.Get(), c.Name(), c.Kind())
	get := Counter.Get
	pinc := (*Counter).Inc
	pinc(&c)
	fmt.Println(get(c), Celsius(100).F())
	fmt.Println((*Counter).Get(&c))
}
