package browsertest

import (
	"context"
	"strings"
	"sync"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Console records what a page reports as going wrong: console.error and
// console.assert calls, uncaught exceptions and browser log errors (a CSP
// violation or a failed load among them). Safe for concurrent use.
type Console struct {
	mu   sync.Mutex
	errs []string
}

// WatchConsole starts recording the tab's errors; call it before the
// first navigation and enable the log domain (cdplog.Enable) in the tab.
func WatchConsole(ctx context.Context) *Console {
	c := &Console{}
	chromedp.ListenTarget(ctx, c.observe)
	return c
}

func (c *Console) observe(ev any) {
	msg := errorText(ev)
	if msg == "" {
		return
	}
	c.mu.Lock()
	c.errs = append(c.errs, msg)
	c.mu.Unlock()
}

// errorText describes ev when it reports an error, else "".
func errorText(ev any) string {
	switch e := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.APITypeError || e.Type == runtime.APITypeAssert {
			return "console." + string(e.Type) + ": " + argsText(e.Args)
		}
	case *runtime.EventExceptionThrown:
		return "uncaught: " + exceptionText(e.ExceptionDetails)
	case *cdplog.EventEntryAdded:
		if e.Entry.Level == cdplog.LevelError {
			return "log: " + e.Entry.Text + " " + e.Entry.URL
		}
	}
	return ""
}

// Errors returns the errors recorded so far.
func (c *Console) Errors() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.errs...)
}

// Clear forgets the errors recorded so far.
func (c *Console) Clear() {
	c.mu.Lock()
	c.errs = nil
	c.mu.Unlock()
}

// argsText joins console arguments as the console would print them.
func argsText(args []*runtime.RemoteObject) string {
	parts := make([]string, 0, len(args))
	for _, a := range args {
		if a.Description != "" {
			parts = append(parts, a.Description)
		} else {
			parts = append(parts, strings.Trim(string(a.Value), `"`))
		}
	}
	return strings.Join(parts, " ")
}

// exceptionText describes an uncaught exception.
func exceptionText(d *runtime.ExceptionDetails) string {
	if d.Exception != nil && d.Exception.Description != "" {
		return d.Exception.Description
	}
	return d.Text
}
