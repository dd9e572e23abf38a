package main

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int { return c.n }

func main() {
	var c Counter
	c.Inc()
	p := &c
	p.Inc()
	println(c.Get(), p.Get())
}
