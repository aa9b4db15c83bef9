package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/provenance-audit/provenance/claims"
	"github.com/provenance-audit/provenance/report"
)

// Exit codes, as documented in the contract.
const (
	exitOK       = 0
	exitFindings = 1
	exitFailure  = 2
)

// exitError carries an exit code up to Main.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}
func (e *exitError) Unwrap() error { return e.err }

// usageError marks a mistake on the command line.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return &usageError{fmt.Errorf(format, args...)} }

// app is what every command shares: the streams and the global options.
type app struct {
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer

	workspace string
	format    string
	quiet     bool
}

// Main runs the command line and returns the exit code.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr}
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintf(stderr, "provenance: %v\n", ee.err)
		}
		return ee.code
	}
	var ue *usageError
	if errors.As(err, &ue) || isCobraUsage(err) {
		fmt.Fprintf(stderr, "provenance: %v\nRun 'provenance --help' for usage.\n", err)
		return exitFailure
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(stderr, "provenance: interrupted")
		return exitFailure
	}
	fmt.Fprintf(stderr, "provenance: %v\n", err)
	return exitFailure
}

func isCobraUsage(err error) bool {
	s := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "invalid argument", "flag needs an argument", "accepts ", "requires at least", "requires at most", "bad flag syntax"} {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "provenance",
		Short: "Check a news story against the sources it cites",
		Long: `provenance checks a news story against the sources it cites.

It fetches every cited page politely (robots.txt, per-host delays), archives
the exact bytes as WARC with sha256 digests, extracts the main text, indexes
it, reads the story's claims (quotes and their speakers, figures, names and
aliases, dates), links each claim to the passages that bear it out, and flags
what does not fit: one person under two names, figures that cannot all be
true, a weekday that contradicts its date, words inside quotation marks that
the source never said, a claim credited to the wrong outlet, a claim no
source supports.

Exit codes: 0 nothing at or above --fail-on; 1 discrepancies at or above
--fail-on; 2 usage error or a failure that stopped the job.`,
		Example: `  provenance demo
  provenance audit https://example.com/news/story.html
  provenance audit story.md --source https://apnews.com/article/... --format markdown
  provenance search '"no infrastructure"' --publisher Reuters`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })
	ws := os.Getenv("PROVENANCE_WORKSPACE")
	if ws == "" {
		ws = ".provenance"
	}
	root.PersistentFlags().StringVar(&a.workspace, "workspace", ws, "workspace directory: archive, index and catalogue (env PROVENANCE_WORKSPACE)")
	root.PersistentFlags().StringVar(&a.format, "format", "text", "report format: text, json, markdown or html")
	root.PersistentFlags().BoolVarP(&a.quiet, "quiet", "q", false, "no progress or log on stderr")
	root.AddCommand(a.auditCmd(), a.demoCmd(), a.crawlCmd(), a.extractCmd(), a.claimsCmd(), a.searchCmd(), a.reindexCmd(), a.serveCmd())
	return root
}

// color reports whether to colour output for w.
func color(w io.Writer) bool { return wantColor(isTerminal(w)) }

// wantColor: colour on a terminal, unless NO_COLOR is set (to anything)
// or the terminal is dumb.
func wantColor(terminal bool) bool {
	if os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	return terminal
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}

// checkFormat validates --format for a command that supports formats.
func (a *app) checkFormat(allowed ...string) error {
	for _, f := range allowed {
		if a.format == f {
			return nil
		}
	}
	return usagef("--format %q is not one of %s", a.format, strings.Join(allowed, ", "))
}

// logf writes a line to stderr unless --quiet.
func (a *app) logf(format string, args ...any) {
	if a.quiet {
		return
	}
	fmt.Fprintf(a.stderr, format+"\n", args...)
}

// render prints a report in the chosen format.
func (a *app) render(r *claims.Report, verbose bool) error {
	return report.Render(a.stdout, a.format, r, report.Options{Color: color(a.stdout), Verbose: verbose})
}

// failOn turns a report into an exit code.
func failOn(r *claims.Report, level string) error {
	if level == "none" {
		return nil
	}
	worst := r.Worst()
	if worst != "" && claims.SeverityRank(worst) >= claims.SeverityRank(level) {
		return &exitError{code: exitFindings}
	}
	return nil
}

func checkFailOn(level string) error {
	switch level {
	case "high", "medium", "low", "none":
		return nil
	}
	return usagef("--fail-on %q is not one of high, medium, low, none", level)
}

// parseBytes reads a size such as "10MB", "512KiB" or "10000000".
func parseBytes(s string) (int64, error) {
	t := strings.TrimSpace(strings.ToUpper(s))
	i := 0
	for i < len(t) && (unicode.IsDigit(rune(t[i])) || t[i] == '.') {
		i++
	}
	if i == 0 {
		return 0, fmt.Errorf("size %q: want a number such as 10MB or 10000000", s)
	}
	n, err := strconv.ParseFloat(t[:i], 64)
	if err != nil {
		return 0, fmt.Errorf("size %q: %w", s, err)
	}
	mult := map[string]float64{"": 1, "B": 1, "K": 1e3, "KB": 1e3, "KIB": 1 << 10, "M": 1e6, "MB": 1e6, "MIB": 1 << 20, "G": 1e9, "GB": 1e9, "GIB": 1 << 30}
	m, ok := mult[strings.TrimSpace(t[i:])]
	if !ok {
		return 0, fmt.Errorf("size %q: unknown unit %q (use B, KB, MB, GB, KiB, MiB or GiB)", s, t[i:])
	}
	v := int64(n * m)
	if v <= 0 {
		return 0, fmt.Errorf("size %q must be positive", s)
	}
	return v, nil
}

// parseDate reads a --since/--until/--published value.
func parseDate(s string) (time.Time, error) {
	for _, l := range []string{time.RFC3339, "2006-01-02T15:04", "2006-01-02", "2006-01"} {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("date %q: want YYYY-MM-DD or RFC 3339", s)
}
