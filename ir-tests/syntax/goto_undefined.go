package main

func main() {
	goto done
}
