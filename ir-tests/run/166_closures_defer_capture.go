package main

import "fmt"

type Resource struct {
	name   string
	closed bool
}

func (r *Resource) Close() { r.closed = true; fmt.Println("close", r.name) }

func openAll(names []string) (res []*Resource, err error) {
	defer func() {
		if err != nil {
			for _, r := range res {
				r.Close()
			}
			res = nil
		}
	}()
	for _, n := range names {
		if n == "" {
			return res, fmt.Errorf("empty name after %d resources", len(res))
		}
		res = append(res, &Resource{name: n})
	}
	return res, nil
}

func counterWithDefer() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n += i }()
	}
	return 100
}

func main() {
	rs, err := openAll([]string{"db", "cache", "log"})
	fmt.Println(len(rs), err)
	for _, r := range rs {
		defer r.Close()
	}
	rs2, err := openAll([]string{"x", "y", "", "z"})
	fmt.Println(rs2 == nil, err)
	fmt.Println(counterWithDefer())
	v := 1
	defer fmt.Println("defer arg evaluated early:", v)
	defer func(x int) { fmt.Println("param:", x, "captured:", v) }(v)
	v = 2
	funcs := map[string]func() string{}
	for _, name := range []string{"alpha", "beta"} {
		funcs[name] = func() string { return "I am " + name }
	}
	fmt.Println(funcs["alpha"](), funcs["beta"]())
}
