package main

import (
	"fmt"
	"strings"
)

var maze = []string{
	"##########",
	"#S...#...#",
	"#.##.#.#.#",
	"#.#..#.#.#",
	"#.#.##.#.#",
	"#...#..#E#",
	"###.#.####",
	"#.....#..#",
	"##########",
}

type pt struct{ r, c int }

func bfs(grid [][]byte, start, end pt) (int, []pt) {
	dist := map[pt]int{start: 0}
	prev := map[pt]pt{}
	queue := []pt{start}
	dirs := [4]pt{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			break
		}
		for _, d := range dirs {
			n := pt{cur.r + d.r, cur.c + d.c}
			if grid[n.r][n.c] == '#' {
				continue
			}
			if _, seen := dist[n]; seen {
				continue
			}
			dist[n] = dist[cur] + 1
			prev[n] = cur
			queue = append(queue, n)
		}
	}
	d, ok := dist[end]
	if !ok {
		return -1, nil
	}
	var path []pt
	for p := end; p != start; p = prev[p] {
		path = append(path, p)
	}
	return d, path
}

func regions(grid [][]byte) int {
	seen := make([][]bool, len(grid))
	for i := range seen {
		seen[i] = make([]bool, len(grid[i]))
	}
	var fill func(r, c int)
	fill = func(r, c int) {
		if grid[r][c] == '#' || seen[r][c] {
			return
		}
		seen[r][c] = true
		fill(r+1, c)
		fill(r-1, c)
		fill(r, c+1)
		fill(r, c-1)
	}
	n := 0
	for r := range grid {
		for c := range grid[r] {
			if grid[r][c] != '#' && !seen[r][c] {
				n++
				fill(r, c)
			}
		}
	}
	return n
}

func main() {
	grid := make([][]byte, len(maze))
	var start, end pt
	for r, line := range maze {
		grid[r] = []byte(line)
		if c := strings.IndexByte(line, 'S'); c >= 0 {
			start = pt{r, c}
		}
		if c := strings.IndexByte(line, 'E'); c >= 0 {
			end = pt{r, c}
		}
	}
	d, path := bfs(grid, start, end)
	fmt.Println("distance:", d, "path len:", len(path))
	for _, p := range path[1:] {
		grid[p.r][p.c] = '*'
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
	fmt.Println("regions:", regions(grid))
	grid[5][8] = '#'
	d, path = bfs(grid, start, end)
	fmt.Println(d, path == nil)
}
