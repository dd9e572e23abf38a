package main

import "fmt"

type Request struct {
	Method string
	Path   string
}

func (r *Request) String() string { return r.Method + " " + r.Path }

type Router struct {
	routes map[string]func(*Request) string
}

func (rt *Router) Handle(req *Request) string {
	h, ok := rt.routes[req.Path]
	if !ok {
		panic(req)
	}
	return h(req)
}

func main() {
	rt := &Router{routes: map[string]func(*Request) string{
		"/":      func(r *Request) string { return "home for " + r.Method },
		"/about": func(r *Request) string { return "about page" },
	}}
	for _, p := range []string{"/", "/about", "/missing", "/"} {
		fmt.Println(rt.Handle(&Request{"GET", p}))
	}
}
