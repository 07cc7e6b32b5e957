// Command quiz is an interactive quiz and spaced-repetition study program
// for the terminal.
package main

import (
	"os"

	"github.com/quiz-cli/quiz/cmd"
)

func main() { os.Exit(cmd.Main()) }
