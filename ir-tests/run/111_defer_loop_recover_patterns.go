package main

import (
	"errors"
	"fmt"
)

type cleanup struct {
	log []string
}

func (c *cleanup) add(s string) { c.log = append(c.log, s) }

func work(c *cleanup, n int) (err error) {
	c.add(fmt.Sprintf("start %d", n))
	defer c.add(fmt.Sprintf("end %d", n))
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("work %d: %v", n, r)
			c.add("recovered")
		}
	}()
	for i := 0; i < 3; i++ {
		defer func(i int) { c.add(fmt.Sprintf("undo %d.%d", n, i)) }(i)
		if n == i {
			panic(errors.New("step failed"))
		}
	}
	return nil
}

func deferModifiesReturn() (s []int) {
	defer func() { s = append(s, 99) }()
	s = []int{1}
	return append(s, 2)
}

func recoverOnlyInDirectDefer() (res string) {
	defer func() {
		func() {
			if r := recover(); r != nil {
				res = "nested recovered (unexpected)"
			}
		}()
		if r := recover(); r != nil {
			res = fmt.Sprint("direct recovered: ", r)
		}
	}()
	panic("p")
}

func multiplePanics() (msg string) {
	defer func() {
		msg = fmt.Sprint("last panic wins: ", recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func main() {
	for _, n := range []int{1, 5} {
		c := &cleanup{}
		err := work(c, n)
		fmt.Println("err:", err)
		for _, l := range c.log {
			fmt.Println("  ", l)
		}
	}
	fmt.Println(deferModifiesReturn())
	fmt.Println(recoverOnlyInDirectDefer())
	fmt.Println(multiplePanics())
	x := 0
	func() {
		defer func() { x++ }()
		defer func() { x *= 10 }()
		x = 5
	}()
	fmt.Println(x)
}
